/**
 * What CONTENT_DIR holds, read at request time: the studio's tour list, and
 * the entries `/tours/index.json` adds ahead of the built-in ones. A tour's
 * manifest is parsed again only when it changed (its mtime and size).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { TourIndexEntry } from '../../src/tour/tourIndex';
import { currentText, type ContentStore } from './tourStore';
import { isTourId, tourFolder } from './tourFolder';

export interface StudioTourSummary {
  id: string;
  title: unknown;
  languages: string[];
  builtIn: boolean;
  published: boolean;
  hasDraft: boolean;
  version: string | null;
  updatedAt: string | null;
}

const objectOf = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const languagesOf = (tour: Record<string, unknown>): string[] =>
  Array.isArray(tour.languages) ? tour.languages.filter((l): l is string => typeof l === 'string') : typeof tour.defaultLanguage === 'string' ? [tour.defaultLanguage] : ['en'];

/** Folder names in `dir` that are tour ids (dot folders, staging folders and files are not). */
export async function tourIds(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && isTourId(e.name)).map((e) => e.name).sort();
}

/** Content tours first, then the built-in tours they do not replace. */
export async function listStudioTours(store: ContentStore): Promise<StudioTourSummary[]> {
  const content = await Promise.all(
    (await tourIds(store.contentDir)).map(async (id): Promise<StudioTourSummary | null> => {
      const folder = tourFolder(store.contentDir, id);
      const current = folder && (await currentText(folder));
      if (!folder || !current) return null;
      const published = await readFile(folder.published, 'utf8').catch(() => null);
      const tour = objectOf(current.text);
      const updatedAt = await stat(current.source === 'draft' ? folder.draft : folder.published).then((s) => s.mtime.toISOString(), () => null);
      return { id, title: tour.title ?? id, languages: languagesOf(tour), builtIn: false, published: published !== null, hasDraft: current.source === 'draft' && current.text !== published, version: current.version, updatedAt };
    }),
  );
  const listed = content.filter((t): t is StudioTourSummary => t !== null);
  const taken = new Set(listed.map((t) => t.id));
  const builtIn = await Promise.all(
    (await tourIds(store.builtInDir)).filter((id) => !taken.has(id)).map(async (id): Promise<StudioTourSummary | null> => {
      const tour = await store.builtIn(id);
      if (!tour) return null;
      const parsed = objectOf(tour.text);
      return { id, title: parsed.title ?? id, languages: languagesOf(parsed), builtIn: true, published: true, hasDraft: false, version: tour.version, updatedAt: null };
    }),
  );
  return [...listed, ...builtIn.filter((t): t is StudioTourSummary => t !== null)];
}

const entryCache = new Map<string, { stamp: string; entry: TourIndexEntry | null }>();

/** The index entry of a published content tour: its id, title, description, scene count, and thumbnail when it has one. */
export async function publishedEntry(contentDir: string, id: string): Promise<TourIndexEntry | null> {
  const folder = tourFolder(contentDir, id);
  if (!folder) return null;
  const info = await stat(folder.published).catch(() => null);
  if (!info?.isFile()) return null;
  const thumbnail = await stat(`${folder.dir}/thumbnail.jpg`).then((s) => s.isFile(), () => false);
  const stamp = `${info.mtimeMs}:${info.size}:${thumbnail}`;
  const cached = entryCache.get(folder.published);
  if (cached?.stamp === stamp) return cached.entry;
  const tour = objectOf(await readFile(folder.published, 'utf8').catch(() => ''));
  const parsed = TourIndexEntry.safeParse({
    id,
    title: tour.title ?? id,
    ...(tour.description !== undefined ? { description: tour.description } : {}),
    ...(thumbnail ? { thumbnail: `${id}/thumbnail.jpg` } : {}),
    ...(Array.isArray(tour.scenes) && tour.scenes.length > 0 ? { scenes: tour.scenes.length } : {}),
  });
  const entry = parsed.success ? parsed.data : null;
  entryCache.set(folder.published, { stamp, entry });
  return entry;
}
