/**
 * Who may embed which tour: the tour's own `embed.origins` plus the operator's
 * EMBED_ORIGINS (for all tours). The server needs it for `frame-ancestors`;
 * the viewer needs it to decide whose messages to read (/embed-origins.json).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmbedSettings, Id } from '../src/tour/schema';
import { DEFAULT_TOUR } from '../src/tour/defaultTour';

/** Parses a comma-separated list of origins; throws naming the first that is not one. */
export function parseOrigins(list: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (list ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`"${entry}" is not an origin such as https://partner.example.org`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/** The tour a page URL shows: `/t/<tour>/…`, `?tour=<id>`, or the default tour. */
export function tourOfUrl(url: URL): string {
  const [, prefix, tour] = url.pathname.split('/');
  const named = prefix === 't' ? tour : url.searchParams.get('tour');
  return named && Id.safeParse(named).success ? named : DEFAULT_TOUR;
}

/** Reads `embed.origins` of tour files, re-reading a file only when it changes. */
export function tourOriginsReader(folders: readonly string[]): (tourId: string) => string[] {
  const cache = new Map<string, { mtime: number; origins: string[] }>();
  const read = (file: string): string[] | null => {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    const cached = cache.get(file);
    if (cached?.mtime === mtime) return cached.origins;
    let origins: string[] = [];
    try {
      const settings = EmbedSettings.safeParse((JSON.parse(readFileSync(file, 'utf8')) as { embed?: unknown }).embed ?? {});
      origins = settings.success ? settings.data.origins.map((o) => new URL(o).origin) : [];
    } catch {
      // An unreadable tour allows no one; the viewer reports why it cannot load it.
    }
    cache.set(file, { mtime, origins });
    return origins;
  };
  return (tourId) => {
    for (const folder of folders) {
      const origins = read(join(folder, tourId, 'tour.json'));
      if (origins) return origins;
    }
    return [];
  };
}
