/**
 * The one store of tour state (vanilla zustand: no React here, see hooks.ts),
 * built from slices (zustand's slices pattern), one file each in slices/:
 * navigation, tour loading, the scene's lifecycle, notices and the visitor's
 * settings. Every caller — pointer and keyboard input, the deep-link codec,
 * live sync, the embed API — changes state only through these named actions,
 * passing its `source` so that bindings never echo a change back to where it came from.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TourState } from './types';
import { createNavigationSlice, type NavigationActions } from './slices/navigation';
import { createTourLoadSlice, type TourLoadActions } from './slices/tourLoad';
import { createSceneLifecycleSlice, type SceneLifecycleActions } from './slices/sceneLifecycle';
import { createNoticesSlice, type NoticeActions } from './slices/notices';
import { createUiModeSlice, type UiModeActions } from './slices/uiMode';
import { createTourEditSlice, type TourEditActions } from './slices/tourEdit';
import { createGuideSlice, type GuideActions } from './slices/guide';
import { createLiveMapSlice, type LiveMapActions } from './slices/liveMap';
import { createNarrationSlice, type NarrationActions } from './slices/narration';

export type TourActions = NavigationActions & TourLoadActions & TourEditActions & SceneLifecycleActions & NoticeActions & UiModeActions & GuideActions & LiveMapActions & NarrationActions;
export type TourStoreState = TourState & TourActions;
export type TourStore = StoreApi<TourStoreState>;

export const initialTourState: TourState = {
  tour: null,
  load: { status: 'idle', url: '', problems: [], id: 0 },
  sceneId: null,
  view: null,
  viewSource: 'app',
  cardId: null,
  language: 'en',
  mode: 'orbit',
  mapOpen: false,
  liveMap: null,
  narrating: false,
  guide: null,
  sceneStatus: 'loading',
  progress: null,
  sceneError: null,
  tiles: null,
  notices: [],
  lastChange: { action: 'init', source: 'app' },
};

export function createTourStore(initial: Partial<TourState> = {}): TourStore {
  return createStore<TourStoreState>()((...store) => ({
    ...initialTourState,
    ...initial,
    ...createNavigationSlice(...store),
    ...createTourLoadSlice(...store),
    ...createSceneLifecycleSlice(...store),
    ...createNoticesSlice(...store),
    ...createUiModeSlice(...store),
    ...createTourEditSlice(...store),
    ...createGuideSlice(...store),
    ...createLiveMapSlice(...store),
    ...createNarrationSlice(...store),
  }));
}
