/**
 * Switching between orbit and walk keeps the visitor where they are looking:
 * into walk at eye height on the floor below the point they orbited (clear of
 * walls), and back out to the orbit view they left — or, when they arrived
 * walking, to the scene's start view.
 */
import { useEffect, useRef } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3 } from 'three';
import type { ModelView } from '../../state/types';
import { useActions, useTourStore } from '../../state/hooks';
import type { ModelFrame } from './modelBounds';
import { v3 } from './walkOrbit';
import { stanceFor, standingSpot, STEP_UP, type SurfaceQueries } from './clearance';

export interface ModeSwitchOptions {
  controls: CameraControlsImpl | null;
  walking: boolean;
  frame: ModelFrame;
  eyeHeight: number;
  surfaces: SurfaceQueries | null;
  /** Where Orbit goes when there is no orbit view to return to. */
  orbitHome: ModelView;
}

export function useModeSwitch({ controls, walking, frame, eyeHeight, surfaces, orbitHome }: ModeSwitchOptions): void {
  const { setView } = useActions();
  const store = useTourStore();
  const previousMode = useRef(walking);
  /** The orbit view the visitor left for walk mode. */
  const orbitView = useRef<ModelView | null>(null);
  useEffect(() => {
    const view = store.getState().view;
    if (!controls || view?.kind !== 'model' || previousMode.current === walking) return;
    previousMode.current = walking;
    if (!walking) {
      setView(orbitView.current ?? orbitHome, 'app');
      orbitView.current = null;
      return;
    }
    orbitView.current = view;
    const look = new Vector3(...view.target).sub(new Vector3(...view.position));
    const below = new Vector3(...view.target);
    below.y = surfaces?.floorAt(below.x, below.y + STEP_UP, below.z) ?? frame.min[1];
    const stand = (surfaces && standingSpot(below, stanceFor(eyeHeight), surfaces)) ?? below.clone().setY(below.y + eyeHeight);
    look.y = 0;
    if (look.lengthSq() < 1e-9) look.set(0, 0, -1);
    const ahead = stand.clone().add(look.normalize());
    setView({ ...view, position: v3(stand, 3), target: v3(ahead, 3) }, 'app');
    // Runs only when the mode flips; the view at that moment is read, not tracked.
  }, [walking, controls, store, setView, frame, eyeHeight, surfaces, orbitHome]);
}
