/**
 * The model camera in store terms: reads position, target and field of view
 * (in walk mode the target is a step ahead of the eye), and applies views.
 * Returns useViewSync's "the user moves the camera" function.
 */
import { useMemo } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import type { ModelView } from '../../state/types';
import { round } from '../cameraMath';
import { useViewSync, type ViewAdapter } from '../useViewSync';
import { v3, walkTarget } from './walkOrbit';

const position = new Vector3();
const target = new Vector3();
const direction = new Vector3();

/** `fit` adapts a view to the screen before it is shown in orbit mode (useStartFraming). */
export function useModelViewSync(controls: CameraControlsImpl | null, camera: PerspectiveCamera, walking: boolean, fit: (view: ModelView) => ModelView = (v) => v): () => void {
  const adapter = useMemo<ViewAdapter>(
    () => ({
      read() {
        if (!controls) return null;
        controls.getPosition(position);
        if (walking) target.copy(position).add(camera.getWorldDirection(direction));
        else controls.getTarget(target);
        return { kind: 'model', position: v3(position, 3), target: v3(target, 3), fov: round(camera.fov, 2) };
      },
      apply(wanted, animate) {
        if (!controls || wanted.kind !== 'model') return;
        const view = walking ? wanted : fit(wanted);
        if (camera.fov !== view.fov) {
          camera.fov = view.fov;
          camera.updateProjectionMatrix();
        }
        position.set(...view.position);
        target.set(...view.target);
        if (walking) walkTarget(target, position);
        void controls.setLookAt(position.x, position.y, position.z, target.x, target.y, target.z, animate);
      },
    }),
    [controls, camera, walking, fit],
  );
  return useViewSync(controls, adapter);
}
