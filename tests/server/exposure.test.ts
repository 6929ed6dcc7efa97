/**
 * What the server shows an outsider: dotfiles, files beside dist/ or above
 * TOURS_DIR, symlink escapes and file types a tour never uses stay out; byte
 * ranges, Hosts and targets that crashed or confused it get a 4xx; every
 * non-page answer is sandboxed; a page's frame-ancestors follow the tour the
 * client will show (decoded path, live session's tour).
 */
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLive, type Live } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import { NON_PAGE_POLICY } from '../../server/security';
import { MARKERS, listen, plantFixture } from './httpFixture';
import { body, get, header, sendRaw, type RawResponse } from './rawHttp';

const fixture = plantFixture();
let server: Server;
let port: number;
let live: Live;

beforeAll(async () => {
  live = createLive({ defaultTour: 'processum', tourExists: tourExistsIn(`${fixture.dist}/tours`, fixture.tours), log: () => {} });
  ({ server, port } = await listen({
    dist: fixture.dist,
    toursDir: fixture.tours,
    embedOrigins: ['https://operator.example'],
    api: live.handleApi,
    liveSessionTour: live.sessionTour,
    log: () => {},
  }));
  live.attach(server);
});
afterAll(async () => {
  await live.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fixture.remove();
});

const noMarker = (response: RawResponse) => expect(MARKERS.filter((m) => response.text.includes(m))).toEqual([]);

describe('what is served', () => {
  it.each([
    '/tours/.env',
    '/tours/.git/config',
    '/tours/%2eenv',
    '/tours/%2Egit/config',
    '/tours/partner/..%2f.env',
    '/tours/./.env',
    '/.env',
    '/%2eenv',
  ])('no dotfile: %s', async (path) => {
    const response = await get(port, path);
    expect(response.statuses).toEqual([404]);
    noMarker(response);
  });

  it.each(['/tours/leak.json', '/tours/up/secret.json', '/tours/up/outside.json', '/tours/up/dist-x/secret.json', '/tours/../secret.json', '/tours/%2e%2e/secret.json', '/../dist-x/secret.json', '/dist-x/secret.json'])(
    'nothing outside the real folders: %s',
    async (path) => {
      const response = await get(port, path);
      expect(response.statuses).toEqual([404]);
      noMarker(response);
    },
  );

  it('serves a tour’s files, also through a symlink that stays inside TOURS_DIR', async () => {
    for (const path of ['/tours/partner/tour.json', '/tours/alias.json']) {
      const response = await get(port, path);
      expect(response.statuses).toEqual([200]);
      expect(body(response)).toContain('https://park.example');
    }
  });

  it('serves narration, captions and video with their media types and byte ranges (a player seeks), which the page policy lets it play', async () => {
    const types = { 'step.en.ogg': 'audio/ogg', 'step.opus': 'audio/ogg', 'step.en.vtt': 'text/vtt', 'clip.webm': 'video/webm', 'clip.mp4': 'video/mp4', 'talk.mp3': 'audio/mpeg', 'talk.m4a': 'audio/mp4' };
    for (const [name, type] of Object.entries(types)) {
      writeFileSync(join(fixture.tours, 'partner', name), 'OggS0123456789');
      const response = await get(port, `/tours/partner/${name}`, { Range: 'bytes=4-7' });
      expect(response.statuses, name).toEqual([206]);
      expect(header(response, 'content-type'), name).toContain(type);
      expect(body(response), name).toBe('0123');
    }
    // Media come from the page's own origin: default-src 'self' covers them, and no media-src narrows it.
    const policy = header(await get(port, '/t/partner/a'), 'content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('media-src');
  });

  it.each(['/tours/script.svg', '/tours/page.xhtml', '/tours/page.html'])('only the file types a tour uses from TOURS_DIR: %s is 404', async (path) => {
    const response = await get(port, path);
    expect(response.statuses).toEqual([404]);
    expect(body(response)).not.toContain('script');
  });
});

describe('byte ranges', () => {
  const range = (path: string, value: string) => get(port, path, { Range: value });

  it.each(['/digits.txt', '/tours/digits.bin'])('serves a valid single range and judges the rest (%s)', async (path) => {
    const valid = await range(path, 'bytes=2-5');
    expect(valid.statuses).toEqual([206]);
    expect(header(valid, 'content-range')).toBe('bytes 2-5/10');
    expect(body(valid)).toBe('2345');
    const suffix = await range(path, 'bytes=-3');
    expect([suffix.statuses, body(suffix)]).toEqual([[206], '789']);
    const open = await range(path, 'bytes=7-');
    expect([open.statuses, body(open)]).toEqual([[206], '789']);
    for (const whole of ['bytes=5-2', 'bytes=0-1,3-4', 'bytes=a-b', 'items=0-1', 'bytes=0-0', 'bytes=--1', 'bytes=']) {
      const response = await range(path, whole);
      expect([whole, response.statuses, body(response)]).toEqual([whole, [200], '0123456789']);
    }
    for (const unsatisfiable of ['bytes=10-', 'bytes=10-20', 'bytes=99999999999999999999999-', 'bytes=-0']) {
      const response = await range(path, unsatisfiable);
      expect([unsatisfiable, response.statuses]).toEqual([unsatisfiable, [416]]);
      expect(header(response, 'content-range')).toBe('bytes */10');
    }
    expect((await get(port, '/')).statuses).toEqual([200]);
  });
});

describe('malformed requests', () => {
  const withHost = (host: string, method = 'GET', path = '/', extra = '') => sendRaw(port, `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}\r\n`, { halfClose: false });

  it.each(['a b', '[zz]', '[:]', 'x:99999', 'x:1:2', 'a/b', 'a@b', '', 'ä.example'])('a bad Host is a 400: "%s"', async (host) => {
    expect((await withHost(host)).statuses).toEqual([400]);
  });

  it('answers POST /api/live with a bad Host 400 (it crashed the process) and goes on', async () => {
    const response = await withHost('a b', 'POST', '/api/live', 'Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
    expect(response.statuses).toEqual([400]);
    expect((await withHost(`127.0.0.1:${port}`)).statuses).toEqual([200]);
    expect((await withHost('[::1]:8080')).statuses).toEqual([200]);
  });

  it.each([
    ['/%zz', 400],
    ['/tours/%E0%A4%A', 400],
    // A deep link cut short still opens the app, which says what it could not follow (tests/browser/deeplink.test.ts).
    ['/t/processum/%E0%A4%A', 200],
    ['/a%00b', 400],
    ['*', 400],
    ['//', 200],
    ['//evil.example/x', 200],
    ['http://127.0.0.1/favicon.svg', 200],
  ] as const)('reads the target %s safely (%i)', async (path, status) => {
    expect((await get(port, path)).statuses).toEqual([status]);
  });
});

describe('policies', () => {
  const csp = async (path: string, method = 'GET') => header(await sendRaw(port, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, { halfClose: false }), 'content-security-policy');
  const ancestors = async (path: string) => (await csp(path))?.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors'));

  it('sandboxes every answer that is not a page or a worker', async () => {
    for (const path of ['/favicon.svg', '/tours/digits.bin', '/tours/partner/tour.json', '/nothing.js', '/embed-origins.json', '/api/live', '/%zz', '/tours/.env']) {
      expect([path, await csp(path)]).toEqual([path, NON_PAGE_POLICY]);
    }
    expect(await csp('/', 'POST')).toBe(NON_PAGE_POLICY);
    expect(await csp('/')).toMatch(/^default-src 'self'/);
    expect(await csp('/decoders/basis-worker.js')).toContain("'unsafe-eval'");
  });

  it('frames a tour for the tour the client will show', async () => {
    expect(await ancestors('/t/%73ecret/s1?embed=1')).toBe("frame-ancestors 'self' https://secret-partner.example https://operator.example");
    expect(await ancestors('/t/secret/s1?embed=1')).toBe("frame-ancestors 'self' https://secret-partner.example https://operator.example");
    expect(await ancestors('/?tour=%73ecret&embed=1')).toBe("frame-ancestors 'self' https://secret-partner.example https://operator.example");
    // Names no valid tour: our own origin and the operator's only, not the default tour's list.
    expect(await ancestors('/t/Secret/s1?embed=1')).toBe("frame-ancestors 'self' https://operator.example");
    expect(await ancestors('/t/%20partner/s1')).toBe("frame-ancestors 'self' https://operator.example");
    expect(await ancestors('/?tour=..%2fpartner')).toBe("frame-ancestors 'self' https://operator.example");
    expect(await ancestors('/t/no-such-tour/x')).toBe("frame-ancestors 'self' https://operator.example");
  });

  it('frames a live page for its session’s tour, and sends no referrer from it', async () => {
    const created = await fetch(`http://127.0.0.1:${port}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tour: 'partner' }) });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    expect(await ancestors(`/live/${code}?embed=1`)).toBe("frame-ancestors 'self' https://park.example https://operator.example");
    expect(await ancestors(`/live/${code.toLowerCase()}`)).toBe("frame-ancestors 'self' https://park.example https://operator.example");
    expect(await ancestors('/live/ZZZZZZ?tour=partner')).toBe("frame-ancestors 'self' https://operator.example");
    const page = await get(port, `/live/${code}`);
    expect(header(page, 'referrer-policy')).toBe('no-referrer');
    expect(header(await get(port, '/t/partner/hall'), 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('does not wait long for a session store that does not answer: the live page then allows only our own origins', async () => {
    const stuck = await listen({ dist: fixture.dist, embedOrigins: ['https://operator.example'], liveSessionTour: () => new Promise(() => {}), log: () => {} });
    const started = Date.now();
    const page = await get(stuck.port, '/live/ABCDEF');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(page.statuses).toEqual([200]);
    expect(header(page, 'content-security-policy')).toContain("frame-ancestors 'self' https://operator.example");
    stuck.server.closeAllConnections();
    await new Promise((r) => stuck.server.close(r));
  });
});
