/**
 * Binds camera-controls to the store's view, both ways, without echoes:
 * views set by other callers (link, live, embed, app) move the camera; the
 * camera writes back to the store only while the user is driving it.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { CameraControlsImpl } from '@react-three/drei';
import { useTourStore } from '../state/hooks';
import type { View } from '../state/types';
import { prefersReducedMotion } from '../lib/motion';

export interface ViewAdapter {
  /** The camera's current view, in store terms. */
  read(): View | null;
  /** Moves the camera to `view`. */
  apply(view: View, animate: boolean): void;
}

/**
 * Returns a function to call before moving the camera on the user's behalf
 * (keyboard, double-click): it marks the move as the user's and requests the
 * frames that will carry it out.
 */
export function useViewSync(controls: CameraControlsImpl | null, adapter: ViewAdapter): () => void {
  const store = useTourStore();
  const invalidate = useThree((s) => s.invalidate);
  const driving = useRef(false);

  useEffect(() => {
    if (!controls) return;
    const apply = (view: View, animate: boolean) => {
      driving.current = false;
      adapter.apply(view, animate);
      if (!animate) {
        // Place the camera now, not at the next frame: pointer events are raycast from it.
        controls.update(0);
        controls.camera.updateMatrixWorld();
      }
      invalidate(); // on-demand rendering: draw the move
    };
    const initial = store.getState().view;
    if (initial) apply(initial, false);
    const unsubscribe = store.subscribe((state, prev) => {
      if (!state.view || state.view === prev.view || state.viewSource === 'user') return;
      // Before the first frame there is nothing to fly from: jump.
      apply(state.view, state.sceneStatus === 'ready' && !prefersReducedMotion());
    });
    const onStart = () => {
      driving.current = true;
    };
    const onUpdate = () => {
      if (!driving.current) return;
      const view = adapter.read();
      if (view) store.getState().setView(view, 'user');
    };
    controls.addEventListener('controlstart', onStart);
    controls.addEventListener('update', onUpdate);
    return () => {
      unsubscribe();
      controls.removeEventListener('controlstart', onStart);
      controls.removeEventListener('update', onUpdate);
    };
  }, [controls, adapter, store, invalidate]);

  return useCallback(() => {
    driving.current = true;
    invalidate();
  }, [invalidate]);
}
