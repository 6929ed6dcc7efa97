/**
 * `/` is the default tour's start page (with its preloads and poster, written
 * by scripts/share-pages.ts into index.html), but a quick view, another tour
 * or any client-side route gets the page without them (app.html), so it never
 * shows or fetches the default tour's start scene. A quick view of a file of
 * this site preloads that file from the page (server/http/quickViewPreload.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';

const work = mkdtempSync(join(tmpdir(), 'sitevisit-start-page-'));
const server = (() => {
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'index.html'), '<!doctype html><title>START PAGE</title>');
  writeFileSync(join(work, 'app.html'), '<!doctype html><head><title>APP PAGE</title></head><body></body>');
  return createAppServer({ dist: work, log: () => {} });
})();
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

const title = async (path: string) => (await (await fetch(`${base}${path}`)).text()).match(/<title>([^<]*)/)?.[1];

describe('the start page', () => {
  it('`/` (also with a language or view) is the default tour\'s start page', async () => {
    expect(await title('/')).toBe('START PAGE');
    expect(await title('/?lang=sv')).toBe('START PAGE');
  });

  it('quick views, another tour and client-side routes get the app page without start hints', async () => {
    for (const path of ['/?model=/models/x.glb', '/?panorama=/p.jpg', '/?tour=northern-sweden', '/index.html?model=/m.glb', '/live/ABCD-1234', '/t/unknown/scene']) {
      expect(await title(path), path).toBe('APP PAGE');
    }
  });
  it('a quick view of a file of this site preloads it; other hosts, other types and markup are never written into the page', async () => {
    const page = async (path: string) => (await fetch(`${base}${path}`)).text();
    expect(await page('/?panorama=/tours/compare/pano.jpg')).toContain('<link rel="preload" href="/tours/compare/pano.jpg" as="fetch" crossorigin data-start-file />');
    expect(await page('/?model=/models/a%20b.glb&lang=sv')).toContain('<link rel="preload" href="/models/a%20b.glb" as="fetch" crossorigin data-start-file />');
    for (const path of ['/?panorama=//evil.example/x.jpg', '/?model=https://evil.example/x.glb', '/?panorama=/x.html', '/?panorama=/x.jpg%22%3E%3Cscript%3E', '/?tour=processum', '/t/x/y?panorama=/p.jpg']) {
      const html = await page(path);
      expect(html, path).not.toContain('rel="preload"');
      expect(html, path).not.toContain('<script>');
    }
  });
});

describe('an operator\'s default tour', () => {
  it('`/` gets the page without the build\'s start hints while TOURS_DIR names another default, and the start page again when it names the same', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sitevisit-start-dist-'));
    const toursDir = mkdtempSync(join(tmpdir(), 'sitevisit-start-tours-'));
    mkdirSync(join(dist, 'tours'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>START PAGE</title>');
    writeFileSync(join(dist, 'app.html'), '<!doctype html><title>APP PAGE</title>');
    writeFileSync(join(dist, 'tours', 'index.json'), JSON.stringify({ tours: [{ id: 'processum', title: 'Processum' }] }));
    const naming = (id: string) => writeFileSync(join(toursDir, 'index.json'), JSON.stringify({ default: id, tours: [{ id, title: id }] }));
    naming('partner');
    const operator = createAppServer({ dist, toursDir, log: () => {} });
    await new Promise<void>((resolve) => operator.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(operator.address() as AddressInfo).port}`;
    const titleAt = async (path: string) => (await (await fetch(`${at}${path}`)).text()).match(/<title>([^<]*)/)?.[1];
    try {
      expect(await titleAt('/')).toBe('APP PAGE');
      naming('processum');
      expect(await titleAt('/')).toBe('START PAGE');
    } finally {
      await new Promise((resolve) => operator.close(resolve));
      rmSync(dist, { recursive: true, force: true });
      rmSync(toursDir, { recursive: true, force: true });
    }
  });
});
