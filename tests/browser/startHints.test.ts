/**
 * A scene's page starts before the app's code has run (server/share/startHints.ts):
 * the start view's poster is on screen without any JavaScript, and the files of
 * the first view are requested once, by the page's preloads, which the app then
 * uses instead of fetching them again; the poster goes once the 3D view is drawn.
 * A whole 360° image's first frame is drawn by the start script, before the app has loaded
 * (src/start/earlyPaint.ts), at the view the app then opens, and the app draws over it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { panoramaForAspect } from '../../src/viewer/panorama/portraitFraming';
import { openPage, waitForScene } from './harness';
import { browserPerFile } from './session';
import { correlation, cut, rawOf, reproject, type LookView, type Raw, type Rect } from './tiles/compare';

const appUrl = inject('appUrl');
const session = browserPerFile();
const DEEP_LINK = '/t/processum/process-floor';
/** In the page, before its scripts: the id (or tag) of every largest-contentful-paint candidate, in order. */
function recordLcpCandidates() {
  const seen: string[] = [];
  Object.assign(window, { __lcp: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) seen.push(entry.element?.id || entry.element?.tagName || '(removed)');
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}
const FIRST_FILES = ['/tours/processum/tour.json', '/panoramas/processum-process-floor/tiles.json', '/panoramas/processum-process-floor/preview.jpg'];

describe('start hints', () => {
  it('the start view\'s poster shows before (and without) the app\'s JavaScript', async () => {
    const { page, context } = await openPage(session, 'about:blank');
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${appUrl}${DEEP_LINK}`);
    const poster = page.locator('#start-poster');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = await poster.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 960, height: 600 });
    expect(await poster.getAttribute('src')).toBe(`${DEEP_LINK}/poster.webp`);
    // Decorative for assistive technology: the app names the scene once it runs.
    expect(await poster.getAttribute('alt')).toBe('');
    expect(await poster.getAttribute('aria-hidden')).toBe('true');
    // Nothing of the app ran: the poster is all there is.
    expect(await page.locator('#root').innerHTML()).toBe('');
    await context.close();
  });

  it('the poster is the page\'s largest contentful paint, on a phone and a desktop, for a deep link and for /', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 960, height: 600 }]) {
      const { page, context } = await openPage(session, 'about:blank', { viewport, init: recordLcpCandidates });
      await page.route('**/assets/*.js', (route) => route.abort());
      for (const path of [DEEP_LINK, '/']) {
        await page.goto(`${appUrl}${path}`);
        // The candidate the browser itself reports: Chromium drops an image covering the whole viewport as a background.
        await expect.poll(() => page.evaluate(() => (window as unknown as { __lcp: string[] }).__lcp.at(-1) ?? null), { timeout: 30_000 }).toBe('start-poster');
      }
      await context.close();
    }
  });

  it('a deep link requests its first files once (the preloads, taken over by the app), and the poster goes after the first 3D frame', async () => {
    const { page, context } = await openPage(session, 'about:blank');
    const requested: string[] = [];
    const warnings: string[] = [];
    // Downloads only: the app also checks every file of the tour by asking for its first two bytes (findMissingAssets).
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.headers()['range'] === undefined) requested.push(new URL(request.url()).pathname);
    });
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(`${appUrl}${DEEP_LINK}`);
    await waitForScene(page, 'process-floor');
    await expect.poll(() => page.locator('#start-poster').count()).toBe(0);
    // The 3D view took the poster's box (the first test's): no jump when one replaces the other.
    expect(await page.locator('.viewer').boundingBox()).toEqual({ x: 0, y: 0, width: 960, height: 600 });
    for (const file of FIRST_FILES) expect(requested.filter((path) => path === file), file).toHaveLength(1);
    const preloads = await page.locator('link[rel="preload"][data-start-file]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    // The pictures the start script paints first, ahead of the app's code; the tour file after it (server/http/headHints.ts).
    expect(preloads).toEqual(['/panoramas/processum-process-floor/tiles.json', '/panoramas/processum-process-floor/preview.jpg', '/tours/processum/tour.json']);
    // Chromium warns of a preload whose response was not used (or was fetched twice with other credentials).
    expect(warnings).toEqual([]);
    // The app's module is fetched ahead and run by the start script (scripts/startEntry.ts), not by a <script> of its own.
    expect(await page.locator('link[rel="modulepreload"][data-app-entry]').count()).toBe(1);
    expect(await page.locator('script[src*="/assets/main-"]').count()).toBe(0);

    // A quick view opens its own file: no poster, no preloads of the default tour.
    await page.goto(`${appUrl}/?panorama=/panoramas/processum-pretreatment.jpg`);
    await waitForScene(page, 'panorama');
    expect(await page.locator('#start-poster').count()).toBe(0);
    // Its one preload is its own file (server/http/quickViewPreload.ts), none of the default tour's.
    const quickPreloads = await page.locator('link[rel="preload"][data-start-file]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(quickPreloads).toEqual(['/panoramas/processum-pretreatment.jpg']);
    // In the order a browser starts them, six at a time over HTTP/1.1: the start script, the picture it paints, then the app's modules.
    const order = await page.locator('head link[rel="modulepreload"], head link[rel="preload"]').evaluateAll((links) =>
      links.map((l) => (l.hasAttribute('data-start-script') ? 'start script' : l.hasAttribute('data-start-file') ? 'picture' : l.hasAttribute('data-app-entry') ? 'app' : 'app module')),
    );
    expect(order.slice(0, 3)).toEqual(['start script', 'picture', 'app']);
    expect(new Set(order.slice(3))).toEqual(new Set(['app module']));
    await context.close();
  });
});

const PANORAMA = '/panoramas/processum-pretreatment.jpg';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Holds back every script of the app but the start script's, until `release` is called. */
async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/(?!early-start-)[^/]+\.js$/, (route) => (holding ? void held.push(route) : route.continue()));
  return async () => {
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
  };
}

const firstFramePainted = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('sitevisit:first-frame').length > 0, null, { timeout: 30_000 });

describe('the first frame before the app', () => {
  it('a 360° image, or a tiled scene\'s preview, is drawn at the view the app opens before the app\'s code has run, and the app\'s own frame matches it', async () => {
    const tour = JSON.parse(readFileSync(join(ROOT, 'public/tours/processum/tour.json'), 'utf8')) as { scenes: { id: string; view?: LookView }[] };
    const startOf = (id: string) => tour.scenes.find((s) => s.id === id)?.view as LookView;
    const sources = new Map<string, Raw>();
    const sourceOf = async (file: string) => {
      const known = sources.get(file);
      if (known) return known;
      const { data, info } = await sharp(join(ROOT, 'public', file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const source = { data, width: info.width, height: info.height, channels: info.channels };
      sources.set(file, source);
      return source;
    };
    const phone = { width: 390, height: 844 };
    const desktop = { width: 960, height: 600 };
    // The whole image is drawn sharp and the app's frame is the same picture; a tiled scene's preview (128 px a face) only roughly
    // matches the source, and the app may have drawn sharp tiles by its ready mark: there both are compared with the source.
    const cases = [
      { viewport: desktop, link: `/?panorama=${PANORAMA}`, file: PANORAMA, view: { yaw: 0, pitch: 0, fov: 75 }, scene: 'panorama', alike: 0.9, same: 0.97 },
      { viewport: phone, link: `/?panorama=${PANORAMA}&v=120,-10,60`, file: PANORAMA, view: panoramaForAspect({ yaw: 0, pitch: 0, fov: 75 }, phone.width / phone.height), scene: 'panorama', alike: 0.9, same: 0.97 },
      { viewport: phone, link: DEEP_LINK, file: '/panoramas/processum-process-floor.jpg', view: panoramaForAspect(startOf('process-floor'), phone.width / phone.height), scene: 'process-floor', alike: 0.8, same: null },
      { viewport: desktop, link: '/t/processum/pretreatment?v=120,-10,60', file: '/panoramas/processum-pretreatment.jpg', view: { yaw: 120, pitch: -10, fov: 60 }, scene: 'pretreatment', alike: 0.8, same: null },
    ];
    for (const { viewport, link, file, view, scene, alike, same } of cases) {
      const { page, context } = await openPage(session, 'about:blank', { viewport, touch: viewport === phone });
      const release = await holdTheApp(page);
      await page.goto(`${appUrl}${link}`, { waitUntil: 'commit' });
      await firstFramePainted(page);
      // Only the start script ran: the app's root is empty, the canvas holds the view.
      expect(await page.locator('#root').innerHTML()).toBe('');
      const canvas = page.locator('#start-canvas');
      expect(await canvas.boundingBox()).toEqual({ x: 0, y: 0, ...viewport });
      const early = await rawOf(await canvas.screenshot());
      const crop: Rect = { width: 300, height: 240, left: Math.round(early.width / 2 - 150), top: Math.round(early.height / 2 - 120) };
      const painted = cut(early, crop);
      const source = await sourceOf(file);
      const expected = reproject(source, view, early.width, early.height, crop);
      const similarity = correlation(painted, expected);
      const turned = correlation(painted, reproject(source, { ...view, yaw: view.yaw + 10 }, early.width, early.height, crop));
      const name = `${viewport.width}×${viewport.height} ${link}`;
      expect(similarity, name).toBeGreaterThan(alike);
      expect(turned, name).toBeLessThan(similarity - 0.2);

      await release();
      await waitForScene(page, scene);
      // The app took the same canvas over and drew the same view: no jump from one to the other.
      expect(await page.locator('.viewer canvas').first().getAttribute('id')).toBe('start-canvas');
      const app = cut(await rawOf(await page.locator('.viewer canvas').first().screenshot()), crop);
      expect(correlation(app, expected), name).toBeGreaterThan(alike);
      if (same !== null) expect(correlation(app, painted), name).toBeGreaterThan(same);
      await context.close();
    }
  });

  it('is not painted where the app opens elsewhere first (a guide resumed at a step), nor for an image that does not load', async () => {
    const { page, context } = await openPage(session, 'about:blank');
    const release = await holdTheApp(page);
    await page.goto(`${appUrl}/?panorama=${PANORAMA}&guide=tour&step=2`, { waitUntil: 'commit' });
    // The picture is decoded and on the GPU all the same (the app takes it); nothing is drawn.
    await page.waitForFunction(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((r) => r.name.endsWith('.jpg') && r.responseEnd > 0));
    await release();
    await waitForScene(page, 'panorama');
    expect(await page.evaluate(() => performance.getEntriesByName('sitevisit:first-frame').length)).toBe(1);
    const order = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('sitevisit:first-frame') || n.startsWith('sitevisit:ready')));
    expect(order).toEqual(['sitevisit:ready:panorama', 'sitevisit:first-frame']);

    // A missing image: nothing to draw, the app reports the error, no canvas is left over the page.
    await page.goto(`${appUrl}/?panorama=/panoramas/does-not-exist.jpg`);
    await waitForScene(page, null, 'error');
    expect(await page.locator('body > #start-canvas').count()).toBe(0);
    await context.close();
  });
});
