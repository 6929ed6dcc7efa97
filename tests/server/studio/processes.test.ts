/**
 * The studio on real servers started as users start them (`npm start`):
 * two processes on one CONTENT_DIR racing saves based on the same version
 * (exactly one wins each time), a process killed (SIGKILL) in the middle of
 * saving a large tour (after the restart the draft is the old or the new
 * version, complete), the one-time sign-in link printed without STUDIO_TOKEN,
 * and no start with REDIS_URL but no STUDIO_TOKEN.
 */
import { mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type StartedServer } from '../npmStart';

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'sitevisit-studio-processes-'));
const content = join(work, 'content', 'tours');
const TOKEN = 'studio-processes-test-token-5e1f';
const started: StartedServer[] = [];
// The first start builds dist/ when it is stale (once, for every test here); later starts take seconds.
beforeAll(async () => {
  const first = await start({ STUDIO_TOKEN: TOKEN });
  await first.stop();
}, 900_000);
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(work, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<StartedServer> {
  const server = await npmStart(repo, { CONTENT_DIR: content, LIVE_STORE_FILE: 'none', ...env }, 600_000);
  started.push(server);
  return server;
}

const client = (server: StartedServer) => {
  const base = `http://127.0.0.1:${server.port}`;
  let cookie = '';
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { origin: base, 'content-type': 'application/json', cookie, ...(init.headers as Record<string, string>) } });
  return {
    call,
    async signIn(token = TOKEN) {
      const response = await call('/api/studio/session', { method: 'POST', body: JSON.stringify({ token, name: `port ${server.port}` }) });
      expect(response.status).toBe(204);
      cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    async draft(id: string) {
      const response = await call(`/api/studio/tours/${id}/draft`);
      return { etag: response.headers.get('etag') ?? '', tour: (await response.json()) as Record<string, unknown> & { scenes: { hotspots: unknown[] }[] } };
    },
    put: (id: string, etag: string, tour: unknown) => call(`/api/studio/tours/${id}/draft`, { method: 'PUT', headers: { 'if-match': etag }, body: JSON.stringify(tour) }),
  };
};

const hotspots = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: `h${i}`, type: 'info', title: { en: `Hotspot ${i} ${tag}`, sv: `Punkt ${i}`, fi: `Kohde ${i}` }, yaw: (i % 360) - 180, pitch: 0 }));

describe('studio saves across processes', () => {
  it('two servers on one CONTENT_DIR: of two saves based on the same version exactly one wins, every time', async () => {
    const [a, b] = [client(await start({ STUDIO_TOKEN: TOKEN })), client(await start({ STUDIO_TOKEN: TOKEN }))];
    await a.signIn();
    await b.signIn();
    expect((await a.call('/api/studio/tours', { method: 'POST', body: JSON.stringify({ id: 'race', title: 'Race', languages: ['en'] }) })).status).toBe(201);
    for (let round = 0; round < 12; round++) {
      const { etag, tour } = await (round % 2 ? b : a).draft('race');
      const mine = { ...tour, title: `A ${round}`, scenes: [{ id: 's', type: 'panorama', title: 'S', image: 's.jpg', hotspots: hotspots(300, `a${round}`) }] };
      const theirs = { ...tour, title: `B ${round}`, scenes: [{ id: 's', type: 'panorama', title: 'S', image: 's.jpg', hotspots: hotspots(300, `b${round}`) }] };
      const answers = await Promise.all([a.put('race', etag, mine), b.put('race', etag, theirs)]);
      expect(answers.map((r) => r.status).sort(), `round ${round}`).toEqual([200, 409]);
      const winner = answers[0]?.status === 200 ? mine : theirs;
      expect(JSON.parse(readFileSync(join(content, 'race', '.draft', 'tour.json'), 'utf8')).title).toBe(winner.title);
    }
    // The same session cookie works on both (same STUDIO_TOKEN): checked by every b.put above.
  }, 300_000);

  it('a server killed during saves of a large tour leaves the old or the new draft, complete, and saves again after the restart', async () => {
    let server = await start({ STUDIO_TOKEN: TOKEN });
    let studio = client(server);
    await studio.signIn();
    expect((await studio.call('/api/studio/tours', { method: 'POST', body: JSON.stringify({ id: 'big', title: 'Big', languages: ['en', 'sv', 'fi'] }) })).status).toBe(201);
    const draftDir = join(content, 'big', '.draft');
    for (let round = 0; round < 4; round++) {
      const { etag, tour } = await studio.draft('big');
      const next = { ...tour, title: `Round ${round}`, scenes: [{ id: 's', type: 'panorama', title: 'S', image: 's.jpg', hotspots: tour.scenes[0]?.hotspots.length ? [] : hotspots(4000, `r${round}`) }] };
      // Kill the server the moment its temporary file appears: in the middle of writing the new draft.
      const writing = new Promise<void>((resolve) => {
        const watcher = watch(draftDir, (_event, name) => {
          if (name?.endsWith('.tmp')) {
            watcher.close();
            resolve();
          }
        });
      });
      const killed = new Promise((resolve) => server.child.once('exit', resolve));
      const saving = studio.put('big', etag, next).catch(() => null);
      await writing;
      process.kill(-(server.child.pid as number), 'SIGKILL');
      await Promise.all([killed, saving]);
      const onDisk = JSON.parse(readFileSync(join(draftDir, 'tour.json'), 'utf8'));
      expect([tour.title, next.title], `round ${round}`).toContain(onDisk.title);
      expect(onDisk).toEqual(onDisk.title === next.title ? next : tour);
      server = await start({ STUDIO_TOKEN: TOKEN });
      studio = client(server);
      await studio.signIn();
    }
    const { etag, tour } = await studio.draft('big');
    expect((await studio.put('big', etag, { ...tour, title: 'After the kills' })).status).toBe(200);
  }, 300_000);

  it('without STUDIO_TOKEN prints a one-time sign-in link (token in the fragment) that signs in; with REDIS_URL it does not start', async () => {
    const server = await start();
    const link = /Studio: (http:\/\/127\.0\.0\.1:\d+)\/studio#token=([\w-]+)/.exec(server.output());
    expect(link?.[1]).toBe(`http://127.0.0.1:${server.port}`);
    const studio = client(server);
    await studio.signIn(link?.[2]);
    expect((await studio.call('/api/studio/tours')).status).toBe(200);
    await expect(start({ REDIS_URL: 'redis://127.0.0.1:1' })).rejects.toThrow(/STUDIO_TOKEN/);
  }, 300_000);
});
