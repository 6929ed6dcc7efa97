/** What the embed API reports about the tour and the visitor's state: plain data, localized. Pure. */
import type { EmbedState, TourSummary } from '../protocol/embed';
import type { TourState } from '../state/types';
import { localize, tourLanguages } from '../tour/text';

export function tourSummary(s: TourState): TourSummary | null {
  const tour = s.tour;
  if (!tour) return null;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, s.language, tour.defaultLanguage);
  return {
    id: tour.id,
    title: text(tour.title),
    languages: tourLanguages(tour),
    scenes: tour.scenes.map((scene) => ({
      id: scene.id,
      title: text(scene.title),
      kind: scene.type,
      hotspots: scene.hotspots.map((h) => ({ id: h.id, kind: h.type, title: text(h.title) })),
    })),
  };
}

export function embedState(s: TourState): EmbedState | null {
  if (!s.tour || s.sceneId === null || !s.view) return null;
  return { tour: s.tour.id, scene: s.sceneId, view: s.view, card: s.cardId, language: s.language, status: s.sceneStatus };
}
