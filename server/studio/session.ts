/**
 * Who may use the studio. With STUDIO_TOKEN set, whoever posts that token gets
 * a session cookie signed with a key derived from it, so every process that
 * shares the token accepts the cookie. Without it, the process makes a random
 * sign-in token at start (printed as a link, as Jupyter does) and a random
 * signing key, so its sessions end with it. The cookie is HttpOnly and
 * SameSite=Strict: pages of other sites can neither read nor send it.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE_NAME = 'sitevisit_studio';
/** A session lasts a working day; signing in again is one pasted token. */
export const SESSION_SECONDS = 12 * 3600;
/** Longer author names are cut (they are shown in History). */
const MAX_AUTHOR = 80;

export interface StudioAccess {
  /** The token that signs in: STUDIO_TOKEN, or the one this process made. */
  readonly token: string;
  /** Whether the token was made by this process (no STUDIO_TOKEN): it is printed as a sign-in link. */
  readonly generated: boolean;
  readonly key: Buffer;
}

/** The access of this server: from STUDIO_TOKEN, else a fresh random token and key. */
export function createStudioAccess(studioToken: string | undefined): StudioAccess {
  if (studioToken) {
    const key = Buffer.from(hkdfSync('sha256', studioToken, 'sitevisit studio', 'session cookie v1', 32));
    return { token: studioToken, generated: false, key };
  }
  return { token: randomBytes(24).toString('base64url'), generated: true, key: randomBytes(32) };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether `token` is the sign-in token, compared in constant time whatever the lengths. */
export const tokenMatches = (access: StudioAccess, token: string): boolean => timingSafeEqual(digest(token), digest(access.token));

const sign = (access: StudioAccess, payload: string) => createHmac('sha256', access.key).update(payload).digest('base64url');

/** The cookie's value: who signed in and until when, and the signature over both. */
export function sessionValue(access: StudioAccess, author: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ a: author.slice(0, MAX_AUTHOR), x: Math.floor(now / 1000) + SESSION_SECONDS })).toString('base64url');
  return `${payload}.${sign(access, payload)}`;
}

/** The `Set-Cookie` header that signs in (`value`) or out (null). */
export function sessionCookie(value: string | null, secure: boolean): string {
  const parts = [`${COOKIE_NAME}=${value ?? ''}`, 'HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${value ? SESSION_SECONDS : 0}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

function cookieOf(req: Pick<IncomingMessage, 'headers'>): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE_NAME) return rest.join('=');
  }
  return null;
}

/** The author of a valid session cookie on `req`; null without one. */
export function sessionAuthor(access: StudioAccess, req: Pick<IncomingMessage, 'headers'>, now = Date.now()): string | null {
  const value = cookieOf(req);
  const [payload, signature, extra] = (value ?? '').split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(access, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { a, x } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { a?: unknown; x?: unknown };
    if (typeof a !== 'string' || typeof x !== 'number' || x * 1000 <= now) return null;
    return a;
  } catch {
    return null;
  }
}

let installed: StudioAccess | null = null;

/** Makes `access` the one `isStudioRequest` checks (the server does this once at start). */
export function installStudioAccess(access: StudioAccess | null): void {
  installed = access;
}

/**
 * Whether `req` carries a valid studio session: a signed-in studio user may
 * also start live tours (and schedule visits) without any other token.
 */
export function isStudioRequest(req: Pick<IncomingMessage, 'headers'>): boolean {
  return installed !== null && sessionAuthor(installed, req) !== null;
}
