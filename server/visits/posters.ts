/**
 * A tour's poster for the visit pages: its thumbnail in `tours/index.json`
 * (the served index: CONTENT_DIR's when it has one, else the built app's),
 * read when the file changes, as the tours page shows it.
 */
import { join } from 'node:path';
import { TourIndex } from '../../src/tour/tourIndex';
import { changedFileReader } from '../changedFile';

/** `folders`: the tours folders in the order they are served. The poster's URL (a path on this site, or an asset origin's URL), or null. */
export function posterReader(folders: readonly (string | undefined)[]): (tour: string) => string | null {
  const readIndex = changedFileReader((text) => TourIndex.safeParse(JSON.parse(text)).data ?? null, null);
  return (tour) => {
    const index = folders.map((folder) => (folder === undefined ? undefined : readIndex(join(folder, 'index.json')))).find((found) => found !== undefined);
    const thumbnail = index?.tours.find((entry) => entry.id === tour)?.thumbnail;
    if (!thumbnail) return null;
    // Relative to /tours/index.json, as the tours page resolves it.
    const url = new URL(thumbnail, 'http://site.invalid/tours/');
    return url.host === 'site.invalid' ? url.pathname : url.href;
  };
}
