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
  const extension = /Unknown extension "([^"]+)"/.exec(raw);
  if (extension) {
    return { message: `The model needs the glTF extension ${extension[1]}, which this viewer cannot decode.`, file: fileName(url) };
  }
  const missing = /fetch for "([^"]+)" responded with (\d+)/.exec(raw);
  if (missing) {
    return { message: `A file the model needs is missing (${missing[2]}).`, file: fileName(missing[1] as string) };
  }
  const reason = raw.replace(/^THREE\.GLTFLoader:\s*/, '').slice(0, 200);
  return { message: `The ${what} could not be shown: ${reason}`, file: fileName(url) };
}
