/**
 * Cuts a demo panorama into the tile pyramid the viewer streams, with the
 * same code as `sitevisit tile` (cli/tile/cutPyramid.ts), into
 * public/panoramas/<name>/ next to the JPEG (which stays the fallback and
 * the source of link previews).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../../cli/atomicOutput';
import { silentProgress } from '../../cli/progress';
import { cutPyramid } from '../../cli/tile/cutPyramid';

/** Folder name of a panorama's pyramid: its file name without `.jpg`. */
export const tilesDirName = (file: string) => file.replace(/\.jpe?g$/i, '');

/** Cuts `file` into `dir` (replacing what was there) and returns every file written. */
export async function tilePanorama(file: string, dir: string): Promise<string[]> {
  await writeAtomically(dir, true, (temp) => cutPyramid(file, temp, {}, silentProgress));
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
