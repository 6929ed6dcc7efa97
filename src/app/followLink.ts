/**
 * Where following a link hotspot leads, decided by the app (the viewer and the hotspot list
 * only report which link the visitor followed): a scene of this tour is a store action; a scene
 * of another tour is a page navigation to that tour's deep link.
 */
import type { LinkHotspot } from '../tour/schema';
import type { TourStore } from '../state/store';
import type { Source } from '../state/types';
import { crossTourHref } from '../deeplink/crossTourHref';

export function followLink(store: TourStore, hotspot: LinkHotspot, source: Source): void {
  const { tour, language, goToScene } = store.getState();
  const href = crossTourHref(hotspot, tour?.id, language);
  if (href) location.assign(href);
  else goToScene(hotspot.target, source);
}
