/**
 * New tours in CONTENT_DIR: made from a title and languages, or copied from a
 * built-in or content tour ("save as a copy"). The folder is assembled under
 * a temporary dot-name (never served) and renamed into place in one step, so
 * a tour appears complete or not at all, and of two servers creating the same
 * id only one rename succeeds (the other finds the folder there: a collision).
 */
import { randomBytes } from 'node:crypto';
import { cp, lstat, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isInside } from '../../cli/localAsset';
import { tourFileGuard } from '../http/tourFiles';
import { bringFiles, type Locate } from './bringFiles';
import { replaceFile, syncFolder } from '../live/store/replaceFile';
import { rewriteJson } from './preserveFormat';
import { TOUR_FILE_MODE, tourFolder, versionOf } from './tourFolder';
import { currentText, type ContentStore } from './tourStore';
import { recordVersion } from './versions';

export type CreateResult =
  | { ok: true; id: string; version: string }
  | { ok: false; reason: 'exists' | 'missing' | 'badId' }
  /** The disk refused a write (full, read-only, no permission): nothing was added. */
  | { ok: false; reason: 'disk'; errno: string };

/** Write errors that are the disk's, not the program's: answered with a sentence, not a 500. */
const DISK_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EFBIG', 'EMFILE', 'ENFILE']);

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Builds a tour folder with `fill(folderPath)` and moves it to `<contentDir>/<id>`;
 * `text` (or the text `fill` returns) becomes its draft and first version.
 */
async function assemble(store: ContentStore, id: string, text: string, author: string, kind: 'create' | 'copy', fill?: (dir: string) => Promise<string>): Promise<CreateResult> {
  const { contentDir } = store;
  if (!tourFolder(contentDir, id)) return { ok: false, reason: 'badId' };
  // A built-in tour of that id would be hidden by the new one: an id collision as well.
  if ((await store.builtIn(id)) || (await exists(join(contentDir, id)))) return { ok: false, reason: 'exists' };
  const staging = join(contentDir, `.new-${id}-${randomBytes(6).toString('hex')}`);
  const folder = tourFolder(staging, id);
  if (!folder) return { ok: false, reason: 'badId' };
  try {
    await mkdir(folder.dir, { recursive: true });
    const filled = (await fill?.(folder.dir)) ?? text;
    await replaceFile(folder.draft, filled, TOUR_FILE_MODE);
    await recordVersion(folder, filled, author, kind);
    try {
      await rename(folder.dir, join(contentDir, id));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') return { ok: false, reason: 'exists' };
      throw error;
    }
    await syncFolder(contentDir);
    return { ok: true, id, version: versionOf(filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && DISK_ERRORS.has(code)) return { ok: false, reason: 'disk', errno: code };
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface NewTour {
  id: string;
  title: string | Record<string, string>;
  languages: string[];
}

/** A tour with no scenes yet: a draft (it has errors until a scene is added). */
export function createTour(store: ContentStore, { id, title, languages }: NewTour, author: string): Promise<CreateResult> {
  const tour = { id, title, defaultLanguage: languages[0] ?? 'en', languages, scenes: [] };
  return assemble(store, id, `${JSON.stringify(tour, null, 2)}\n`, author, 'create');
}

/** Copies tour `from` (content or built-in) with its files to `to`; the copy is a draft, unpublished. */
export async function copyTour(store: ContentStore, from: string, to: string, author: string): Promise<CreateResult> {
  const folder = tourFolder(store.contentDir, from);
  if (!folder || !tourFolder(store.contentDir, to)) return { ok: false, reason: 'badId' };
  const source = (await currentText(folder)) ?? (await store.builtIn(from));
  if (!source) return { ok: false, reason: 'missing' };
  const sourceDir = source.source === 'builtIn' ? join(store.builtInDir, from) : folder.dir;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.text);
  } catch {
    parsed = null;
  }
  const renamed = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...parsed, id: to } : { id: to };
  // The tour's files, not its history, draft, published manifest or anything hidden; symlinks are not followed.
  // Then the files it names outside its folder (a demo tour's shared models and panoramas), so the copy is whole.
  const fill = async (dir: string) => {
    await cp(sourceDir, dir, {
      recursive: true,
      filter: async (path) => {
        if (path === sourceDir) return true;
        if (basename(path).startsWith('.') || path === join(sourceDir, 'tour.json')) return false;
        return !(await lstat(path)).isSymbolicLink();
      },
    });
    return rewriteJson(source.text, await bringFiles(renamed, from, dir, servedFile(store)));
  };
  return assemble(store, to, rewriteJson(source.text, renamed), author, 'copy', fill);
}

/** Where the app server finds a URL path: /tours/ in CONTENT_DIR, else in the built-in tours; the rest in the built app. */
function servedFile(store: ContentStore): Locate {
  const mayServe = tourFileGuard(store.contentDir);
  return async (urlPath) => {
    let name: string;
    try {
      name = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (name.split('/').some((s) => s.startsWith('.') || s.includes('\0'))) return null;
    const inTours = name.startsWith('/tours/') ? name.slice('/tours'.length) : null;
    if (inTours !== null && (await mayServe(urlPath.slice('/tours'.length)))) return join(store.contentDir, inTours);
    const path = join(store.publicDir, name);
    return isInside(store.publicDir, path) ? path : null;
  };
}
