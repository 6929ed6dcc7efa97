/**
 * The two checks every studio API request passes first: the page that sent it
 * is ours (403 otherwise; a state-changing request must say so with `Origin`,
 * which browsers always send on POST/PUT/DELETE), and it carries a studio
 * session (401 otherwise).
 */
import type { IncomingMessage } from 'node:http';
import { originAllowed } from '../live/api/checks';
import { sessionAuthor, type StudioAccess } from './session';

export type GuardResult = { ok: true; author: string } | { ok: false; status: 403 | 401; error: string; code: string };

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Whether the request comes from a page of this site (PUBLIC_URL's origin, else the request's Host). */
export function fromOwnPage(req: Pick<IncomingMessage, 'headers' | 'method'>, publicUrl: string | undefined): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return false;
  if (req.headers.origin === undefined) return SAFE_METHODS.has(req.method ?? 'GET');
  return originAllowed(req.headers, publicUrl, []);
}

export function guardStudioRequest(req: Pick<IncomingMessage, 'headers' | 'method'>, access: StudioAccess, publicUrl: string | undefined): GuardResult {
  if (!fromOwnPage(req, publicUrl)) return { ok: false, status: 403, error: 'Pages on other sites may not use the studio.', code: 'foreign-origin' };
  const author = sessionAuthor(access, req);
  if (author === null) return { ok: false, status: 401, error: 'Sign in to the studio first.', code: 'sign-in' };
  return { ok: true, author };
}
