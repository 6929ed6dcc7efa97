/**
 * Follows a link hotspot: a scene of this tour is a store action; a scene of
 * another tour is a page navigation to that tour's deep link (`/t/<tour>/<scene>`),
 * which boots the other tour exactly as a shared link would, in the visitor's language.
 */
import type { LinkHotspot } from '../tour/schema';
import type { TourStore } from '../state/store';
import type { Source } from '../state/types';

/** The address of a scene in another tour, or null when the link stays in this tour. */
export function crossTourHref(hotspot: LinkHotspot, currentTour: string | undefined, language: string): string | null {
  if (hotspot.tour === undefined || hotspot.tour === currentTour) return null;
  return `${import.meta.env.BASE_URL}t/${encodeURIComponent(hotspot.tour)}/${encodeURIComponent(hotspot.target)}?lang=${encodeURIComponent(language)}`;
}

export function followLink(store: TourStore, hotspot: LinkHotspot, source: Source): void {
  const { tour, language, goToScene } = store.getState();
  const href = crossTourHref(hotspot, tour?.id, language);
  if (href) location.assign(href);
  else goToScene(hotspot.target, source);
}
