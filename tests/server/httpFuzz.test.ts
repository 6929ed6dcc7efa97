/**
 * The HTTP fuzz: thousands of generated requests (malformed and conflicting
 * ranges, hosts, methods, paths, headers, bodies, truncated and pipelined
 * requests) on raw sockets to the server `npm start` runs. It fails on any
 * exit, any 5xx, any logged stray failure, and any answer holding one of the
 * planted secrets; afterwards the same process still serves the app, a
 * model and the API, and a live session opened before the fuzz still follows.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, panorama, type Client } from '../live/helpers';
import { fuzzRequest } from './fuzzRequests';
import { npmStart, type StartedServer } from './npmStart';
import { body, sendRaw } from './rawHttp';

const REQUESTS = 2000;
const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sitevisit-fuzz-'));
const tours = join(work, 'tours');
const distX = join(repo, 'dist-x');
const createdDistX = !existsSync(distX);
const MARKERS = { distX: 'FUZZ-MARKER-DIST-X-4b1f', aboveTours: 'FUZZ-MARKER-ABOVE-TOURS-6c2e', toursEnv: 'FUZZ-MARKER-TOURS-ENV-9a7d', symlink: 'FUZZ-MARKER-SYMLINK-3e58' };
/** Loopback address of the checks after the fuzz, so per-address limits the fuzz ran into do not answer them. */
const CHECKER = '127.0.0.3';
let server: StartedServer;
const clients: Client[] = [];

const keyOf = (link: string) => {
  const url = new URL(link);
  return url.searchParams.get('key') ?? new URLSearchParams(url.hash.slice(1)).get('key') ?? '';
};

const createSession = async () => {
  const json = '{"tour":"processum"}';
  const response = await sendRaw(server.port, `POST /api/live HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${json.length}\r\nConnection: close\r\n\r\n${json}`, { halfClose: false, localAddress: CHECKER });
  return { status: response.statuses[0], session: response.statuses[0] === 201 ? (JSON.parse(body(response)) as { code: string; presenterUrl: string }) : null };
};

beforeAll(async () => {
  mkdirSync(join(tours, '.git'), { recursive: true });
  writeFileSync(join(work, 'secret.json'), MARKERS.aboveTours);
  writeFileSync(join(work, 'outside.json'), MARKERS.symlink);
  writeFileSync(join(tours, '.env'), MARKERS.toursEnv);
  writeFileSync(join(tours, '.git', 'config'), MARKERS.toursEnv);
  symlinkSync(join(work, 'outside.json'), join(tours, 'leak.json'));
  symlinkSync(work, join(tours, 'up'));
  mkdirSync(distX, { recursive: true });
  writeFileSync(join(distX, 'secret.json'), MARKERS.distX);
  // A first run builds dist/ (about a minute here); later ones reuse it.
  server = await npmStart(repo, { TOURS_DIR: tours, LIVE_STORE_FILE: join(work, 'live.json') }, 400_000);
}, 420_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
  if (createdDistX) rmSync(distX, { recursive: true, force: true });
  else rmSync(join(distX, 'secret.json'), { force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('HTTP fuzz on npm start', () => {
  it(`survives ${REQUESTS} generated requests and still serves everything`, { timeout: 240_000 }, async () => {
    const { session } = await createSession();
    expect(session).not.toBeNull();
    const presenter = connect(`http://127.0.0.1:${server.port}`, session!.code, keyOf(session!.presenterUrl));
    const attendee = connect(`http://127.0.0.1:${server.port}`, session!.code);
    clients.push(presenter, attendee);
    await Promise.all([presenter.next('welcome'), attendee.next('welcome')]);
    const pid = server.child.pid;

    let sent = 0;
    const unanswered: string[] = [];
    const statuses = new Map<string, number>();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fuzzRequest(`127.0.0.1:${server.port}`), async (request) => {
        sent++;
        const response = await sendRaw(server.port, request.bytes, { timeoutMs: 5000 });
        if (response.timedOut) unanswered.push(request.summary);
        const first = String(response.statuses[0] ?? 'closed');
        statuses.set(first, (statuses.get(first) ?? 0) + 1);
        const leaked = Object.values(MARKERS).filter((m) => response.text.includes(m));
        if (leaked.length > 0) throw new Error(`leaked ${leaked.join(', ')} for ${request.summary}`);
        const failed = response.statuses.filter((s) => s >= 500);
        if (failed.length > 0) throw new Error(`${failed.join(', ')} for ${request.summary}:\n${response.text.slice(0, 300)}`);
        if (server.exited) throw new Error(`the server exited (${server.exited}) after ${request.summary}`);
      }),
      { numRuns: REQUESTS, endOnFailure: true },
    );
    console.log(`HTTP fuzz: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${unanswered.length} neither answered nor closed within 5 s; first statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(unanswered).toEqual([]);

    // The same process, never exited, still serves the app, a model, the API and the live session.
    expect(server.exited).toBeNull();
    expect(pid).toBeDefined();
    expect(() => process.kill(pid!, 0)).not.toThrow();
    const get = (path: string) => sendRaw(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`, { halfClose: false, localAddress: CHECKER });
    const page = await get('/');
    expect(page.statuses).toEqual([200]);
    expect(page.text).toContain('<div id="root"');
    const model = await get('/models/pilot-hall.glb');
    expect(model.statuses).toEqual([200]);
    expect(body(model).startsWith('glTF')).toBe(true);
    expect((await createSession()).status).toBe(201);
    presenter.send({ type: 'state', state: panorama(42), sentAt: 1 });
    expect((await attendee.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 42)).state).toEqual(panorama(42));
    const strays = server.output().split('\n').filter((l) => /Unhandled rejection|Uncaught exception/.test(l));
    expect(strays).toEqual([]);
  });
});
