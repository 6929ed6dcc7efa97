/**
 * Model navigation: camera-controls set up for orbit or walk mode, bound to
 * the store's view, the keyboard and clicks. Orbit: rotate, pan, dolly to
 * cursor, within limits set by the model's size. Walk: stand at eye height
 * and look around; a click walks there, clear of walls (ModelSceneView reports
 * the clicks through `walkTo`).
 */
import { forwardRef, useImperativeHandle, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { CameraControls, type CameraControlsImpl } from '@react-three/drei';
import type { PerspectiveCamera, Vector3 } from 'three';
import type { ModelView } from '../../state/types';
import { useTour } from '../../state/hooks';
import { prefersReducedMotion } from '../../lib/motion';
import type { ModelFrame } from './modelBounds';
import { useModelFraming } from './useModelFraming';
import { useModelViewSync } from './useModelViewSync';
import { useModeSwitch } from './useModeSwitch';
import { useModelKeys } from './useModelKeys';
import { flyTowards } from './pointerMoves';
import { flyInto } from './flyInto';
import { cameraControlsFor } from './cameraControlsFor';
import { useWalking } from './useWalking';
import type { SurfaceQueries } from './clearance';
import { useStartFraming } from './useStartFraming';

export interface ModelControlsHandle {
  /** Double-click in orbit mode: fly towards the point, keeping the viewing direction. */
  flyTo(point: Vector3): void;
  /** A click in walk mode at `point`, on a face with world normal `normal`: walks to a standing spot there. */
  walkTo(point: Vector3, normal: Vector3): void;
  /** Flies the camera to `view` (a cut under reduced motion), easing the field of view along; resolves on arrival. */
  flyInto(view: ModelView): Promise<void>;
}

interface Props {
  frame: ModelFrame;
  eyeHeight: number;
  /** The model's surfaces (floor, clearance), or null before it is measured. */
  surfaces: SurfaceQueries | null;
  /** The view Orbit returns to when the visitor entered walk mode from none (the scene's start view). */
  orbitHome: ModelView;
}

export const ModelControls = forwardRef<ModelControlsHandle, Props>(function ModelControls({ frame, eyeHeight, surfaces, orbitHome }, ref) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const [controls, setControls] = useState<CameraControlsImpl | null>(null);
  const walking = useTour((s) => s.mode) === 'walk';
  const { radius } = frame;

  useModelFraming(camera, controls, frame);
  const start = useStartFraming(frame);
  const userInput = useModelViewSync(controls, camera, walking, start.fit);
  useModeSwitch({ controls, walking, frame, eyeHeight, surfaces, orbitHome });
  const walk = useWalking({ controls, camera, surfaces, eyeHeight, radius, userInput });
  useModelKeys(controls, walking, radius, walk.step, userInput);

  useImperativeHandle(
    ref,
    () => ({
      flyTo(point) {
        if (!controls || walking) return;
        userInput();
        flyTowards(controls, point, radius);
      },
      walkTo(point, normal) {
        if (walking) walk.walkTo(point, normal);
      },
      async flyInto(view) {
        if (controls) await flyInto(controls, camera, view, walking);
      },
    }),
    [controls, walking, camera, radius, walk, userInput],
  );

  return <CameraControls ref={setControls} makeDefault {...cameraControlsFor(walking, radius, prefersReducedMotion(), start.stretch)} />;
});
