/** Look-around controls for panoramas: drag, wheel/pinch zoom within fov limits, inertia, arrow keys. */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { PerspectiveCamera, Vector3 } from 'three';
import { PANORAMA_FOV } from '../../state/viewLimits';
import { directionFromYawPitch, fovForZoom, round, yawPitchFromDirection, zoomForFov } from '../cameraMath';
import { useViewSync, type ViewAdapter } from '../useViewSync';
import { useViewerKeys, type KeyMove } from '../useViewerKeys';
import { prefersReducedMotion } from '../../lib/motion';
import { usePanoramaStartFraming } from './usePanoramaStartFraming';

/** The camera's own fov; the visible fov comes from `camera.zoom` so that zoom is smoothed. */
export const PANORAMA_BASE_FOV = 90;
/** Beyond the panorama sphere (radius 500). */
const PANORAMA_FAR = 1000;
/** The camera orbits this close to the centre: effectively turning in place. */
const ORBIT_RADIUS = 1e-4;
const ROTATE_SPEED = -0.35;
const KEY_STEP_DEG = 10;
/** Each + or − key press zooms by this factor. */
const ZOOM_KEY_STEP = 1.25;

const MIN_ZOOM = zoomForFov(PANORAMA_BASE_FOV, PANORAMA_FOV.max);
const MAX_ZOOM = zoomForFov(PANORAMA_BASE_FOV, PANORAMA_FOV.min);

const { ACTION } = CameraControlsImpl;
const scratch = new Vector3();

export function PanoramaControls() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const [controls, setControls] = useState<CameraControlsImpl | null>(null);
  // The zoom the +/− keys last asked for, until the camera gets there: presses faster than
  // frames (a held key) then step from it, not from the zoom of the last drawn frame.
  const keyZoom = useRef<number | null>(null);
  const fit = usePanoramaStartFraming();

  // A model scene before may have left a short far plane (it fits its own size): reset what the sphere needs.
  useLayoutEffect(() => {
    camera.fov = PANORAMA_BASE_FOV;
    camera.near = 0.1;
    camera.far = PANORAMA_FAR;
    camera.updateProjectionMatrix();
  }, [camera]);

  const adapter = useMemo<ViewAdapter>(
    () => ({
      read() {
        const { yaw, pitch } = yawPitchFromDirection(camera.getWorldDirection(scratch));
        const fov = fovForZoom(PANORAMA_BASE_FOV, camera.zoom);
        return { kind: 'panorama', yaw: round(yaw, 2), pitch: round(pitch, 2), fov: round(fov, 2) };
      },
      apply(wanted, animate) {
        if (!controls || wanted.kind !== 'panorama') return;
        keyZoom.current = null;
        const view = fit(wanted);
        const d = directionFromYawPitch(view.yaw, view.pitch, scratch).multiplyScalar(ORBIT_RADIUS);
        void controls.setLookAt(-d.x, -d.y, -d.z, 0, 0, 0, animate);
        void controls.zoomTo(zoomForFov(PANORAMA_BASE_FOV, view.fov), animate);
      },
    }),
    [camera, controls, fit],
  );
  const userInput = useViewSync(controls, adapter);

  useViewerKeys(
    useCallback(
      (key): KeyMove => {
        if (!controls) return null;
        const step = (KEY_STEP_DEG * Math.PI) / 180 / Math.max(1, camera.zoom);
        const animate = !prefersReducedMotion();
        const turns: Record<string, [number, number]> = {
          ArrowLeft: [step, 0],
          ArrowRight: [-step, 0],
          ArrowUp: [0, step],
          ArrowDown: [0, -step],
        };
        const turn = turns[key];
        if (turn) return () => void controls.rotate(turn[0], turn[1], animate);
        const zoomBy = (factor: number) => () => {
          const target = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, (keyZoom.current ?? controls.camera.zoom) * factor));
          keyZoom.current = target;
          void controls.zoomTo(target, animate);
        };
        if (key === '+' || key === '=') return zoomBy(ZOOM_KEY_STEP);
        if (key === '-' || key === '_') return zoomBy(1 / ZOOM_KEY_STEP);
        return null;
      },
      [controls, camera],
    ),
    userInput,
  );

  return (
    <CameraControls
      ref={setControls}
      makeDefault
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      minPolarAngle={0.01}
      maxPolarAngle={Math.PI - 0.01}
      azimuthRotateSpeed={ROTATE_SPEED}
      polarRotateSpeed={ROTATE_SPEED}
      smoothTime={prefersReducedMotion() ? 0 : 0.2}
      draggingSmoothTime={prefersReducedMotion() ? 0 : 0.12}
      mouseButtons={{ left: ACTION.ROTATE, middle: ACTION.NONE, right: ACTION.NONE, wheel: ACTION.ZOOM }}
      touches={{ one: ACTION.TOUCH_ROTATE, two: ACTION.TOUCH_ZOOM, three: ACTION.NONE }}
      onControlStart={() => {
        keyZoom.current = null; // the visitor drags, wheels or pinches: that zoom rules now
      }}
      onUpdate={() => {
        // Slower turning when zoomed in keeps the image under the finger.
        if (!controls) return;
        controls.azimuthRotateSpeed = controls.polarRotateSpeed = ROTATE_SPEED / controls.camera.zoom;
        if (keyZoom.current !== null && Math.abs(controls.camera.zoom - keyZoom.current) < 1e-3) keyZoom.current = null;
      }}
    />
  );
}
