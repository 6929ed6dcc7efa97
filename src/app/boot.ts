/** Decides what the page opens: a quick-view file, a named tour, or the default tour. */
import type { TourStore } from '../state/store';
import { fetchTour, findMissingAssets } from '../tour/load';
import { fileTitle, pickDroppedFile, quickViewTour, type QuickViewKind } from '../tour/quickView';
import { registerLocalFiles } from '../lib/localFiles';
import { preloadBytes } from '../lib/fetchBytes';
import { findScene, startSceneId } from '../state/selectors';
import { resolveAsset } from '../tour/assets';

export const DEFAULT_TOUR = 'processum';
const TOUR_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const tourUrlFor = (id: string) => new URL(`${import.meta.env.BASE_URL}tours/${id}/tour.json`, location.href).href;

export async function loadTour(store: TourStore, url: string): Promise<void> {
  const { startLoading, tourLoaded, tourFailed, reportProblems } = store.getState();
  startLoading(url);
  const result = await fetchTour(url);
  if (!result.ok) return tourFailed(url, result.problems, result.message);
  // Start downloading the first scene's file now, in parallel with the code that will show it.
  const first = findScene(result.tour, startSceneId(result.tour));
  if (first) preloadBytes(resolveAsset(first.type === 'model' ? first.model : first.image, url));
  tourLoaded(result.tour, url, result.warnings);
  reportProblems(await findMissingAssets(result.tour, url));
}

export function openQuickView(store: TourStore, kind: QuickViewKind, url: string, title = fileTitle(url)): void {
  store.getState().tourLoaded(quickViewTour(kind, url, title), location.href);
}

export function openDroppedFiles(store: TourStore, files: File[]): void {
  const picked = pickDroppedFile(files);
  if (!picked) {
    store.getState().notify('Drop a .glb or .gltf model (with its .bin and textures) or a JPEG, PNG or WebP panorama.', 'warning');
    return;
  }
  const urls = registerLocalFiles(files);
  openQuickView(store, picked.kind, urls.get(picked.file.name) as string, picked.file.name);
}

/** Reads `?model=`, `?panorama=` and `?tour=`; anything else opens the default tour. */
export function boot(store: TourStore, params: URLSearchParams): Promise<void> {
  const model = params.get('model');
  const panorama = params.get('panorama');
  if (model) {
    openQuickView(store, 'model', new URL(model, location.href).href);
    return Promise.resolve();
  }
  if (panorama) {
    openQuickView(store, 'panorama', new URL(panorama, location.href).href);
    return Promise.resolve();
  }
  const requested = params.get('tour');
  if (requested && !TOUR_ID.test(requested)) store.getState().notify('That tour name is not valid; showing the default tour.', 'warning');
  const id = requested && TOUR_ID.test(requested) ? requested : DEFAULT_TOUR;
  return loadTour(store, tourUrlFor(id));
}
