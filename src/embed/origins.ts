/**
 * Which pages may drive an embedded tour: the viewer's own origin, the tour's
 * `embed.origins` and the operator's EMBED_ORIGINS (served by `npm start` at
 * /embed-origins.json). Everything else is ignored without an answer.
 */

/** The origin of a URL-ish string (`https://example.org/`, `https://example.org`), or null. */
export function normalizeOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function isAllowedOrigin(origin: string, self: string, ...lists: readonly (readonly string[] | undefined)[]): boolean {
  if (origin === self) return true;
  return lists.some((list) => list?.some((entry) => normalizeOrigin(entry) === origin) ?? false);
}

/** The operator's list; empty when the page is not served by `npm start` (e.g. `vite dev`). */
export async function fetchOperatorOrigins(base: string): Promise<string[]> {
  try {
    const response = await fetch(new URL('/embed-origins.json', base), { cache: 'no-cache' });
    if (!response.ok) return [];
    const body: unknown = await response.json();
    return Array.isArray(body) ? body.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}
