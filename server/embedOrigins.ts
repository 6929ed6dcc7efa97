/**
 * Who may embed which tour: the tour's own `embed.origins` plus the operator's
 * EMBED_ORIGINS (for all tours). The server needs it for `frame-ancestors`;
 * the viewer needs it to decide whose messages to read (/embed-origins.json).
 */
import { join } from 'node:path';
import { EmbedSettings, Id } from '../src/tour/schema';
import { changedFileReader } from './changedFile';

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

/** A path segment as the client decodes it (src/deeplink/codec.ts): malformed escapes stay as they are. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The tour a page URL shows, read by the client's rule (src/deeplink/codec.ts
 * `decodeLink`, src/app/boot.ts): `/t/<tour>/…` with the segment
 * percent-decoded, else `?tour=<id>`; a URL that names no tour shows the
 * site's default tour (`defaultTour`, from tours/index.json). Null when it names something that is not a valid tour id: the
 * client then falls back to the default tour, but the page gets no tour's
 * embedders (`/t/%73ecret` is tour `secret`, and must not borrow the default
 * tour's list). Live pages (`/live/<code>`) show their session's tour: see embedRoutes.ts.
 */
export function tourOfUrl(url: URL, defaultTour: () => string | null): string | null {
  const [, prefix, tourPart] = url.pathname.split('/');
  const named = prefix === 't' ? (tourPart ? decodeSegment(tourPart) : null) : url.searchParams.get('tour');
  if (named === null || named === '') return defaultTour();
  return Id.safeParse(named).success ? named : null;
}

/** Reads `embed.origins` of tour files, re-reading a file only when it changes. */
export function tourOriginsReader(folders: readonly string[]): (tourId: string) => string[] {
  // An unreadable tour allows no one; the viewer reports why it cannot load it.
  const read = changedFileReader((text) => {
    const settings = EmbedSettings.safeParse((JSON.parse(text) as { embed?: unknown }).embed ?? {});
    return settings.success ? settings.data.origins.map((o) => new URL(o).origin) : [];
  }, []);
  return (tourId) => {
    for (const folder of folders) {
      const origins = read(join(folder, tourId, 'tour.json'));
      if (origins) return origins;
    }
    return [];
  };
}
