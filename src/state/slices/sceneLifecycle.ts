/**
 * The current scene's lifecycle, as the viewer reports it: progress, ready,
 * failed, and a tiled panorama's detail. A report from a scene that is no
 * longer current (a late callback of a scene the visitor left) is ignored.
 */
import type { Slice } from './slice';
import type { SceneError, TilesStatus } from '../types';

export interface SceneLifecycleActions {
  /** Loading progress 0..1 of the scene's file (null: size unknown); only while it loads. */
  reportProgress(sceneId: string, progress: number | null): void;
  /** A frame showing the scene was drawn. */
  reportReady(sceneId: string): void;
  reportFailed(sceneId: string, error: SceneError): void;
  /** A tiled panorama's detail changed (null: the scene shows no tiles). */
  reportTiles(sceneId: string, status: TilesStatus | null): void;
}

export const createSceneLifecycleSlice: Slice<SceneLifecycleActions> = (set, get) => ({
  reportProgress(sceneId, progress) {
    if (sceneId !== get().sceneId || get().sceneStatus !== 'loading') return;
    set({ progress });
  },

  reportReady(sceneId) {
    if (sceneId !== get().sceneId) return;
    set({ sceneStatus: 'ready', progress: 1, sceneError: null });
  },

  reportFailed(sceneId, error) {
    if (sceneId !== get().sceneId) return;
    set({ sceneStatus: 'error', sceneError: error });
  },

  reportTiles(sceneId, status) {
    if (sceneId !== get().sceneId || get().tiles === status) return;
    set({ tiles: status });
  },
});
