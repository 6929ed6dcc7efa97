/**
 * camera-controls' settings per mode. Orbit: rotate, pan, dolly to the cursor,
 * within distances set by the model's size. Walk: drag to look around (the
 * view follows the finger), nothing else on the pointer.
 */
import { CameraControlsImpl, type CameraControlsProps } from '@react-three/drei';
import { WALK_ORBIT_RADIUS } from './walkOrbit';

const { ACTION } = CameraControlsImpl;

/** `stretch`: how much farther back a start view may stand on this screen than on a landscape one (aspectFraming.ts). */
export function cameraControlsFor(walking: boolean, radius: number, reducedMotion: boolean, stretch = 1): CameraControlsProps {
  return {
    minDistance: walking ? WALK_ORBIT_RADIUS : Math.max(radius * 0.02, 0.05),
    maxDistance: walking ? WALK_ORBIT_RADIUS : radius * 4 * stretch,
    minPolarAngle: walking ? 0.15 : 0.05,
    maxPolarAngle: walking ? Math.PI - 0.15 : Math.PI * 0.6,
    azimuthRotateSpeed: walking ? -0.4 : 1,
    polarRotateSpeed: walking ? -0.4 : 1,
    dollyToCursor: !walking,
    smoothTime: reducedMotion ? 0 : 0.25,
    draggingSmoothTime: reducedMotion ? 0 : 0.1,
    mouseButtons: {
      left: ACTION.ROTATE,
      middle: walking ? ACTION.NONE : ACTION.DOLLY,
      right: walking ? ACTION.NONE : ACTION.TRUCK,
      wheel: walking ? ACTION.NONE : ACTION.DOLLY,
    },
    touches: {
      one: ACTION.TOUCH_ROTATE,
      two: walking ? ACTION.NONE : ACTION.TOUCH_DOLLY_TRUCK,
      three: walking ? ACTION.NONE : ACTION.TOUCH_TRUCK,
    },
  };
}
