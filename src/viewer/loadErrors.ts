/**
 * Turns loader failures into what a visitor needs: what is wrong (a kind the
 * error card words in their language), which file, and the technical detail
 * (kept for the card's "Details" and the embed API).
 */
import type { SceneError, SceneErrorKind } from '../state/types';
import { FetchError } from '../lib/fetchBytes';

/** A file our own checks refused, with what is wrong with it (the loaders throw these). */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly kind: SceneErrorKind = 'damaged',
  ) {
    super(message);
  }
}

/** Relative URLs are the page's (absolute ones also resolve where there is no page, in unit tests). */
const resolve = (url: string) => new URL(url, globalThis.location?.href);

const fileName = (url: string) => {
  try {
    const { pathname } = resolve(url);
    return decodeURIComponent(pathname.split('/').pop() || url);
  } catch {
    return url;
  }
};

function fetchFailure(error: FetchError, what: string): SceneError {
  const base = { message: `The ${what} could not be loaded: ${error.message}.`, file: fileName(error.url) };
  if (error.blocked) return { ...base, kind: 'blocked', host: resolve(error.url).origin };
  if (error.status === 404 || error.status === 410) return { ...base, kind: 'missing', status: error.status };
  if (error.status) return { ...base, kind: 'server', status: error.status };
  return { ...base, kind: 'network' };
}

export function describeLoadError(error: unknown, url: string, what: 'model' | 'image'): SceneError {
  const raw = error instanceof Error ? error.message : String(error);
  if (error instanceof FetchError) return fetchFailure(error, what);
  // A file the model references (a .bin, a texture), fetched by three's loader.
  const missing = /fetch for "([^"]+)" responded with (\d+)|Failed to load buffer "([^"]+)"/.exec(raw);
  if (missing) {
    const status = missing[2] ? Number(missing[2]) : undefined;
    return { message: `A file the model needs could not be loaded: ${raw}`, file: fileName((missing[1] ?? missing[3]) as string), kind: 'missing', ...(status ? { status } : {}) };
  }
  const file = fileName(url);
  if (error instanceof FileProblem) return { message: `The ${what} could not be shown: ${raw}`, file, kind: error.kind };
  if (/Unsupported asset|glTF versions/i.test(raw)) return { message: `The ${what} could not be shown: ${raw}`, file, kind: 'unsupported' };
  if (error instanceof RangeError && /call stack/i.test(raw)) {
    return { message: `The ${what} could not be shown: its node hierarchy contains a cycle.`, file, kind: 'damaged' };
  }
  // Everything else the parsers throw (cut-off chunks, broken JSON, indices to nowhere): the file is damaged.
  const reason = raw.replace(/^THREE\.GLTFLoader:\s*/, '').slice(0, 200);
  return { message: `The ${what} could not be shown: ${reason}`, file, kind: 'damaged' };
}
