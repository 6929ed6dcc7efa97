/**
 * Quick view: a one-scene tour made on the fly for `/?model=<url>`,
 * `/?panorama=<url>` or dropped files, so any glTF or panorama opens without a tour file.
 */
import type { Tour } from './schema';

export type QuickViewKind = 'model' | 'panorama';

const MODEL_EXTENSIONS = /\.(glb|gltf)$/i;
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp)$/i;

export function quickViewKind(name: string): QuickViewKind | null {
  const clean = name.split(/[?#]/)[0] ?? '';
  if (MODEL_EXTENSIONS.test(clean)) return 'model';
  if (IMAGE_EXTENSIONS.test(clean)) return 'panorama';
  return null;
}

/** The id of every quick-view tour: it has no file, so it cannot be shared as a tour link or run live. */
export const QUICK_VIEW_ID = 'quick-view';

/** Whether `tour` is a quick view rather than a tour with a file behind it. */
export const isQuickView = (tour: Pick<Tour, 'id'>): boolean => tour.id === QUICK_VIEW_ID;

/**
 * `language`: the visitor's (a file has no language of its own), and `languages` every one the
 * viewer speaks, so the viewer's words and the switch work in quick view as in a tour.
 */
export function quickViewTour(kind: QuickViewKind, url: string, title: string, language = 'en', languages: string[] = [language]): Tour {
  const base = { id: QUICK_VIEW_ID, title, defaultLanguage: language, languages, scenes: [] };
  if (kind === 'model') {
    return { ...base, scenes: [{ id: 'model', type: 'model', title, model: url, hotspots: [] }] };
  }
  return {
    ...base,
    scenes: [{ id: 'panorama', type: 'panorama', title, image: url, view: { yaw: 0, pitch: 0, fov: 75 }, hotspots: [] }],
  };
}

/** Picks the file to open from a drop: a .glb/.gltf first (its siblings are its resources), else an image. */
export function pickDroppedFile(files: File[]): { file: File; kind: QuickViewKind } | null {
  const model = files.find((f) => quickViewKind(f.name) === 'model');
  if (model) return { file: model, kind: 'model' };
  const image = files.find((f) => quickViewKind(f.name) === 'panorama');
  return image ? { file: image, kind: 'panorama' } : null;
}

export const fileTitle = (url: string) => decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() || url).slice(0, 120);
