/**
 * The front door's reading of a request: its Host header and its target, both
 * checked before anything else parses them. A request that fails gets 400 (a
 * bad Host, a target that is not a path, a malformed percent-encoding, a NUL)
 * or 404 (a path segment starting with "."): no handler behind it sees it.
 */
import type { IncomingMessage } from 'node:http';

/** host[:port]: a registered name, IPv4 or [IPv6] literal, and a port of at most 5 digits. */
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._~-]+)(?::\d{1,5})?$/;

/** Whether a Host header can be put in a URL as it is (absent is allowed: HTTP/1.0). */
export function isValidHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  if (!HOST.test(host)) return false;
  try {
    return new URL(`http://${host}/`).host !== '';
  } catch {
    return false;
  }
}

/** A refused target that still parsed as a URL (a malformed percent-encoding) carries it, so a page can still be served for it. */
export type TargetVerdict = { ok: true; url: URL } | { ok: false; status: 400 | 404; reason: string; url?: URL };

/**
 * Parses the request target as the browser did to show the page (WHATWG URL,
 * with `.` and `..` segments resolved). Only origin-form (`/path?query`) and
 * absolute-form (`http://host/path`) are requests for a resource.
 */
export function readTarget(raw: string | undefined): TargetVerdict {
  if (!raw) return { ok: false, status: 400, reason: 'Bad request target' };
  let url: URL;
  try {
    url = raw.startsWith('/') ? new URL(`http://target.invalid${raw}`) : new URL(raw);
  } catch {
    return { ok: false, status: 400, reason: 'Bad request target' };
  }
  if (!/^https?:$/.test(url.protocol)) return { ok: false, status: 400, reason: 'Bad request target' };
  for (const segment of url.pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { ok: false, status: 400, reason: 'Malformed percent-encoding', url };
    }
    if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'Bad request target' };
    // Dotfiles and dot-folders (.env, .git) are never content, here or in TOURS_DIR.
    if (decoded.startsWith('.')) return { ok: false, status: 404, reason: 'Not found' };
  }
  return { ok: true, url };
}

/** Rewrites `req.url` to the parsed path and query, so every handler behind the front door sees what was checked. */
export function normalizeTarget(req: IncomingMessage, url: URL): void {
  req.url = url.pathname + url.search;
}
