/**
 * The checks a session-creating request passes before anything is stored:
 * who may ask (origin, token) and whether the request names a usable host.
 * Pure functions of the request headers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * `Content-Type: application/json` (any parameters). Browsers let any page
 * send a cross-origin `text/plain` POST without asking; a JSON one needs a
 * CORS preflight that we never grant.
 */
export function isJson(headers: IncomingHttpHeaders): boolean {
  return (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Whether the page that sent the request may create sessions. No `Origin`
 * (curl, scripts: no page whose visitor could be abused) is allowed. Ours is
 * PUBLIC_URL's origin when set — behind a proxy the Host we see may be the
 * proxy's — else the request's Host; EMBED_ORIGINS are trusted too.
 */
export function originAllowed(headers: IncomingHttpHeaders, publicUrl: string | undefined, embedOrigins: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (embedOrigins.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin); // "null" (sandboxed frames, file:) fails here
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  if (publicUrl) return url.origin === new URL(publicUrl).origin;
  return headers.host !== undefined && url.host === headers.host.toLowerCase();
}

/** The origin links point at: PUBLIC_URL, else `http://<Host>`; null when Host is not a plain host[:port]. */
export function linkOrigin(headers: IncomingHttpHeaders, publicUrl: string | undefined): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = headers.host;
  if (!host) return null;
  try {
    const url = new URL(`http://${host}`);
    // "a/b", "a?b", "u@a" parse as a host with more: refuse, so links never point somewhere else.
    return url.host === host.toLowerCase() && url.pathname === '/' && !url.username ? url.origin : null;
  } catch {
    return null;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Checks `Authorization: Bearer <token>` against `token`: 'ok', 'missing' or
 * 'wrong'. Hashing first makes the comparison constant-time whatever the lengths.
 */
export function bearerCheck(token: string): (headers: IncomingHttpHeaders) => 'ok' | 'missing' | 'wrong' {
  const expected = digest(token);
  return (headers) => {
    const match = /^Bearer +(\S+) *$/i.exec(headers.authorization ?? '');
    if (!match?.[1]) return 'missing';
    return timingSafeEqual(digest(match[1]), expected) ? 'ok' : 'wrong';
  };
}
