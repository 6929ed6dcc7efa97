/**
 * A tour edited in place (the studio's draft): the visitor's place — scene, view, open card —
 * stays where it still exists, so an edit never moves the camera or reloads the scene.
 */
import type { Tour } from '../../tour/schema';
import type { Source } from '../types';
import type { Slice } from './slice';
import { change } from './slice';
import { findScene } from '../selectors';
import { resolveViewState } from '../arrival';

export interface TourEditActions {
  /** Replaces the shown tour by an edited version of it; a scene that no longer exists gives way to the start scene. */
  replaceTour(tour: Tour, source: Source): void;
}

export const createTourEditSlice: Slice<TourEditActions> = (set, get) => ({
  replaceTour(tour, source) {
    const { sceneId, cardId, language } = get();
    const scene = findScene(tour, sceneId);
    if (!scene) {
      const { patch } = resolveViewState(tour, { sceneId: null, view: null, cardId: null, language }, {});
      set({ tour, ...patch, viewSource: source, ...change('replaceTour', source) });
      return;
    }
    const cardStays = cardId !== null && scene.hotspots.some((h) => h.id === cardId);
    set({ tour, cardId: cardStays ? cardId : null, ...change('replaceTour', source) });
  },
});
