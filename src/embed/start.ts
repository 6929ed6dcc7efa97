/**
 * Starts the embed bridge when the viewer runs inside another page's iframe:
 * the parent may drive the tour if its origin is the viewer's own, listed by
 * the tour (`embed.origins`) or by the operator (EMBED_ORIGINS).
 */
import type { TourStore } from '../state/store';
import { fetchOperatorOrigins, isAllowedOrigin } from './origins';

/** Whether the page asks for embed mode (`?embed=1`). */
export const isEmbedMode = (href: string) => new URL(href).searchParams.get('embed') === '1';

/**
 * The bridge is a chunk of its own, loaded only inside an iframe: a page on its own never needs it. The host's
 * client says hello every 250 ms until answered, so the bridge may start a moment after the page.
 */
export function startEmbedBridge(store: TourStore): () => void {
  if (window.parent === window) return () => {};
  let operatorOrigins: string[] = [];
  void fetchOperatorOrigins(location.href).then((origins) => (operatorOrigins = origins));
  let stop: (() => void) | null = null;
  let stopped = false;
  void import('./bridge').then(({ bindEmbedBridge }) => {
    if (stopped) return;
    stop = bindEmbedBridge(store, {
      allowed: (origin, state) => isAllowedOrigin(origin, location.origin, state.tour?.embed?.origins, operatorOrigins),
      host: window.parent,
      receiver: window,
    });
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
