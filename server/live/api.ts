/**
 * `POST /api/live` creates a live session and answers with its links: one
 * short attendee link for everyone and one secret link per speaker (the
 * secret in the fragment, see src/protocol/secretLink.ts). The secrets appear
 * only in this response, never in logs or in the store. Pages of
 * EMBED_ORIGINS get CORS (api/cors.ts). Refusals, in order:
 * 405 method, 415 not JSON, 403 foreign page, 400 bad Host, 429 too many from
 * this address, 401 token, 413/400/404 body, 429 session cap, 503 store down.
 * The handler never rejects: any failure is answered (503 or 500) and logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CreateSessionRequest, type CreateSessionResponse } from '../../src/protocol/live';
import { withSecret } from '../../src/protocol/secretLink';
import { clientAddress } from '../http/clientAddress';
import { createKeyedRateLimit } from '../http/keyedRateLimit';
import { corsHeaders, preflightHeaders } from './api/cors';
import { bearerCheck, isJson, linkOrigin, originAllowed } from './api/checks';
import { CAP_RETRY_AFTER_SECONDS, DEFAULT_CREATE_PER_MINUTE, DEFAULT_MAX_SESSIONS, type ApiLimits } from './api/limits';
import { MAX_BODY, readBody, sendError, sendJson } from './api/respond';
import { hashSecret, newCode, newSecret } from './secrets';
import { isStudioRequest } from '../studio/session';
import type { SessionRecord, SessionStore } from './store';

export interface ApiOptions extends ApiLimits {
  store: SessionStore;
  /** The tour of a session created without one, read per request; null: the site has none. */
  defaultTour(): string | null;
  tourExists(id: string): boolean;
  /** Origin the links point at; default: the request's Host. */
  publicUrl?: string;
  log(line: string): void;
}

/** A rejection from the session store (Redis down, disk failing): answered 503. */
class StoreUnavailable extends Error {}
const fromStore = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw new StoreUnavailable((error as Error)?.message ?? String(error));
  }
};

/** One log line per failure kind per this many ms: a flood against a broken store must not flood the log. */
const LOG_EVERY_MS = 10_000;

/** Handles `/api/*`; answers 404 for API paths it does not know. */
export function createApiHandler(options: ApiOptions) {
  const { store, defaultTour, tourExists, publicUrl, log } = options;
  const embedOrigins = options.embedOrigins ?? [];
  const perMinute = options.createPerMinute ?? DEFAULT_CREATE_PER_MINUTE;
  const maxSessions = options.maxSessions ?? DEFAULT_MAX_SESSIONS;
  const perAddress = perMinute > 0 ? createKeyedRateLimit({ perSecond: perMinute / 60, burst: perMinute }) : null;
  const checkToken = options.createToken ? bearerCheck(options.createToken) : null;
  const loggedAt = new Map<string, number>();
  const logFailure = (kind: string, line: string) => {
    const now = Date.now();
    if (now - (loggedAt.get(kind) ?? -Infinity) < LOG_EVERY_MS) return;
    loggedAt.set(kind, now);
    log(line);
  };

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/api/live') return sendError(res, 404, { error: 'Unknown API path.' });
    if (req.method === 'OPTIONS') {
      if (!req.headers.origin || !embedOrigins.includes(req.headers.origin)) return sendError(res, 403, { error: 'Pages on other sites may not create live sessions here.' }, { Vary: 'Origin' });
      res.writeHead(204, preflightHeaders(req.headers, embedOrigins)).end();
      return;
    }
    for (const [name, value] of Object.entries(corsHeaders(req.headers, embedOrigins))) res.setHeader(name, value);
    if (req.method !== 'POST') return sendError(res, 405, { error: 'Use POST to create a live session.' }, { Allow: 'POST, OPTIONS' });
    if (!isJson(req.headers)) return sendError(res, 415, { error: 'Send the request as JSON, with Content-Type: application/json.' });
    if (!originAllowed(req.headers, publicUrl, embedOrigins)) return sendError(res, 403, { error: 'Pages on other sites may not create live sessions here.' });
    const origin = linkOrigin(req.headers, publicUrl);
    if (!origin) return sendError(res, 400, { error: 'The Host header is not valid.' });
    const wait = perAddress?.take(clientAddress(req, options.trustedProxies ?? 0)) ?? 0;
    if (wait > 0) {
      return sendError(res, 429, { error: `Too many live sessions were created from your address. Try again in ${wait} s.`, limit: 'address' }, { 'Retry-After': String(wait) });
    }
    // A signed-in studio user may start live tours without LIVE_CREATE_TOKEN.
    const token = checkToken?.(req.headers) ?? 'ok';
    if (token !== 'ok' && !isStudioRequest(req)) {
      const error = token === 'missing' ? 'Creating a live session needs an access token.' : 'The access token is not right.';
      return sendError(res, 401, { error, token }, { 'WWW-Authenticate': 'Bearer realm="sitevisit live"' });
    }

    const text = await readBody(req);
    if (text === null) return sendError(res, 413, { error: `The request body is larger than ${MAX_BODY} bytes.` }, { Connection: 'close' });
    let json: unknown = {};
    try {
      if (text.trim()) json = JSON.parse(text);
    } catch {
      return sendError(res, 400, { error: 'The request body is not JSON.' });
    }
    const parsed = CreateSessionRequest.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
      return sendError(res, 400, { error: 'Invalid request.', problems });
    }
    const tour = parsed.data.tour ?? defaultTour();
    if (tour === null) return sendError(res, 400, { error: 'Name the tour: this site has no default tour (tours/index.json).' });
    if (!tourExists(tour)) return sendError(res, 404, { error: `Unknown tour "${tour}".` });
    if (maxSessions > 0 && (await fromStore(() => store.count())) >= maxSessions) {
      logFailure('cap', `live: session cap of ${maxSessions} reached; refusing new sessions`);
      return sendError(res, 429, { error: 'The server has as many live sessions open as it allows. Try again later.', limit: 'sessions' }, { 'Retry-After': String(CAP_RETRY_AFTER_SECONDS) });
    }

    const names = parsed.data.presenters ?? ['Presenter'];
    const speakers = names.map((name, i) => ({ id: `p${i + 1}`, name, secret: newSecret() }));
    let code = newCode();
    const record = (): SessionRecord => ({
      code,
      tour,
      presenters: speakers.map(({ id, name, secret }) => ({ id, name, keyHash: hashSecret(secret) })),
      driver: null,
      state: null,
      pointer: null,
      stateAt: 0,
      touchedAt: Date.now(),
    });
    let attempts = 0;
    while (!(await fromStore(() => store.create(record())))) {
      if (++attempts > 5) return sendError(res, 503, { error: 'Could not allocate a session code.' });
      code = newCode();
    }
    const attendeeUrl = new URL(`/live/${code}`, origin).href;
    const presenters = speakers.map(({ id, name, secret }) => ({ id, name, url: withSecret(attendeeUrl, secret) }));
    const body: CreateSessionResponse = { code, tour, attendeeUrl, presenterUrl: presenters[0]?.url ?? attendeeUrl, presenters };
    log(`live: session ${code} created for tour "${tour}" with ${speakers.length} presenter link(s)`);
    sendJson(res, 201, body);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await create(req, res);
    } catch (error) {
      const unavailable = error instanceof StoreUnavailable;
      // Store messages name connections and files, never secrets (the store holds only their hashes).
      if (unavailable) logFailure('store', `live: the session store is unavailable: ${error.message}`);
      else logFailure('error', `live: ${req.method ?? '?'} /api/live failed: ${(error as Error)?.stack ?? String(error)}`);
      if (res.headersSent) return void res.destroy();
      if (unavailable) sendJson(res, 503, { error: 'live sessions are unavailable' }, { 'Retry-After': '5' });
      else sendError(res, 500, { error: 'The live session could not be created because of an error on the server.' });
    }
  };
}
