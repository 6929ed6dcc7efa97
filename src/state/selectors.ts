/** Derived reads of the store. Pure functions of state; safe in React selectors and outside React. */
import type { Hotspot, InfoHotspot, Scene, Tour } from '../tour/schema';
import type { TourState, ViewState } from './types';

export function findScene(tour: Tour | null, id: string | null): Scene | undefined {
  if (!tour || id === null) return undefined;
  return tour.scenes.find((s) => s.id === id);
}

export function startSceneId(tour: Tour): string {
  return tour.startScene ?? (tour.scenes[0] as Scene).id;
}

/** Finds a hotspot anywhere in the tour, with the scene that holds it. */
export function findHotspot(tour: Tour | null, id: string): { scene: Scene; hotspot: Hotspot } | undefined {
  for (const scene of tour?.scenes ?? []) {
    const hotspot = scene.hotspots.find((h) => h.id === id);
    if (hotspot) return { scene, hotspot };
  }
  return undefined;
}

export const selectScene = (s: TourState): Scene | undefined => findScene(s.tour, s.sceneId);

export function selectCard(s: TourState): InfoHotspot | undefined {
  if (s.cardId === null) return undefined;
  const found = selectScene(s)?.hotspots.find((h) => h.id === s.cardId);
  return found?.type === 'info' ? found : undefined;
}

/** The shareable part of the state, or null before a tour and scene are shown. */
export function selectViewState(s: TourState): ViewState | null {
  if (!s.tour || s.sceneId === null || !s.view) return null;
  return { tour: s.tour.id, scene: s.sceneId, view: s.view, card: s.cardId, language: s.language };
}
