/**
 * The address of a link hotspot's scene in another tour: that tour's deep link
 * (`/t/<tour>/<scene>`), which boots the other tour exactly as a shared link would,
 * in the visitor's language.
 */
import type { LinkHotspot } from '../tour/schema';

/** The address of a scene in another tour, or null when the link stays in this tour. */
export function crossTourHref(hotspot: LinkHotspot, currentTour: string | undefined, language: string): string | null {
  if (hotspot.tour === undefined || hotspot.tour === currentTour) return null;
  return `${import.meta.env.BASE_URL}t/${encodeURIComponent(hotspot.tour)}/${encodeURIComponent(hotspot.target)}?lang=${encodeURIComponent(language)}`;
}
