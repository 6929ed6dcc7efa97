/**
 * Reading and saving the tours of CONTENT_DIR: the draft, publishing it,
 * restoring a version. Each save carries the version it was based on
 * (If-Match); the check and the atomic rename happen under the tour's
 * cross-process lock, so a save based on an old version is refused with the
 * current text instead of silently overwriting it. The version is the text's
 * hash, so "still at version v" means "still exactly the text the save was
 * computed from".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../src/tour/problems';
import { replaceFiles } from '../live/store/replaceFile';
import { checkTourFile } from '../../cli/checkTourFile';
import { withLock } from './lock';
import { rewriteJson } from './preserveFormat';
import { TOUR_FILE_MODE, tourFolder, versionOf, type TourFolder } from './tourFolder';
import { readVersion, versionFiles, type VersionKind } from './versions';

export interface TourText {
  text: string;
  version: string;
  /** Where the text comes from: the draft, the published tour (no draft), or a built-in tour (read-only). */
  source: 'draft' | 'published' | 'builtIn';
}

export type WriteResult =
  | { ok: true; version: string }
  | { ok: false; reason: 'missing' | 'builtIn' }
  | { ok: false; reason: 'stale'; version: string; text: string }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

const readText = (file: string) => readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
  throw error;
});

/** The draft, else the published tour: what the studio edits. */
export async function currentText(folder: TourFolder): Promise<TourText | null> {
  const draft = await readText(folder.draft);
  if (draft !== null) return { text: draft, version: versionOf(draft), source: 'draft' };
  const published = await readText(folder.published);
  return published === null ? null : { text: published, version: versionOf(published), source: 'published' };
}

export interface ContentStoreOptions {
  contentDir: string;
  /** The built app's tours (dist/tours): opened read-only, saved as a copy. */
  builtInDir: string;
  /** Where root-relative asset paths (`/models/…`) are looked for when validating: the built app. */
  publicDir: string;
}

export function createContentStore({ contentDir, builtInDir, publicDir }: ContentStoreOptions) {
  const builtIn = async (id: string): Promise<TourText | null> => {
    const folder = tourFolder(builtInDir, id);
    const text = folder && (await readText(folder.published));
    return text ? { text, version: versionOf(text), source: 'builtIn' } : null;
  };

  /**
   * The work of a save, in two steps: `prepare` (outside the lock: the CPU-heavy part, such as
   * rewriting the text or validating it) from the text of version `ifMatch`, then the returned
   * `commit` under the lock, only while the tour is still at that version. A lock must never be
   * held across long synchronous work: its holder could not keep it fresh, and others would take it.
   */
  const guarded = async (id: string, ifMatch: string | null, prepare: (folder: TourFolder, current: TourText) => Promise<WriteResult | { commit: () => Promise<WriteResult> }>): Promise<WriteResult> => {
    const folder = tourFolder(contentDir, id);
    if (!folder) return { ok: false, reason: 'missing' };
    const base = await currentText(folder);
    if (base === null) return { ok: false, reason: (await builtIn(id)) ? 'builtIn' : 'missing' };
    if (ifMatch !== null && base.version !== ifMatch) return { ok: false, reason: 'stale', version: base.version, text: base.text };
    const prepared = await prepare(folder, base);
    if (!('commit' in prepared)) return prepared;
    return withLock(folder.lockTarget, async (): Promise<WriteResult> => {
      const current = await currentText(folder);
      if (!current) return { ok: false, reason: 'missing' };
      if (ifMatch !== null && current.version !== base.version) return { ok: false, reason: 'stale', version: current.version, text: current.text };
      return prepared.commit();
    });
  };

  /** The tour file and its version, written together (each atomically; the tour file renamed first). */
  const writeWithVersion = async (folder: TourFolder, file: string, text: string, author: string, kind: VersionKind): Promise<WriteResult> => {
    const { entry, files } = versionFiles(folder, text, author, kind);
    await replaceFiles([{ file, text, mode: TOUR_FILE_MODE }, ...files]);
    return { ok: true, version: entry.version };
  };
  const writeDraft = (folder: TourFolder, text: string, author: string, kind: 'draft' | 'restore') => writeWithVersion(folder, folder.draft, text, author, kind);

  return {
    /** The tour the studio opens: a content tour's draft or published text, else a built-in tour. */
    async read(id: string): Promise<TourText | null> {
      const folder = tourFolder(contentDir, id);
      if (!folder) return null;
      return (await currentText(folder)) ?? builtIn(id);
    },

    /** Saves the edited tour as the draft, keeping the original text of every untouched value. */
    saveDraft(id: string, ifMatch: string, edited: object, author: string): Promise<WriteResult> {
      return guarded(id, ifMatch, async (folder, base) => {
        const text = rewriteJson(base.text, edited);
        // Nothing changed: no new version, and the file is left alone.
        if (text === base.text) return { ok: true, version: base.version };
        return { commit: () => writeDraft(folder, text, author, 'draft') };
      });
    },

    /** Makes the draft public, refused while `npx sitevisit validate`'s checks find errors. */
    publish(id: string, ifMatch: string, author: string): Promise<WriteResult> {
      return guarded(id, ifMatch, async (folder, base) => {
        const problems = await checkTourFile(base.text, folder.published, publicDir);
        if (problems.some((p) => p.severity === 'error')) return { ok: false, reason: 'invalid', problems };
        return {
          commit: () => writeWithVersion(folder, folder.published, base.text, author, 'publish'),
        };
      });
    },

    /** Makes an earlier version the draft again (a new version itself). `ifMatch` null: whatever the draft is now. */
    restore(id: string, version: string, ifMatch: string | null, author: string): Promise<WriteResult> {
      return guarded(id, ifMatch, async (folder) => {
        const text = await readVersion(folder, version);
        if (text === null) return { ok: false, reason: 'missing' };
        return { commit: () => writeDraft(folder, text, author, 'restore') };
      });
    },

    /** Problems of a tour text as the studio lists them (schema, references, files next to the published tour). */
    problems(id: string, text: string): Promise<Problem[]> {
      return checkTourFile(text, join(contentDir, id, 'tour.json'), publicDir);
    },

    builtIn,
    contentDir,
    builtInDir,
    publicDir,
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;
