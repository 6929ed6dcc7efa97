/**
 * The studio's keys: Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes every edit, even
 * in a text field (the studio's undo is the one undo); Esc stops placing (or picking a standpoint;
 * Enter on the view picks it in the middle); the arrow keys move the
 * hotspot whose marker or list entry has the keyboard — degrees in a panorama, metres on a model
 * (Page Up/Down: up and down), ten times farther with Shift.
 */
import { useEffect } from 'react';
import { useStudio } from '../StudioContext';
import { nudgeHotspot, sceneOf } from '../draft/edits';
import { cancelStandpointPick, pickStandpointAt } from './standpointPick';

const PANORAMA_STEP = 1;
const MODEL_STEP = 0.1;

const MOVES: Record<string, [number, number, number]> = {
  ArrowLeft: [-1, 0, 0],
  ArrowRight: [1, 0, 0],
  ArrowUp: [0, 1, 0],
  ArrowDown: [0, -1, 0],
  PageUp: [0, 0, 1],
  PageDown: [0, 0, -1],
};

export function useStudioKeys(): void {
  const studio = useStudio();
  const { store } = studio;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && (event.key === 'z' || event.key === 'Z')) {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
        return;
      }
      if (command && event.key === 'y') {
        event.preventDefault();
        state.redo();
        return;
      }
      if (event.key === 'Escape' && state.placing) {
        state.setPlacing(null);
        return;
      }
      if (event.key === 'Escape' && state.standpointFor) return cancelStandpointPick(studio);
      // Picking a standpoint from the keyboard: the arrow keys turn the model's view, Enter takes its middle.
      if (event.key === 'Enter' && state.standpointFor && event.target instanceof Element && event.target.closest('#studio-view')) {
        event.preventDefault();
        return void pickStandpointAt(studio);
      }
      const move = MOVES[event.key];
      const holder = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-hotspot], [data-studio-hotspot]') : null;
      const id = holder?.dataset.hotspot ?? holder?.dataset.studioHotspot;
      if (!move || !id || command || event.altKey) return;
      const scene = sceneOf(state.draft, state.selection.sceneId);
      if (!scene) return;
      event.preventDefault();
      const far = event.shiftKey ? 10 : 1;
      const [right, up, lift] = move;
      if (scene.type === 'panorama') {
        if (lift === 0) state.edit((d) => nudgeHotspot(d, id, right * PANORAMA_STEP * far, up * PANORAMA_STEP * far), { hotspotId: id });
        return;
      }
      // On a model: left/right along x, up/down away from and towards the viewer along z, Page Up/Down along y.
      const step = MODEL_STEP * far;
      state.edit((d) => nudgeHotspot(d, id, right * step, lift * step, -up * step), { hotspotId: id });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, studio]);
}
