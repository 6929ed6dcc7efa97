/**
 * Switching between orbit and walk keeps the visitor where they are looking:
 * into walk at eye height on the floor below the point they looked at, out
 * of walk to orbit a point ahead of them.
 */
import { useEffect, useRef } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3 } from 'three';
import type { ModelView } from '../../state/types';
import { useActions, useTourStore } from '../../state/hooks';
import type { ModelFrame } from './modelBounds';
import { v3 } from './walkOrbit';

export interface ModeSwitchOptions {
  controls: CameraControlsImpl | null;
  walking: boolean;
  frame: ModelFrame;
  eyeHeight: number;
  /** Height of the floor below a point, or null where there is none. */
  floorAt: (x: number, y: number, z: number) => number | null;
}

export function useModeSwitch({ controls, walking, frame, eyeHeight, floorAt }: ModeSwitchOptions): void {
  const { setView } = useActions();
  const store = useTourStore();
  const { radius } = frame;
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
}
