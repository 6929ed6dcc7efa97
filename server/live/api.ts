/**
 * `POST /api/live` creates a live session and answers with its links: one
 * short attendee link for everyone and one secret link per speaker. The
 * secrets appear only in this response, never in logs or in the store.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CreateSessionRequest, type CreateSessionResponse } from '../../src/protocol/live';
import { hashSecret, newCode, newSecret } from './secrets';
import type { SessionStore } from './store';

export interface ApiOptions {
  store: SessionStore;
  defaultTour: string;
  tourExists(id: string): boolean;
  /** Origin the links point at; default: the request's Host. */
  publicUrl?: string;
  log(line: string): void;
}

const MAX_BODY = 4096;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Answer now and drop the rest unread; the connection closes after the answer.
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

/** Handles `/api/*`; answers 404 for API paths it does not know. */
export function createApiHandler({ store, defaultTour, tourExists, publicUrl, log }: ApiOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/api/live') return sendJson(res, 404, { error: 'Unknown API path.' });
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { error: 'Use POST to create a live session.' });
    }
    const text = await readBody(req);
    if (text === null) res.setHeader('Connection', 'close');
    if (text === null) return sendJson(res, 413, { error: `The request body is larger than ${MAX_BODY} bytes.` });
    let json: unknown = {};
    try {
      if (text.trim()) json = JSON.parse(text);
    } catch {
      return sendJson(res, 400, { error: 'The request body is not JSON.' });
    }
    const parsed = CreateSessionRequest.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
      return sendJson(res, 400, { error: 'Invalid request.', problems });
    }
    const tour = parsed.data.tour ?? defaultTour;
    if (!tourExists(tour)) return sendJson(res, 404, { error: `Unknown tour "${tour}".` });

    const names = parsed.data.presenters ?? ['Presenter'];
    const speakers = names.map((name, i) => ({ id: `p${i + 1}`, name, secret: newSecret() }));
    let code = newCode();
    const record = () => ({
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
    while (!(await store.create(record()))) {
      if (++attempts > 5) return sendJson(res, 503, { error: 'Could not allocate a session code.' });
      code = newCode();
    }
    const origin = publicUrl ?? `http://${req.headers.host ?? 'localhost'}`;
    const attendeeUrl = new URL(`/live/${code}`, origin).href;
    const presenters = speakers.map(({ id, name, secret }) => ({ id, name, url: `${attendeeUrl}?key=${secret}` }));
    const body: CreateSessionResponse = { code, tour, attendeeUrl, presenterUrl: presenters[0]?.url ?? attendeeUrl, presenters };
    log(`live: session ${code} created for tour "${tour}" with ${speakers.length} presenter link(s)`);
    sendJson(res, 201, body);
  };
}
