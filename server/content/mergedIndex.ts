/**
 * `/tours/index.json` as the viewer's tour menu and `/tours` page read it,
 * merged at request time so a tour published from the studio appears at once:
 * the published tours of CONTENT_DIR ahead of the built-in tours of the app.
 * An operator's own CONTENT_DIR/index.json stays what it was (the list, in
 * place of the built-in one); the tours the studio made are added after it.
 * The default tour stays what the server's default-tour reader says, so
 * publishing a tour never changes what `/` opens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TourIndex, type TourIndexEntry } from '../../src/tour/tourIndex';
import { changedFileReader } from '../changedFile';
import { publishedEntry, tourIds } from './tourList';

export function mergedTourIndex(contentDir: string, builtInDir: string, defaultTour: () => string | null): () => Promise<TourIndex> {
  const readIndex = changedFileReader((text) => {
    const parsed = TourIndex.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  }, null);
  return async () => {
    // An operator's own index is their list, as before the studio: it still replaces the built-in one.
    const own = readIndex(join(contentDir, 'index.json'));
    const tours: TourIndexEntry[] = [...(own?.tours ?? [])];
    const seen = new Set(tours.map((t) => t.id));
    const add = (entry: TourIndexEntry | null) => {
      if (entry && !seen.has(entry.id)) {
        seen.add(entry.id);
        tours.push(entry);
      }
    };
    // Beside an operator's list, only the tours the studio made (they have a history) join it.
    const ids = await tourIds(contentDir);
    const listed = own ? await filterAsync(ids, (id) => isStudioTour(contentDir, id)) : ids;
    for (const entry of await Promise.all(listed.map((id) => publishedEntry(contentDir, id)))) add(entry);
    if (!own) for (const entry of readIndex(join(builtInDir, 'index.json'))?.tours ?? []) add(entry);
    const chosen = defaultTour();
    return { ...(chosen ? { default: chosen } : {}), tours };
  };
}

const filterAsync = async <T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> => {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
};

const isStudioTour = (contentDir: string, id: string) => stat(join(contentDir, id, '.versions')).then((s) => s.isDirectory(), () => false);

/** Answers GET/HEAD `/tours/index.json` with the merged index. */
export async function serveMergedIndex(req: IncomingMessage, res: ServerResponse, index: () => Promise<TourIndex>): Promise<void> {
  const body = JSON.stringify(await index(), null, 2);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
