/**
 * `POST /api/live` when something behind it fails: a session store that
 * really fails (Redis on a port nobody listens on; a store file whose folder
 * cannot exist) is answered 503 in plain words, any other failure 500, and
 * the server goes on serving. Vitest fails the run on any unhandled rejection.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { json, post } from './apiRequest';
import { startServer, type TestServer } from './helpers';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

/** A loopback port that was free a moment ago and is closed now. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const unavailable = { error: 'live sessions are unavailable' };

describe('POST /api/live when the store fails', () => {
  it('answers 503 while Redis cannot be reached, and keeps serving', async () => {
    server = await startServer({ redisUrl: `redis://127.0.0.1:${await closedPort()}` });
    for (let i = 0; i < 2; i++) {
      const answer = await post(server.url, json);
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual(unavailable);
      expect(answer.headers['retry-after']).toBe('5');
    }
    // Refusals that need no store still come at once.
    expect((await post(server.url, { 'Content-Type': 'text/plain' })).status).toBe(415);
    // Logged once, not once per request.
    expect(server.logs.filter((l) => l.startsWith('live: the session store is unavailable')).length).toBe(1);
  }, 20_000);

  it('answers 503 when the store file cannot be written, and keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitevisit-api-'));
    // A folder that cannot exist, even for root: its parent is a file.
    writeFileSync(join(dir, 'not-a-folder'), '');
    server = await startServer({ storeFile: join(dir, 'not-a-folder', 'sessions.json') });
    const answer = await post(server.url, json);
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual(unavailable);
    expect((await post(server.url, json, '{"tour":"nope"}')).status).toBe(404);
  });
});

describe('POST /api/live on any other failure', () => {
  it('answers 500 with a JSON reason, logs it, and keeps serving', async () => {
    server = await startServer({
      tourExists: (id) => {
        if (id === 'other') throw new Error('tour folder unreadable');
        return id === 'processum';
      },
    });
    const answer = await post(server.url, json, '{"tour":"other"}');
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: 'The live session could not be created because of an error on the server.' });
    expect(server.logs.some((l) => l.includes('tour folder unreadable'))).toBe(true);
    expect((await post(server.url, json)).status).toBe(201);
  });
});
