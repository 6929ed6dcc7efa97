/**
 * Tour loading (the boot code's actions). Each load has an id: a load that a
 * newer one (or a quick view) superseded can neither open its tour nor add its
 * problems to the newer tour — the latest request wins.
 */
import type { Tour } from '../../tour/schema';
import type { Problem } from '../../tour/problems';
import { tourLanguages } from '../../tour/text';
import type { Slice } from './slice';
import { change } from './slice';
import { resolveViewState } from '../arrival';
import type { Source, ViewState } from '../types';

export interface OpenTourOptions {
  /** Problems that do not stop the tour, shown as warnings. */
  warnings?: Problem[];
  /** Where to land (a link's or a live session's state); default: the start scene at its start view. */
  target?: Partial<ViewState>;
  /** Who asked for the target; default `app`. */
  source?: Source;
  /** The id `startLoading` returned; the tour is not opened when a newer load has started since. */
  loadId?: number;
}

export interface TourLoadActions {
  /** A manifest is being fetched from `url`; returns the id of this load. */
  startLoading(url: string): number;
  /**
   * Shows a validated tour at its target (or start scene) in one change, so no
   * one sees the start scene on the way to a link's target. Returns the
   * corrections the target needed, or null when a newer load superseded this one.
   */
  openTour(tour: Tour, url: string, options?: OpenTourOptions): string[] | null;
  /** The manifest could not be fetched or is invalid (ignored when load `loadId` was superseded). */
  failLoading(url: string, problems: Problem[], options?: { message?: string; loadId?: number }): void;
  /** Problems found after loading (e.g. missing files), shown as warnings; ignored once another tour loads. */
  reportProblems(problems: Problem[], loadId?: number): void;
}

export const createTourLoadSlice: Slice<TourLoadActions> = (set, get) => {
  const superseded = (loadId: number | undefined) => loadId !== undefined && loadId !== get().load.id;

  return {
    startLoading(url) {
      const id = get().load.id + 1;
      set({ load: { status: 'loading', url, problems: [], id }, ...change('startLoading', 'app') });
      return id;
    },

    openTour(tour, url, { warnings = [], target = {}, source = 'app', loadId } = {}) {
      if (superseded(loadId)) return null;
      const language = tourLanguages(tour).includes(get().language) ? get().language : tour.defaultLanguage;
      // From nowhere: the new tour's scenes are all arrivals, even one whose id the old tour also had.
      const { patch, corrections } = resolveViewState(tour, { sceneId: null, view: null, cardId: null, language }, target);
      set({
        tour,
        // A tour opened without a load of its own (a quick view) supersedes any load still on its way.
        load: { status: 'ready', url, problems: warnings, id: loadId ?? get().load.id + 1 },
        mode: 'orbit',
        ...patch,
        viewSource: source,
        ...change('openTour', source),
      });
      return corrections;
    },

    failLoading(url, problems, { message, loadId } = {}) {
      if (superseded(loadId)) return;
      set({
        tour: null,
        sceneId: null,
        view: null,
        load: { status: 'error', url, problems, id: loadId ?? get().load.id + 1, ...(message ? { message } : {}) },
        sceneStatus: 'error',
        ...change('failLoading', 'app'),
      });
    },

    reportProblems(problems, loadId) {
      if (problems.length === 0 || superseded(loadId) || get().load.status !== 'ready') return;
      set({ load: { ...get().load, problems: [...get().load.problems, ...problems] } });
    },
  };
};
