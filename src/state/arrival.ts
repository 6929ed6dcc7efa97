/**
 * Where a view state lands: the state of arriving in a scene, and the pure
 * rule that fits a whole `ViewState` (a link, a live update, a tour load's
 * target) to a tour, keeping every valid part and naming the rest.
 */
import type { Tour } from '../tour/schema';
import { tourLanguages } from '../tour/text';
import { findScene, startSceneId } from './selectors';
import type { TourState, View, ViewState } from './types';
import { fitView, startView } from './view';

/** Arriving in a scene: its view, no card, its loading state from the start. */
export const sceneArrival = (id: string, view: View) => ({
  sceneId: id,
  view,
  cardId: null,
  sceneStatus: 'loading' as const,
  progress: null,
  sceneError: null,
  tiles: null,
});

/** The part of the state a `ViewState` moves. */
export type Place = Pick<TourState, 'sceneId' | 'view' | 'cardId' | 'language'>;

/**
 * The state that shows `target` in `tour`, starting from `current`: an absent
 * scene keeps the current one (or the start scene), an absent view the current
 * view in the same scene (or the scene's start view), an absent card the open
 * one in the same scene. Returns the corrections that were needed.
 */
export function resolveViewState(tour: Tour, current: Place, target: Partial<ViewState>): { patch: Partial<TourState>; corrections: string[] } {
  const corrections: string[] = [];
  if (target.tour !== undefined && target.tour !== tour.id) corrections.push(`unknown tour "${target.tour}"`);

  const sceneId = target.scene ?? current.sceneId ?? startSceneId(tour);
  const scene = findScene(tour, sceneId) ?? (findScene(tour, startSceneId(tour)) as NonNullable<ReturnType<typeof findScene>>);
  if (scene.id !== sceneId) corrections.push(`unknown scene "${sceneId}"`);
  const sameScene = scene.id === current.sceneId;

  let view = target.view ? fitView(target.view, scene) : null;
  if (target.view && !view) corrections.push('the view does not fit the scene');
  view ??= sameScene && !target.view && current.view ? current.view : startView(scene);

  const language = target.language ?? current.language;
  const languageOk = tourLanguages(tour).includes(language);
  if (!languageOk) corrections.push(`unknown language "${language}"`);

  // An absent card keeps the open one only within the same scene.
  let cardId: string | null = target.card === undefined ? (sameScene ? current.cardId : null) : target.card;
  if (cardId !== null && !scene.hotspots.some((h) => h.id === cardId && h.type === 'info')) {
    corrections.push(`unknown card "${cardId}"`);
    cardId = null;
  }

  const arrival = sameScene ? { view } : sceneArrival(scene.id, view);
  return { patch: { ...arrival, cardId, language: languageOk ? language : current.language }, corrections };
}
