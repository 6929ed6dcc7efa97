/**
 * The one store of tour state (vanilla zustand: no React here, see hooks.ts).
 * Every caller — pointer and keyboard input, the deep-link codec, live sync,
 * the embed API — changes state only through these named actions, passing
 * its `source` so that bindings never echo a change back to where it came from.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Tour } from '../tour/schema';
import type { Problem } from '../tour/problems';
import { tourLanguages } from '../tour/text';
import { findHotspot, findScene, startSceneId } from './selectors';
import type { NavigationMode, Notice, SceneError, Source, TilesStatus, TourState, View, ViewState } from './types';
import { fitView, sameView, startView, viewFacing } from './view';

export interface TourActions {
  /** A manifest is being fetched from `url`. */
  startLoading(url: string): void;
  /** A validated tour is ready: shows its start scene (warnings are kept for display). */
  tourLoaded(tour: Tour, url: string, warnings?: Problem[]): void;
  /** Problems found after loading (e.g. missing files), shown as warnings. */
  reportProblems(problems: Problem[]): void;
  /** The manifest could not be fetched or is invalid. */
  tourFailed(url: string, problems: Problem[], message?: string): void;
  /** Moves to a scene, at `view` or its start view. False if the scene or view is not valid. */
  goToScene(id: string, source: Source, view?: View): boolean;
  /** Sets the camera view of the current scene (clamped to its limits). False if it does not fit the scene. */
  setView(view: View, source: Source): boolean;
  /** Opens an info card; moves to the hotspot's scene first when needed. False for unknown or non-info ids. */
  openCard(id: string, source: Source): boolean;
  closeCard(source: Source): void;
  /** Turns the camera to a hotspot of the current scene. False for unknown ids. */
  focusHotspot(id: string, source: Source): boolean;
  /** False if the tour does not offer the language. */
  setLanguage(language: string, source: Source): boolean;
  setMode(mode: NavigationMode, source: Source): void;
  /**
   * Applies a whole `ViewState` (from a link or a live update), keeping every
   * part that is valid; returns what had to be corrected.
   */
  applyViewState(target: Partial<ViewState>, source: Source): string[];
  sceneProgress(sceneId: string, progress: number | null): void;
  sceneReady(sceneId: string): void;
  sceneFailed(sceneId: string, error: SceneError): void;
  /** A tiled panorama's detail changed (null: the scene shows no tiles). */
  tilesStatus(sceneId: string, status: TilesStatus | null): void;
  notify(message: string, level?: Notice['level']): void;
  dismissNotice(id: number): void;
}

export type TourStore = StoreApi<TourState & TourActions>;

export const initialTourState: TourState = {
  tour: null,
  load: { status: 'idle', url: '', problems: [] },
  sceneId: null,
  view: null,
  viewSource: 'app',
  cardId: null,
  language: 'en',
  mode: 'orbit',
  sceneStatus: 'loading',
  progress: null,
  sceneError: null,
  tiles: null,
  notices: [],
  lastChange: { action: 'init', source: 'app' },
};

/** Notices pile up in a long session; only the newest few are worth showing. */
const MAX_NOTICES = 4;

export function createTourStore(initial: Partial<TourState> = {}): TourStore {
  let noticeId = 0;
  return createStore<TourState & TourActions>()((set, get) => {
    const change = (action: string, source: Source) => ({ lastChange: { action, source } });

    const sceneArrival = (id: string, view: View) => ({
      sceneId: id,
      view,
      cardId: null,
      sceneStatus: 'loading' as const,
      progress: null,
      sceneError: null,
      tiles: null,
    });

    return {
      ...initialTourState,
      ...initial,

      startLoading(url) {
        set({ load: { status: 'loading', url, problems: [] }, ...change('startLoading', 'app') });
      },

      tourLoaded(tour, url, warnings = []) {
        const first = findScene(tour, startSceneId(tour));
        if (!first) return;
        const language = tourLanguages(tour).includes(get().language) ? get().language : tour.defaultLanguage;
        set({
          tour,
          load: { status: 'ready', url, problems: warnings },
          language,
          mode: 'orbit',
          ...sceneArrival(first.id, startView(first)),
          viewSource: 'app',
          ...change('tourLoaded', 'app'),
        });
      },

      reportProblems(problems) {
        if (problems.length === 0 || get().load.status !== 'ready') return;
        set({ load: { ...get().load, problems: [...get().load.problems, ...problems] } });
      },

      tourFailed(url, problems, message) {
        set({
          tour: null,
          sceneId: null,
          view: null,
          load: { status: 'error', url, problems, ...(message ? { message } : {}) },
          sceneStatus: 'error',
          ...change('tourFailed', 'app'),
        });
      },

      goToScene(id, source, view) {
        const scene = findScene(get().tour, id);
        if (!scene) return false;
        const fitted = view ? fitView(view, scene) : startView(scene);
        if (!fitted) return false;
        if (id === get().sceneId) {
          set({ view: fitted, viewSource: source, cardId: null, ...change('goToScene', source) });
          return true;
        }
        set({ ...sceneArrival(id, fitted), viewSource: source, ...change('goToScene', source) });
        return true;
      },

      setView(view, source) {
        const scene = findScene(get().tour, get().sceneId);
        const fitted = scene ? fitView(view, scene) : null;
        if (!fitted) return false;
        if (sameView(fitted, get().view)) return true;
        set({ view: fitted, viewSource: source, ...change('setView', source) });
        return true;
      },

      openCard(id, source) {
        const found = findHotspot(get().tour, id);
        if (!found || found.hotspot.type !== 'info') return false;
        if (found.scene.id !== get().sceneId) {
          set({ ...sceneArrival(found.scene.id, startView(found.scene)), viewSource: source });
        }
        set({ cardId: id, ...change('openCard', source) });
        return true;
      },

      focusHotspot(id, source) {
        const scene = findScene(get().tour, get().sceneId);
        const hotspot = scene?.hotspots.find((h) => h.id === id);
        const view = scene && hotspot ? viewFacing(hotspot, scene, get().view) : null;
        return view ? get().setView(view, source) : false;
      },

      closeCard(source) {
        if (get().cardId === null) return;
        set({ cardId: null, ...change('closeCard', source) });
      },

      setLanguage(language, source) {
        const tour = get().tour;
        if (!tour || !tourLanguages(tour).includes(language)) return false;
        set({ language, ...change('setLanguage', source) });
        return true;
      },

      setMode(mode, source) {
        if (mode === get().mode) return;
        set({ mode, ...change('setMode', source) });
      },

      applyViewState(target, source) {
        const corrections: string[] = [];
        const tour = get().tour;
        if (!tour) return ['no tour is loaded'];
        if (target.tour !== undefined && target.tour !== tour.id) corrections.push(`unknown tour "${target.tour}"`);

        const sceneId = target.scene ?? get().sceneId ?? startSceneId(tour);
        const scene = findScene(tour, sceneId) ?? (findScene(tour, startSceneId(tour)) as NonNullable<ReturnType<typeof findScene>>);
        if (scene.id !== sceneId) corrections.push(`unknown scene "${sceneId}"`);

        let view = target.view ? fitView(target.view, scene) : null;
        if (target.view && !view) corrections.push('the view does not fit the scene');
        view ??= scene.id === get().sceneId && !target.view && get().view ? (get().view as View) : startView(scene);

        const language = target.language ?? get().language;
        const languageOk = tourLanguages(tour).includes(language);
        if (!languageOk) corrections.push(`unknown language "${language}"`);

        // An absent card keeps the open one only within the same scene.
        const keptCard = scene.id === get().sceneId ? get().cardId : null;
        let cardId: string | null = target.card === undefined ? keptCard : target.card;
        if (cardId !== null && !scene.hotspots.some((h) => h.id === cardId && h.type === 'info')) {
          corrections.push(`unknown card "${cardId}"`);
          cardId = null;
        }

        const arrival = scene.id === get().sceneId ? { view } : sceneArrival(scene.id, view);
        set({
          ...arrival,
          viewSource: source,
          cardId,
          language: languageOk ? language : get().language,
          ...change('applyViewState', source),
        });
        return corrections;
      },

      sceneProgress(sceneId, progress) {
        if (sceneId !== get().sceneId || get().sceneStatus !== 'loading') return;
        set({ progress });
      },

      sceneReady(sceneId) {
        if (sceneId !== get().sceneId) return;
        set({ sceneStatus: 'ready', progress: 1, sceneError: null });
      },

      sceneFailed(sceneId, error) {
        if (sceneId !== get().sceneId) return;
        set({ sceneStatus: 'error', sceneError: error });
      },

      tilesStatus(sceneId, status) {
        if (sceneId !== get().sceneId || get().tiles === status) return;
        set({ tiles: status });
      },

      notify(message, level = 'info') {
        const notice = { id: ++noticeId, message, level };
        set({ notices: [...get().notices, notice].slice(-MAX_NOTICES) });
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },
    };
  });
}
