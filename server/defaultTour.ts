/**
 * The site's default tour for the server — the embed headers of `/` and
 * `POST /api/live` without a tour — read from `tours/index.json` as
 * `/tours/index.json` serves it to the viewer: TOURS_DIR's when it has one,
 * else the built app's. Read at request time (re-parsed only when the file
 * changes), so an operator changes what `/` opens without a rebuild or restart.
 */
import { join } from 'node:path';
import { defaultTourOf, TourIndex } from '../src/tour/tourIndex';
import { changedFileReader } from './changedFile';

/** `folders`: the tours folders in the order they are served. Null when the index names no tour (or is broken). */
export function defaultTourReader(folders: readonly (string | undefined)[]): () => string | null {
  const read = changedFileReader((text) => {
    const parsed = TourIndex.safeParse(JSON.parse(text));
    return parsed.success ? defaultTourOf(parsed.data) : null;
  }, null);
  return () => {
    for (const folder of folders) {
      const tour = folder === undefined ? undefined : read(join(folder, 'index.json'));
      if (tour !== undefined) return tour;
    }
    return null;
  };
}
