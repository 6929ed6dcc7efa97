/**
 * "asked at: Distillation column": the name of the place a question was asked
 * — the open card's title, else the scene's — read from a tour in the
 * reader's language. Works on a validated tour or on a tour file read loosely
 * (the follow-up page), so it asks only for the few fields it reads.
 */
import type { QuestionWhere } from '../../protocol/visitLive';
import { localize } from '../../tour/text';
import type { Text } from '../../tour/schema';
import { inheritedId } from '../../tour/standpoints';

export interface NamedPlaces {
  id: string;
  defaultLanguage?: string;
  scenes: { id: string; title: Text; hotspots?: { id: string; title: Text }[] }[];
}

/** The card's or scene's title, or null when the tour is another (or unknown) or names neither. */
export function placeName(tour: NamedPlaces | null | undefined, where: QuestionWhere, language: string): string | null {
  if (!tour || tour.id !== where.tour || !Array.isArray(tour.scenes)) return null;
  const fallback = tour.defaultLanguage ?? 'en';
  if (where.card) {
    // A tour file read as it is lacks the cards a panorama inherits from its model (named `<panorama>--<card>` once loaded).
    const prefix = inheritedId(where.scene, '');
    const ids = [where.card, ...(where.card.startsWith(prefix) ? [where.card.slice(prefix.length)] : [])];
    for (const id of ids) {
      for (const scene of tour.scenes) {
        const card = scene.hotspots?.find((h) => h.id === id);
        if (card) return localize(card.title, language, fallback) || null;
      }
    }
  }
  const scene = tour.scenes.find((s) => s.id === where.scene);
  return scene ? localize(scene.title, language, fallback) || null : null;
}
