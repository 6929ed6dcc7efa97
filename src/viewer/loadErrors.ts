/** Turns loader failures into what a visitor needs: what failed, which file. */
import type { SceneError } from '../state/types';
import { FetchError } from '../lib/fetchBytes';

const fileName = (url: string) => {
  try {
    const { pathname } = new URL(url, location.href);
    return decodeURIComponent(pathname.split('/').pop() || url);
  } catch {
    return url;
  }
};

export function describeLoadError(error: unknown, url: string, what: 'model' | 'image'): SceneError {
  const raw = error instanceof Error ? error.message : String(error);
  if (error instanceof FetchError) {
    const file = fileName(error.url);
    return { message: `The ${what} could not be loaded: ${error.message}.`, file };
  }
  const missing = /fetch for "([^"]+)" responded with (\d+)|Failed to load buffer "([^"]+)"/.exec(raw);
  if (missing) {
    return { message: 'A file the model needs could not be loaded.', file: fileName((missing[1] ?? missing[3]) as string) };
  }
  if (error instanceof RangeError && /call stack/i.test(raw)) {
    return { message: `The ${what} could not be shown: its node hierarchy contains a cycle.`, file: fileName(url) };
  }
  const reason = raw.replace(/^THREE\.GLTFLoader:\s*/, '').slice(0, 200);
  return { message: `The ${what} could not be shown: ${reason}`, file: fileName(url) };
}
