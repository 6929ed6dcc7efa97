/**
 * The session's tour on this page. A state in another tour (a multi-site
 * visit's next site) loads that tour first and is shown with it; the latest
 * load wins; a tour whose load failed is not tried again for every state that
 * names it, only when another is asked for first (or `forgetFailure`).
 */
import type { LiveState } from '../protocol/live';
import type { TourStore } from '../state/store';

export interface TourLoads {
  /** Shows `state` with source `live`: at once in this tour, or once its tour is loaded. */
  apply(state: LiveState): void;
  /** Loads `tour` at `state` (or its start); resolves once this load ended or a later one overtook it. */
  load(tour: string, state: LiveState | null): Promise<void>;
  /** The tour being loaded now, or null. */
  loading(): string | null;
  forgetFailure(): void;
}

export interface TourLoadsOptions {
  /** Loads the tour and shows `state` (or the start) in one store change with source `live`. */
  loadTour(tour: string, state: LiveState | null): Promise<void>;
  /** The latest load ended with its tour shown (`state`: the one it was loaded at). */
  loaded(tour: string, state: LiveState | null): void;
  /** The latest load ended without its tour. */
  failed(): void;
}

export function createTourLoads(store: TourStore, options: TourLoadsOptions): TourLoads {
  let loading: string | null = null;
  let loads = 0;
  let failed: string | null = null;
  const shownTour = () => store.getState().tour?.id ?? null;

  const load = async (tour: string, state: LiveState | null) => {
    const mine = ++loads;
    loading = tour;
    failed = null;
    try {
      await options.loadTour(tour, state);
    } catch {
      // Shown by the store as the tour's error; the session goes on.
    }
    if (mine !== loads) return;
    loading = null;
    if (shownTour() !== tour) {
      failed = tour;
      options.failed();
      return;
    }
    options.loaded(tour, state);
  };

  return {
    load,
    apply(state) {
      const { tour, ...place } = state;
      if (tour !== undefined && tour !== shownTour()) {
        if (tour !== loading && tour !== failed) void load(tour, state);
        return;
      }
      // A load still running for another tour would replace this; it shows the latest state when it ends.
      if (loading === null) store.getState().applyViewState(place, 'live');
    },
    loading: () => loading,
    forgetFailure() {
      failed = null;
    },
  };
}
