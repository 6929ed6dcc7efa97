/**
 * `/` is the default tour's start page (with its preloads and poster, written
 * by scripts/share-pages.ts into index.html), but a quick view, another tour
 * or any client-side route gets the page without them (app.html), so it never
 * shows or fetches the default tour's start scene.
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
  writeFileSync(join(work, 'app.html'), '<!doctype html><title>APP PAGE</title>');
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
});
