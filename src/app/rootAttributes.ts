/**
 * The test contract on the root element: `data-scene` and
 * `data-scene-status="loading|ready|error"`; `ready` only after a frame of the
 * scene was drawn. Our tests and outside ones wait on these.
 */
import type { TourStore } from '../state/store';

export function bindRootAttributes(store: TourStore, root: HTMLElement): () => void {
  const write = () => {
    const { sceneId, sceneStatus, load } = store.getState();
    root.dataset.scene = sceneId ?? '';
    root.dataset.sceneStatus = load.status === 'error' ? 'error' : sceneStatus;
  };
  write();
  return store.subscribe(write);
}
