/**
 * Every saved version of a tour, kept in `<id>/.versions/` (never served):
 * `<time>-<version>.json` holds the exact text that was saved and
 * `<time>-<version>.meta.json` who saved it and how. The text is written
 * first, so a version is listed only once it can be restored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { replaceFiles } from '../live/store/replaceFile';
import { TOUR_FILE_MODE, versionOf, type TourFolder } from './tourFolder';

export const VersionKind = z.enum(['draft', 'publish', 'restore', 'create', 'copy']);
export type VersionKind = z.infer<typeof VersionKind>;

const VersionMeta = z.object({ savedAt: z.string(), author: z.string(), kind: VersionKind });

export interface VersionEntry {
  /** The text's version (its ETag); the same text saved twice has the same version. */
  version: string;
  /** ISO time of the save. */
  savedAt: string;
  author: string;
  kind: VersionKind;
}

const NAME = /^(\d{13})-([A-Za-z0-9_-]{22})\.meta\.json$/;

/** The files that keep `text` as a version (the text first, then who saved it), to be written in that order. */
export function versionFiles(folder: TourFolder, text: string, author: string, kind: VersionKind, now = Date.now()): { entry: VersionEntry; files: { file: string; text: string; mode: number }[] } {
  const version = versionOf(text);
  const stem = join(folder.versionsDir, `${String(now).padStart(13, '0')}-${version}`);
  const entry: VersionEntry = { version, savedAt: new Date(now).toISOString(), author, kind };
  return {
    entry,
    files: [
      { file: `${stem}.json`, text, mode: TOUR_FILE_MODE },
      { file: `${stem}.meta.json`, text: `${JSON.stringify({ savedAt: entry.savedAt, author, kind })}\n`, mode: TOUR_FILE_MODE },
    ],
  };
}

/** Keeps `text` as a version of the tour. */
export async function recordVersion(folder: TourFolder, text: string, author: string, kind: VersionKind, now = Date.now()): Promise<VersionEntry> {
  const { entry, files } = versionFiles(folder, text, author, kind, now);
  await replaceFiles(files);
  return entry;
}

/** Newest first; unreadable entries are left out. */
export async function listVersions(folder: TourFolder): Promise<VersionEntry[]> {
  const names = await readdir(folder.versionsDir).catch(() => [] as string[]);
  const stems = names.map((n) => NAME.exec(n)).filter((m): m is RegExpExecArray => m !== null).sort((a, b) => b[0].localeCompare(a[0]));
  const entries = await Promise.all(
    stems.map(async ([name, , version]) => {
      try {
        const meta = VersionMeta.parse(JSON.parse(await readFile(join(folder.versionsDir, name), 'utf8')));
        return { version: version as string, ...meta };
      } catch {
        return null;
      }
    }),
  );
  return entries.filter((e): e is VersionEntry => e !== null);
}

/** The text of `version` (its newest copy); null when there is none. */
export async function readVersion(folder: TourFolder, version: string): Promise<string | null> {
  const names = await readdir(folder.versionsDir).catch(() => [] as string[]);
  const match = names.filter((n) => n.endsWith(`-${version}.json`) && /^\d{13}-/.test(n)).sort().pop();
  if (!match) return null;
  const text = await readFile(join(folder.versionsDir, match), 'utf8').catch(() => null);
  // A file that does not hash to its name is not that version.
  return text !== null && versionOf(text) === version ? text : null;
}
