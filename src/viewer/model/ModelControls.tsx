/**
 * Model navigation. Orbit: rotate, pan, dolly to cursor, within limits set by
 * the model's size. Walk: stand at eye height and look around; clicking the
 * floor walks there (ModelSceneView reports the clicks through `walkTo`).
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { Box3, PerspectiveCamera, Vector3 } from 'three';
import type { ModelView } from '../../state/types';
import { useActions, useTour, useTourStore } from '../../state/hooks';
import { prefersReducedMotion } from '../../lib/motion';
import { round } from '../cameraMath';
import { useViewSync, type ViewAdapter } from '../useViewSync';
import { useViewerKeys, type KeyMove } from '../useViewerKeys';
import type { ModelFrame } from './modelBounds';

const { ACTION } = CameraControlsImpl;
/** In walk mode the camera orbits this close to the eye: turning in place. */
const EPSILON = 1e-3;
const position = new Vector3();
const target = new Vector3();
const direction = new Vector3();
const flightEnd = new Vector3();
const flightNow = new Vector3();

export interface ModelControlsHandle {
  /** Double-click in orbit mode: fly towards the point, keeping the viewing direction. */
  flyTo(point: Vector3): void;
  /** Click on the floor in walk mode. */
  walkTo(floorPoint: Vector3): void;
  /** Flies the camera to `view` (a cut under reduced motion), easing the field of view along; resolves on arrival. */
  flyInto(view: ModelView): Promise<void>;
}

interface Props {
  frame: ModelFrame;
  eyeHeight: number;
  /** Height of the floor below a point, or null where there is none. */
  floorAt: (x: number, y: number, z: number) => number | null;
}

const v3 = (v: Vector3, digits: number) => [round(v.x, digits), round(v.y, digits), round(v.z, digits)] as [number, number, number];

export const ModelControls = forwardRef<ModelControlsHandle, Props>(function ModelControls({ frame, eyeHeight, floorAt }, ref) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const [controls, setControls] = useState<CameraControlsImpl | null>(null);
  const mode = useTour((s) => s.mode);
  const { setView } = useActions();
  const store = useTourStore();
  const walking = mode === 'walk';
  const { radius } = frame;

  useLayoutEffect(() => {
    camera.near = Math.max(radius / 2000, 0.01);
    camera.far = radius * 40;
    camera.zoom = 1;
    camera.updateProjectionMatrix();
  }, [camera, radius]);

  useEffect(() => {
    if (!controls) return;
    const pad = radius * 0.25;
    const box = new Box3(new Vector3(...frame.min).subScalar(pad), new Vector3(...frame.max).addScalar(pad));
    controls.setBoundary(box);
  }, [controls, frame, radius]);

  const adapter = useMemo<ViewAdapter>(
    () => ({
      read() {
        if (!controls) return null;
        controls.getPosition(position);
        if (walking) target.copy(position).add(camera.getWorldDirection(direction));
        else controls.getTarget(target);
        return { kind: 'model', position: v3(position, 3), target: v3(target, 3), fov: round(camera.fov, 2) };
      },
      apply(view, animate) {
        if (!controls || view.kind !== 'model') return;
        if (camera.fov !== view.fov) {
          camera.fov = view.fov;
          camera.updateProjectionMatrix();
        }
        position.set(...view.position);
        target.set(...view.target);
        if (walking) target.sub(position).normalize().multiplyScalar(EPSILON).add(position);
        void controls.setLookAt(position.x, position.y, position.z, target.x, target.y, target.z, animate);
      },
    }),
    [controls, camera, walking],
  );
  const userInput = useViewSync(controls, adapter);

  // Switching modes keeps the visitor where they are looking: into walk at eye height, out of walk to orbit a point ahead.
  const previousMode = useRef(walking);
  useEffect(() => {
    const view = store.getState().view;
    if (!controls || view?.kind !== 'model' || previousMode.current === walking) return;
    previousMode.current = walking;
    const eye = new Vector3(...view.position);
    const look = new Vector3(...view.target).sub(eye);
    let next: ModelView;
    if (walking) {
      const stand = new Vector3(...view.target);
      stand.y = (floorAt(stand.x, stand.y, stand.z) ?? frame.min[1]) + eyeHeight;
      look.y = 0;
      if (look.lengthSq() < 1e-9) look.set(0, 0, -1);
      const ahead = stand.clone().add(look.normalize());
      next = { ...view, position: v3(stand, 3), target: v3(ahead, 3) };
    } else {
      const ahead = eye.clone().add(look.normalize().multiplyScalar(Math.min(5, radius)));
      next = { ...view, target: v3(ahead, 3) };
    }
    setView(next, 'app');
    // Runs only when the mode flips; the view at that moment is read, not tracked.
  }, [walking, controls, store, setView, frame, eyeHeight, radius, floorAt]);

  useImperativeHandle(
    ref,
    () => ({
      flyTo(point) {
        if (!controls || walking) return;
        controls.getPosition(position);
        controls.getTarget(target);
        const distance = Math.max(Math.min(position.distanceTo(target) * 0.5, radius), radius * 0.05);
        direction.copy(position).sub(target).normalize().multiplyScalar(distance).add(point);
        userInput();
        void controls.setLookAt(direction.x, direction.y, direction.z, point.x, point.y, point.z, !prefersReducedMotion());
      },
      walkTo(floorPoint) {
        if (!controls || !walking) return;
        camera.getWorldDirection(direction);
        const eye = floorPoint.clone().setY(floorPoint.y + eyeHeight);
        const look = direction.multiplyScalar(EPSILON).add(eye);
        userInput();
        void controls.setLookAt(eye.x, eye.y, eye.z, look.x, look.y, look.z, !prefersReducedMotion());
      },
      async flyInto(view) {
        if (!controls) return;
        const animate = !prefersReducedMotion();
        const fromFov = camera.fov;
        const setFov = (fov: number) => {
          camera.fov = fov;
          camera.updateProjectionMatrix();
        };
        flightEnd.set(...view.position);
        target.set(...view.target);
        if (walking) target.sub(flightEnd).normalize().multiplyScalar(EPSILON).add(flightEnd);
        const total = controls.getPosition(flightNow).distanceTo(flightEnd) || 1;
        // The field of view follows the distance flown, so the arrival frame matches the panorama's.
        const onUpdate = () => setFov(fromFov + (view.fov - fromFov) * (1 - Math.min(1, controls.getPosition(flightNow).distanceTo(flightEnd) / total)));
        if (animate) controls.addEventListener('update', onUpdate);
        try {
          await controls.setLookAt(flightEnd.x, flightEnd.y, flightEnd.z, target.x, target.y, target.z, animate);
        } finally {
          controls.removeEventListener('update', onUpdate);
        }
        setFov(view.fov);
        controls.update(0);
        camera.updateMatrixWorld();
      },
    }),
    [controls, walking, camera, radius, eyeHeight, userInput],
  );

  useViewerKeys(
    useCallback(
      (key, shift): KeyMove => {
        if (!controls) return null;
        const animate = !prefersReducedMotion();
        const turn = (Math.PI / 180) * (shift ? 30 : 10);
        const step = walking ? 1 : radius * 0.1;
        switch (key) {
          case 'ArrowLeft':
            return () => void controls.rotate(walking ? turn : -turn, 0, animate);
          case 'ArrowRight':
            return () => void controls.rotate(walking ? -turn : turn, 0, animate);
          case 'ArrowUp':
            return () => void (walking ? controls.forward(step, animate) : controls.rotate(0, -turn, animate));
          case 'ArrowDown':
            return () => void (walking ? controls.forward(-step, animate) : controls.rotate(0, turn, animate));
          case '+':
          case '=':
            return () => void controls.dolly(step, animate);
          case '-':
          case '_':
            return () => void controls.dolly(-step, animate);
          default:
            return null;
        }
      },
      [controls, walking, radius],
    ),
    userInput,
  );

  const reduced = prefersReducedMotion();
  return (
    <CameraControls
      ref={setControls}
      makeDefault
      minDistance={walking ? EPSILON : Math.max(radius * 0.02, 0.05)}
      maxDistance={walking ? EPSILON : radius * 4}
      minPolarAngle={walking ? 0.15 : 0.05}
      maxPolarAngle={walking ? Math.PI - 0.15 : Math.PI * 0.6}
      azimuthRotateSpeed={walking ? -0.4 : 1}
      polarRotateSpeed={walking ? -0.4 : 1}
      dollyToCursor={!walking}
      smoothTime={reduced ? 0 : 0.25}
      draggingSmoothTime={reduced ? 0 : 0.1}
      mouseButtons={{
        left: ACTION.ROTATE,
        middle: walking ? ACTION.NONE : ACTION.DOLLY,
        right: walking ? ACTION.NONE : ACTION.TRUCK,
        wheel: walking ? ACTION.NONE : ACTION.DOLLY,
      }}
      touches={{
        one: ACTION.TOUCH_ROTATE,
        two: walking ? ACTION.NONE : ACTION.TOUCH_DOLLY_TRUCK,
        three: walking ? ACTION.NONE : ACTION.TOUCH_TRUCK,
      }}
    />
  );
});
