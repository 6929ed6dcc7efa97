/** Decides what the page opens: a quick-view file, a named tour, or the default tour. */
import type { TourStore } from '../state/store';
import type { Source } from '../state/types';
import { fetchTour, findMissingAssets } from '../tour/load';
import { fileTitle, pickDroppedFile, quickViewTour, type QuickViewKind } from '../tour/quickView';
import { registerLocalFiles } from '../lib/localFiles';
import { browserLanguages, preferredLanguage, UI_LANGUAGES } from '../ui/preferredLanguage';
import { strings } from '../ui/strings';
import { findScene, startSceneId } from '../state/selectors';
import { preloadScene } from '../tour/preloadScene';
import { decodeLink, type LinkTarget } from '../deeplink/codec';
import { defaultTourOf, fetchTourIndex, tourIndexUrl } from '../tour/tourIndex';


export const tourUrlFor = (id: string) => new URL(`${import.meta.env.BASE_URL}tours/${id}/tour.json`, location.href).href;

/**
 * Loads and validates a tour, then shows the link's target (or the start
 * scene) in the same store update, so no one sees the start scene on the way
 * and it is not loaded in vain. The latest call wins: a slower earlier load
 * that finishes after a newer one started changes nothing. Returns the
 * corrections the link needed. `source`: who chose the target (default: the link).
 */
export async function loadTour(store: TourStore, url: string, target: LinkTarget = {}, source?: Source): Promise<string[]> {
  const { startLoading, openTour, failLoading, reportProblems } = store.getState();
  const loadId = startLoading(url);
  const result = await fetchTour(url);
  if (store.getState().load.id !== loadId) return [];
  if (!result.ok) {
    failLoading(url, result.problems, { loadId, ...(result.message ? { message: result.message } : {}) });
    return [];
  }
  // Start downloading the first scene's file now, in parallel with the code that will show it.
  const first = findScene(result.tour, target.scene ?? '') ?? findScene(result.tour, startSceneId(result.tour));
  if (first) preloadScene(first, url);
  const { tour: _tour, map, guide, ...rest } = target;
  // Who chose the place: the caller (a live session), else the link when it names one, else the app.
  const landing = { target: rest, source: source ?? (Object.keys(rest).length > 0 ? 'url' : 'app') };
  const corrections = openTour(result.tour, url, { warnings: result.warnings, loadId, ...landing }) ?? [];
  if (map !== undefined) store.getState().setMapOpen(map, 'url');
  if (guide && !store.getState().setGuide(guide, 'url')) corrections.push(`unknown guide or step "${guide.id}" ${guide.step + 1}`);
  void findMissingAssets(result.tour, url).then((problems) => reportProblems(problems, loadId));
  return corrections;
}

export function openQuickView(store: TourStore, kind: QuickViewKind, url: string, title = fileTitle(url)): void {
  const language = preferredLanguage(location.href, browserLanguages());
  store.getState().openTour(quickViewTour(kind, url, title, language, UI_LANGUAGES), location.href);
}

export function openDroppedFiles(store: TourStore, files: File[]): void {
  const picked = pickDroppedFile(files);
  if (!picked) {
    store.getState().notify(strings(store.getState().language).dropRefused, 'warning');
    return;
  }
  const urls = registerLocalFiles(files);
  openQuickView(store, picked.kind, urls.get(picked.file.name) as string, picked.file.name);
}

/** The tour `/` opens, as the site's `tours/index.json` names it (TOURS_DIR can override it); null when it names none. */
async function siteDefaultTour(): Promise<string | null> {
  const index = await fetchTourIndex(tourIndexUrl());
  return index ? defaultTourOf(index) : null;
}

/**
 * Reads `?model=` / `?panorama=` (quick view), else a tour link
 * (`/t/<tour>/<scene>?v=…&card=…&lang=…`, or `/?tour=<id>`); anything else opens
 * the site's default tour. A link that cannot be followed exactly opens the nearest
 * valid state with a short notice. Returns whether a tour (not a quick view) opened.
 */
export async function boot(store: TourStore, href: string): Promise<boolean> {
  const params = new URL(href).searchParams;
  const model = params.get('model');
  const panorama = params.get('panorama');
  if (model || panorama) {
    const kind = model ? 'model' : 'panorama';
    openQuickView(store, kind, new URL((model ?? panorama) as string, href).href);
    return false;
  }
  const { target, problems } = decodeLink(href);
  const requested = target.tour ?? (await siteDefaultTour());
  if (requested === null) {
    store.getState().failLoading(tourIndexUrl(), [], { message: 'This site names no tour to open: its tours/index.json is missing, invalid or lists no tour.' });
    return false;
  }
  let corrections = await loadTour(store, tourUrlFor(requested), target);
  const { status, problems: tourProblems } = store.getState().load;
  // An unknown tour in a shared link: the nearest valid place is the default tour.
  // (An invalid tour file keeps its error page: its author needs the list.)
  if (status === 'error' && tourProblems.length === 0 && target.tour !== undefined) {
    const fallback = await siteDefaultTour();
    if (fallback !== null && fallback !== requested) {
      problems.push(`unknown tour "${requested}"`);
      corrections = await loadTour(store, tourUrlFor(fallback), target.language ? { language: target.language } : {});
    }
  }
  if (store.getState().load.status !== 'ready') return false;
  const all = [...problems, ...corrections];
  if (all.length > 0) store.getState().notify(`This link could not be followed exactly (${all.join('; ')}); showing the nearest view.`, 'warning');
  return true;
}
