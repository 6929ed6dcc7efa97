/**
 * A scene's page starts before the app's code has run (server/share/startHints.ts):
 * the start view's poster is on screen without any JavaScript, and the files of
 * the first view are requested once, by the page's preloads, which the app then
 * uses instead of fetching them again; the poster goes once the 3D view is drawn.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, waitForScene } from './harness';
import { browserPerFile } from './session';

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
    expect(preloads).toEqual(FIRST_FILES);
    // Chromium warns of a preload whose response was not used (or was fetched twice with other credentials).
    expect(warnings).toEqual([]);

    // A quick view opens its own file: no poster, no preloads of the default tour.
    await page.goto(`${appUrl}/?panorama=/panoramas/processum-pretreatment.jpg`);
    await waitForScene(page, 'panorama');
    expect(await page.locator('#start-poster').count()).toBe(0);
    // Its one preload is its own file (server/http/quickViewPreload.ts), none of the default tour's.
    const quickPreloads = await page.locator('link[rel="preload"][data-start-file]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(quickPreloads).toEqual(['/panoramas/processum-pretreatment.jpg']);
    await context.close();
  });
});
