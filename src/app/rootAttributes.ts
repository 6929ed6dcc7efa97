/**
 * The test contract on the root element: `data-scene` and
 * `data-scene-status="loading|ready|error"`; `ready` only after a frame of the
 * scene was drawn; and for tiled panoramas `data-tiles="loading|sharp|partial"`.
 * Our tests and outside ones wait on these.
 */
import type { TourStore } from '../state/store';

export function bindRootAttributes(store: TourStore, root: HTMLElement): () => void {
  const write = () => {
    const { sceneId, sceneStatus, load, tiles } = store.getState();
    root.dataset.scene = sceneId ?? '';
    root.dataset.sceneStatus = load.status === 'error' ? 'error' : sceneStatus;
    if (tiles) root.dataset.tiles = tiles;
    else delete root.dataset.tiles;
  };
  write();
  return store.subscribe(write);
}
