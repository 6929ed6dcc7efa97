/**
 * A tour published from the studio is first-class, on a real server started
 * as users start it (`npm start`, PUBLIC_URL set): every scene's share page
 * carries its og: tags with absolute URLs, its start hints and poster; the
 * preview image is cut on first request, kept in DATA_DIR, served from there,
 * and made anew after the next publish; drafts are never shown; the tour is
 * in /tours/index.json, its light embed has its poster and its own
 * frame-ancestors, and a live tour can be started on it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmStart, type StartedServer } from '../npmStart';

const work = mkdtempSync(join(tmpdir(), 'sitevisit-share-'));
const content = join(work, 'content', 'tours');
const data = join(work, 'content', 'data');
const TOKEN = 'share-pages-test-token-7c2a';
const PUBLIC_URL = 'https://tours.example.org';
const PARTNER = 'https://partner.example.com';
let server: StartedServer;
let cookie = '';

const call = (path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { ...init, headers: { origin: PUBLIC_URL, 'content-type': 'application/json', cookie, ...(init.headers as Record<string, string>) } });

/** A panorama whose left half is red and right half blue: the start view's yaw decides the preview's colour. */
const halves = () =>
  sharp({ create: { width: 1024, height: 512, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: 512, height: 512, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .jpeg()
    .toBuffer();

const tourWith = (title: string, yaw: number) => ({
  id: 'pier',
  title: { en: title },
  defaultLanguage: 'en',
  languages: ['en'],
  embed: { origins: [PARTNER] },
  scenes: [
    { id: 'quay', type: 'panorama', title: { en: 'Quay' }, image: 'pano.jpg', view: { yaw, pitch: 0, fov: 60 }, hotspots: [{ id: 'to-crane', type: 'link', title: { en: 'Crane' }, yaw: 0, pitch: 0, target: 'crane' }] },
    { id: 'crane', type: 'panorama', title: { en: 'Crane & hook' }, description: { en: 'Lifts "40 t"' }, image: 'pano.jpg', view: { yaw: 0, pitch: 0, fov: 60 }, hotspots: [] },
  ],
});

async function saveAndPublish(tour: object, publish = true): Promise<void> {
  const etag = (await call('/api/studio/tours/pier/draft')).headers.get('etag') ?? '';
  const saved = await call('/api/studio/tours/pier/draft', { method: 'PUT', headers: { 'if-match': etag }, body: JSON.stringify(tour) });
  expect(saved.status, await saved.clone().text()).toBe(200);
  if (!publish) return;
  const published = await call('/api/studio/tours/pier/publish', { method: 'POST', headers: { 'if-match': saved.headers.get('etag') ?? '' } });
  expect(published.status, await published.clone().text()).toBe(200);
}

const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)" />`).exec(html)?.[1];

/** The mean red and blue of an image. */
async function colour(response: Response): Promise<{ red: number; blue: number; width: number; height: number }> {
  const image = sharp(Buffer.from(await response.arrayBuffer()));
  const [{ width = 0, height = 0 }, stats] = await Promise.all([image.metadata(), image.stats()]);
  return { red: stats.channels[0]?.mean ?? 0, blue: stats.channels[2]?.mean ?? 0, width, height };
}

beforeAll(async () => {
  server = await npmStart(process.cwd(), { CONTENT_DIR: content, DATA_DIR: data, STUDIO_TOKEN: TOKEN, PUBLIC_URL, LIVE_STORE_FILE: 'none' }, 900_000);
  const signIn = await call('/api/studio/session', { method: 'POST', body: JSON.stringify({ token: TOKEN, name: 'Ada' }) });
  expect(signIn.status).toBe(204);
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect((await call('/api/studio/tours', { method: 'POST', body: JSON.stringify({ id: 'pier', title: { en: 'Pier' }, languages: ['en'] }) })).status).toBe(201);
  writeFileSync(join(content, 'pier', 'pano.jpg'), await halves());
  await saveAndPublish(tourWith('Pier', -90));
}, 900_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a tour published from the studio', () => {
  it('has a share page for every scene with absolute og: links, its start hints and the start-view poster', async () => {
    for (const [path, title] of [
      ['/t/pier/', 'Quay — Pier'],
      ['/t/pier/quay/', 'Quay — Pier'],
      ['/t/pier/crane/', 'Crane &amp; hook — Pier'],
    ] as const) {
      const response = await call(path, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(meta(html, 'og:title'), path).toBe(title);
      expect(meta(html, 'og:url'), path).toBe(`${PUBLIC_URL}${path}`);
      expect(meta(html, 'og:image'), path).toBe(`${PUBLIC_URL}${path}preview.jpg`);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(html).toContain(`<title>${title}</title>`);
      expect(html).toContain(`src="${path}poster.webp"`);
      expect(html).toContain('<link rel="preload" href="/tours/pier/tour.json" as="fetch" crossorigin data-start-file />');
      expect(html).toContain('<link rel="preload" href="/tours/pier/pano.jpg" as="fetch" crossorigin data-start-file />');
      // The page is the app's: its own security headers, and the tour's embedding origins.
      expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${PARTNER}`);
    }
    expect(meta(await (await call('/t/pier/crane/')).text(), 'og:description')).toBe('Lifts &quot;40 t&quot;');
    // A scene the tour lacks is the app's page (it says what it could not find), not a share page.
    expect(meta(await (await call('/t/pier/nowhere/')).text(), 'og:title')).toBeUndefined();
  });

  it('cuts the preview on first request, keeps it in DATA_DIR, serves it from there, and cuts it again after the next publish only', async () => {
    const first = await call('/t/pier/quay/preview.jpg');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    const red = await colour(first);
    expect([red.width, red.height]).toEqual([1200, 630]);
    expect(red.red).toBeGreaterThan(200);
    const kept = readdirSync(join(data, 'share', 'pier'));
    expect(kept).toHaveLength(1);
    const cached = join(data, 'share', 'pier', kept[0] as string, 'quay.preview.jpg');
    expect(existsSync(cached)).toBe(true);
    // Served from the cache: a different picture put there is what comes back.
    writeFileSync(cached, await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#00ff00' } }).jpeg().toBuffer());
    const again = await colour(await call('/t/pier/quay/preview.jpg'));
    expect(again.red).toBeLessThan(50);
    const poster = await call('/t/pier/quay/poster.webp');
    expect(poster.headers.get('content-type')).toBe('image/webp');
    expect((await poster.arrayBuffer()).byteLength).toBeLessThan(60_000);
    // A saved draft changes nothing visitors see.
    await saveAndPublish(tourWith('Pier draft', 90), false);
    expect(meta(await (await call('/t/pier/quay/')).text(), 'og:title')).toBe('Quay — Pier');
    expect((await colour(await call('/t/pier/quay/preview.jpg'))).red).toBeLessThan(50);
    // Publishing it: a new page and a new preview (the start view now looks at the blue half); the old one is gone.
    await saveAndPublish(tourWith('Pier renamed', 90));
    expect(meta(await (await call('/t/pier/quay/')).text(), 'og:title')).toBe('Quay — Pier renamed');
    const blue = await colour(await call('/t/pier/preview.jpg'));
    expect(blue.blue).toBeGreaterThan(200);
    expect(blue.red).toBeLessThan(50);
    expect(existsSync(cached)).toBe(false);
  });

  it('is listed in /tours/index.json, has its light-embed poster, and can be toured live', async () => {
    const index = (await (await call('/tours/index.json')).json()) as { tours: { id: string }[] };
    expect(index.tours.map((t) => t.id)).toContain('pier');
    const light = await call('/t/pier/quay/?embed=1&autoload=0');
    expect(await light.text()).toContain('data-poster-play');
    expect(light.headers.get('content-security-policy')).toContain(PARTNER);
    const live = await call('/api/live', { method: 'POST', body: JSON.stringify({ tour: 'pier' }) });
    expect(live.status, await live.clone().text()).toBe(201);
  });
});
