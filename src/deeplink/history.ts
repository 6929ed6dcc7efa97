/**
 * Binds the store to the address bar. Moving to another scene or opening or
 * closing a card pushes a history entry; camera moves and language changes
 * replace the current one, debounced, so Back walks scenes and cards, not every
 * drag. Back/Forward apply the entry's link with source `url`, which this
 * binding then does not write back.
 */
import type { TourStore } from '../state/store';
import { selectViewState } from '../state/selectors';
import { decodeLink, encodeLink } from './codec';

export interface HistoryOptions {
  /** Quiet time before a camera move is written to the address bar. */
  debounceMs?: number;
}

export function bindHistory(store: TourStore, { debounceMs = 400 }: HistoryOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const linkOf = (state: ReturnType<typeof store.getState>) => {
    const viewState = selectViewState(state);
    return viewState ? encodeLink(viewState, { map: state.mapOpen, guide: state.guide }) : null;
  };
  const replaceWith = (link: string | null) => {
    clearTimeout(timer);
    if (link && link !== location.pathname + location.search) history.replaceState(null, '', link);
  };
  const replaceNow = () => replaceWith(linkOf(store.getState()));

  const unsubscribe = store.subscribe((state, prev) => {
    if (!state.tour || state.lastChange.source === 'url') return;
    const arrived = state.tour !== prev.tour;
    const moved = state.sceneId !== prev.sceneId || state.cardId !== prev.cardId;
    if (arrived) return replaceNow();
    if (moved) {
      replaceWith(linkOf(prev)); // settle the entry being left at its last view
      const link = linkOf(state);
      if (link) history.pushState(null, '', link);
      return;
    }
    if (state.mapOpen !== prev.mapOpen || state.guide !== prev.guide) return replaceNow();
    if (state.view !== prev.view || state.language !== prev.language) {
      clearTimeout(timer);
      timer = setTimeout(replaceNow, debounceMs);
    }
  });

  const onPopState = () => {
    clearTimeout(timer);
    const { target: { map = false, guide = null, ...target } } = decodeLink(location.href);
    store.getState().applyViewState({ card: null, ...target }, 'url');
    store.getState().setMapOpen(map, 'url');
    store.getState().setGuide(guide, 'url');
  };
  window.addEventListener('popstate', onPopState);
  // Leaving the page (reload, closing) keeps the exact view.
  window.addEventListener('pagehide', replaceNow);
  // The entry we start on names its state too (`/` becomes `/t/<tour>/<scene>…`), so Back can return to it.
  replaceNow();

  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', replaceNow);
  };
}
