/** Where a click takes the camera: a double-click in orbit flies towards the point; a click in walk mode walks to a standing spot. */
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import { prefersReducedMotion } from '../../lib/motion';
import { WALK_ORBIT_RADIUS } from './walkOrbit';

const position = new Vector3();
const target = new Vector3();
const direction = new Vector3();

/** Flies towards `point`, keeping the viewing direction, to half the distance (within a twentieth and one model radius). */
export function flyTowards(controls: CameraControlsImpl, point: Vector3, radius: number): void {
  controls.getPosition(position);
  controls.getTarget(target);
  const distance = Math.max(Math.min(position.distanceTo(target) * 0.5, radius), radius * 0.05);
  direction.copy(position).sub(target).normalize().multiplyScalar(distance).add(point);
  void controls.setLookAt(direction.x, direction.y, direction.z, point.x, point.y, point.z, !prefersReducedMotion());
}

/** Walks to `eye` (a standing spot, see clearance.ts), keeping the viewing direction. */
export function walkOnto(controls: CameraControlsImpl, camera: PerspectiveCamera, eye: Vector3): void {
  camera.getWorldDirection(direction);
  const look = direction.multiplyScalar(WALK_ORBIT_RADIUS).add(eye);
  void controls.setLookAt(eye.x, eye.y, eye.z, look.x, look.y, look.z, !prefersReducedMotion());
}
