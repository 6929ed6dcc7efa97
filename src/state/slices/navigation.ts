/** Navigation: where the visitor is and looks — scene, camera, card — and whole view states from links and live updates. */
import type { Slice } from './slice';
import { change } from './slice';
import { findHotspot, findScene } from '../selectors';
import type { Source, View, ViewState } from '../types';
import { resolveViewState, sceneArrival } from '../arrival';
import { fitView, sameView, startView, viewFacing } from '../view';

export interface NavigationActions {
  /** Moves to a scene, at `view` or its start view. False if the scene or view is not valid. */
  goToScene(id: string, source: Source, view?: View): boolean;
  /** Sets the camera view of the current scene (clamped to its limits). False if it does not fit the scene. */
  setView(view: View, source: Source): boolean;
  /** Opens an info card; moves to the hotspot's scene first when needed. False for unknown or non-info ids. */
  openCard(id: string, source: Source): boolean;
  closeCard(source: Source): void;
  /** Turns the camera to a hotspot of the current scene. False for unknown ids. */
  focusHotspot(id: string, source: Source): boolean;
  /**
   * Applies a whole `ViewState` (from a link or a live update), keeping every
   * part that is valid; returns what had to be corrected.
   */
  applyViewState(target: Partial<ViewState>, source: Source): string[];
}

export const createNavigationSlice: Slice<NavigationActions> = (set, get) => ({
  goToScene(id, source, view) {
    const scene = findScene(get().tour, id);
    if (!scene) return false;
    const fitted = view ? fitView(view, scene) : startView(scene);
    if (!fitted) return false;
    if (id === get().sceneId) {
      set({ view: fitted, viewSource: source, cardId: null, ...change('goToScene', source) });
      return true;
    }
    set({ ...sceneArrival(id, fitted), viewSource: source, ...change('goToScene', source) });
    return true;
  },

  setView(view, source) {
    const scene = findScene(get().tour, get().sceneId);
    const fitted = scene ? fitView(view, scene) : null;
    if (!fitted) return false;
    if (sameView(fitted, get().view)) return true;
    set({ view: fitted, viewSource: source, ...change('setView', source) });
    return true;
  },

  openCard(id, source) {
    const found = findHotspot(get().tour, id);
    if (!found || found.hotspot.type !== 'info') return false;
    const arrival = found.scene.id !== get().sceneId ? { ...sceneArrival(found.scene.id, startView(found.scene)), viewSource: source } : {};
    set({ ...arrival, cardId: id, ...change('openCard', source) });
    return true;
  },

  focusHotspot(id, source) {
    const scene = findScene(get().tour, get().sceneId);
    const hotspot = scene?.hotspots.find((h) => h.id === id);
    const view = scene && hotspot ? viewFacing(hotspot, scene, get().view) : null;
    return view ? get().setView(view, source) : false;
  },

  closeCard(source) {
    if (get().cardId === null) return;
    set({ cardId: null, ...change('closeCard', source) });
  },

  applyViewState(target, source) {
    const tour = get().tour;
    if (!tour) return ['no tour is loaded'];
    const { patch, corrections } = resolveViewState(tour, get(), target);
    set({ ...patch, viewSource: source, ...change('applyViewState', source) });
    return corrections;
  },
});
