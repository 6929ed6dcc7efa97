/**
 * What a killed server leaves half-made in CONTENT_DIR: a tour folder being
 * assembled (`.new-*`), an upload being received (`<id>/.uploads/*`), a
 * temporary file of an atomic write (`.<name>.<pid>.tmp`). None is ever
 * served or read as a tour; they are removed at start once they are old
 * enough that no running process can still be writing them (processes may
 * share the folder).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tourIds } from './tourList';

/** Older than this, nobody is still writing it. */
export const LEFTOVER_AGE_MS = 3600_000;

const TEMPORARY = /^\..+\.\d+\.tmp$/;

async function removeIfOld(path: string, before: number): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info || info.mtimeMs >= before) return 0;
  await rm(path, { recursive: true, force: true });
  return 1;
}

async function inFolder(dir: string, matches: (name: string) => boolean, before: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed = await Promise.all(names.filter(matches).map((name) => removeIfOld(join(dir, name), before)));
  return removed.reduce((a, b) => a + b, 0);
}

/** Removes the leftovers older than `ageMs`; resolves to how many. */
export async function removeLeftovers(contentDir: string, ageMs = LEFTOVER_AGE_MS, now = Date.now()): Promise<number> {
  const before = now - ageMs;
  let removed = await inFolder(contentDir, (name) => name.startsWith('.new-'), before);
  for (const id of await tourIds(contentDir)) {
    const dir = join(contentDir, id);
    removed += await inFolder(join(dir, '.uploads'), () => true, before);
    for (const folder of [dir, join(dir, '.draft'), join(dir, '.versions')]) removed += await inFolder(folder, (name) => TEMPORARY.test(name), before);
  }
  return removed;
}
