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
import { replaceFile, syncFolder } from '../live/store/replaceFile';
import { rewriteJson } from './preserveFormat';
import { TOUR_FILE_MODE, tourFolder, versionOf } from './tourFolder';
import { currentText, type ContentStore } from './tourStore';
import { recordVersion } from './versions';

export type CreateResult = { ok: true; id: string; version: string } | { ok: false; reason: 'exists' | 'missing' | 'badId' };

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Builds a tour folder with `fill(folderPath)` and moves it to `<contentDir>/<id>`;
 * `text` becomes its draft and first version.
 */
async function assemble(store: ContentStore, id: string, text: string, author: string, kind: 'create' | 'copy', fill?: (dir: string) => Promise<void>): Promise<CreateResult> {
  const { contentDir } = store;
  if (!tourFolder(contentDir, id)) return { ok: false, reason: 'badId' };
  // A built-in tour of that id would be hidden by the new one: an id collision as well.
  if ((await store.builtIn(id)) || (await exists(join(contentDir, id)))) return { ok: false, reason: 'exists' };
  const staging = join(contentDir, `.new-${id}-${randomBytes(6).toString('hex')}`);
  const folder = tourFolder(staging, id);
  if (!folder) return { ok: false, reason: 'badId' };
  try {
    await mkdir(folder.dir, { recursive: true });
    await fill?.(folder.dir);
    await replaceFile(folder.draft, text, TOUR_FILE_MODE);
    await recordVersion(folder, text, author, kind);
    try {
      await rename(folder.dir, join(contentDir, id));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') return { ok: false, reason: 'exists' };
      throw error;
    }
    await syncFolder(contentDir);
    return { ok: true, id, version: versionOf(text) };
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
  const text = rewriteJson(source.text, renamed);
  // The tour's files, not its history, draft, published manifest or anything hidden; symlinks are not followed.
  const fill = (dir: string) =>
    cp(sourceDir, dir, {
      recursive: true,
      filter: async (path) => {
        if (path === sourceDir) return true;
        if (basename(path).startsWith('.') || path === join(sourceDir, 'tour.json')) return false;
        return !(await lstat(path)).isSymbolicLink();
      },
    });
  return assemble(store, to, text, author, 'copy', fill);
}
