/**
 * `/api/studio/session`: sign in with the studio token (POST), ask whether
 * signed in (GET), sign out (DELETE). Wrong tokens are limited per client
 * address, so the token cannot be guessed by trying.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../http/clientAddress';
import { createKeyedRateLimit } from '../http/keyedRateLimit';
import { readBody, sendJson } from '../live/api/respond';
import { fromOwnPage } from './guard';
import { sessionAuthor, sessionCookie, sessionValue, tokenMatches, type StudioAccess } from './session';

/** Sign-in attempts per client address: 10 at once, then one every 6 s. */
const ATTEMPTS = { perSecond: 1 / 6, burst: 10 };

export interface SessionRouteOptions {
  access: StudioAccess;
  publicUrl?: string;
  trustedProxies?: number;
}

export function sessionRoutes({ access, publicUrl, trustedProxies = 0 }: SessionRouteOptions) {
  const attempts = createKeyedRateLimit(ATTEMPTS);
  const secure = publicUrl?.startsWith('https:') ?? false;

  return async function handleSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromOwnPage(req, publicUrl)) return sendJson(res, 403, { error: 'Pages on other sites may not use the studio.', code: 'foreign-origin' });
    if (req.method === 'GET') {
      const author = sessionAuthor(access, req);
      return author === null ? sendJson(res, 401, { signedIn: false, error: 'Sign in to the studio first.', code: 'sign-in' }) : sendJson(res, 200, { signedIn: true, author });
    }
    if (req.method === 'DELETE') {
      res.writeHead(204, { 'Set-Cookie': sessionCookie(null, secure), 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'Use POST to sign in, DELETE to sign out.', code: 'wrong-method' }, { Allow: 'GET, POST, DELETE' });
    const wait = attempts.take(clientAddress(req, trustedProxies));
    if (wait > 0) return sendJson(res, 429, { error: `Too many sign-in attempts. Try again in ${wait} s.`, code: 'too-many-attempts', seconds: wait }, { 'Retry-After': String(wait) });
    const text = await readBody(req);
    let body: { token?: unknown; name?: unknown } = {};
    try {
      body = JSON.parse(text ?? '') as typeof body;
    } catch {
      // Answered below: no token.
    }
    if (typeof body?.token !== 'string' || !tokenMatches(access, body.token)) return sendJson(res, 401, { error: 'That is not the studio token.', code: 'wrong-token' });
    const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim() : 'studio';
    res.writeHead(204, { 'Set-Cookie': sessionCookie(sessionValue(access, name), secure), 'Cache-Control': 'no-store' }).end();
  };
}
