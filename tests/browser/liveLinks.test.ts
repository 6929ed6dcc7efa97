/**
 * Secret links in a real browser. A presenter link carries its key in the
 * fragment: no request the page makes (document, assets, tour files, the
 * Socket.IO handshake) carries the key in its URL or Referer, the presenter is
 * recognised, and the address bar drops the key at once. A link in the older
 * `?key=` form still works and is rewritten. On a server with
 * LIVE_CREATE_TOKEN, "Start live tour" asks for the token once.
 */
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { createLive } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import type { CreateSessionResponse } from '../../src/protocol/live';
import { readSecret } from '../../src/protocol/secretLink';
import { fixtureTours, testDist as dist } from './globalSetup';
import { waitForScene } from './harness';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

async function createSession(url: string): Promise<CreateSessionResponse> {
  const res = await fetch(`${url}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateSessionResponse;
}

/** A page in a fresh context that records the URL and Referer of every request it makes, from the first. */
async function recordingPage() {
  const context = await session.browser.newContext({ viewport: { width: 960, height: 600 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: Promise<{ url: string; referer: string }>[] = [];
  const sockets: string[] = [];
  // Headers of requests still open when the test closes the page cannot be read any more; their URL is still checked.
  const record = (r: Request) => r.allHeaders().then((h) => ({ url: r.url(), referer: h.referer ?? '' }), () => ({ url: r.url(), referer: '' }));
  page.on('request', (r: Request) => requests.push(record(r)));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, context, requests, sockets, errors };
}

/**
 * Resolves once the page has drawn two more frames. On a loaded machine the first frames after a scene
 * is ready can take over 30 s (SwiftShader), longer than a click waits for its button to be "stable".
 */
const framesDrawn = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const presenterRecognised = (page: Page) => page.locator('[data-live-presenter-bar]').waitFor({ timeout: 60_000 });

describe('presenter links', () => {
  it('carry the key in the fragment: no request line, Referer or handshake carries it; the address bar drops it; the presenter is recognised', async () => {
    const { code, presenterUrl } = await createSession(appUrl);
    const key = readSecret(presenterUrl).secret as string;
    expect(presenterUrl).toBe(`${appUrl}/live/${code}#key=${key}`);
    const { page, context, requests, sockets, errors } = await recordingPage();
    await page.goto(presenterUrl);
    await presenterRecognised(page);
    await waitForScene(page, 'hall');
    expect(page.url()).toBe(`${appUrl}/live/${code}`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    const seen = await Promise.all(requests);
    // The page really loaded through these: the document, its scripts, the tour, and the live channel.
    expect(seen[0]?.url).toBe(`${appUrl}/live/${code}`);
    expect(seen.some((r) => r.url.includes('/assets/'))).toBe(true);
    expect(seen.some((r) => r.url.includes('/tours/'))).toBe(true);
    // Live pages send `Referrer-Policy: no-referrer`: no request of theirs names the page at all (the older
    // ?key= links below would otherwise leak their key this way before the page rewrites them).
    expect(seen.every((r) => r.referer === '')).toBe(true);
    expect(sockets.some((u) => u.includes('/socket.io/'))).toBe(true);
    for (const r of seen) {
      expect(r.url).not.toContain(key);
      expect(r.referer).not.toContain(key);
    }
    for (const u of sockets) expect(u).not.toContain(key);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in the older ?key= form still work, and are rewritten at once', async () => {
    const { code, presenterUrl } = await createSession(appUrl);
    const key = readSecret(presenterUrl).secret as string;
    const { page, context, requests, sockets } = await recordingPage();
    await page.goto(`${appUrl}/live/${code}?key=${key}`);
    await presenterRecognised(page);
    expect(page.url()).toBe(`${appUrl}/live/${code}`);
    // The live channel opens after the rewrite: neither it nor anything after the document carries the key.
    const seen = await Promise.all(requests);
    const firstTourFile = seen.findIndex((r) => r.url.includes('/tours/'));
    expect(firstTourFile).toBeGreaterThan(0);
    const afterRewrite = seen.slice(firstTourFile);
    for (const r of afterRewrite) expect(`${r.url} ${r.referer}`).not.toContain(key);
    for (const u of sockets) expect(u).not.toContain(key);
    await context.close();
  });

  it('opened in a tab already on that live page (only the fragment changes), make it the presenter', async () => {
    const { code, presenterUrl } = await createSession(appUrl);
    const { page, context } = await recordingPage();
    await page.goto(`${appUrl}/live/${code}`);
    await page.locator('[data-live-role="attendee"]').waitFor({ timeout: 60_000 });
    await page.evaluate((url) => {
      location.href = url;
    }, presenterUrl);
    await presenterRecognised(page);
    expect(page.url()).toBe(`${appUrl}/live/${code}`);
    await context.close();
  });
});

describe('"Start live tour" on a server with LIVE_CREATE_TOKEN', () => {
  const token = 'open-sesame-0123456789';
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const live = createLive({ defaultTour: 'processum', tourExists: tourExistsIn(`${dist}/tours`, fixtureTours), log: () => {}, api: { createToken: token, maxSessions: 2 } });
    const app = createAppServer({ dist, toursDir: fixtureTours, api: live.handleApi });
    live.attach(app);
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    close = async () => {
      await live.close();
      app.closeAllConnections();
      await new Promise((r) => app.close(r));
    };
  });
  afterAll(() => close());

  it('asks for the token once, keeps it for the tab, and says when the server is full', async () => {
    const { page, context } = await recordingPage();
    await page.goto(`${url}/`);
    await waitForScene(page, 'hall');
    await framesDrawn(page);
    const start = page.getByRole('button', { name: 'Start live tour' });
    const dialog = page.getByRole('dialog', { name: 'Live guided tour' });
    const create = dialog.getByRole('button', { name: 'Create session' });
    await start.click();
    await create.click();
    const field = dialog.getByLabel('Access token for live tours');
    await field.waitFor();
    expect(await field.getAttribute('type')).toBe('password');
    await field.fill('not-the-token');
    await create.click();
    await dialog.getByRole('alert').filter({ hasText: 'That access token is not right.' }).waitFor();
    await field.fill(token);
    await create.click();
    await page.locator('[data-live-attendee-url]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('sitevisit:live-create-token'))).toBe(token);

    // This tab now presents that session; a second one started later in the same tab: no question asked.
    await page.goto(`${url}/`);
    await waitForScene(page, 'hall');
    await start.click();
    await create.click();
    await page.locator('[data-live-attendee-url]').waitFor();
    expect(await field.count()).toBe(0);

    // The server holds 2 sessions at most: the third is refused in plain words.
    await page.goto(`${url}/`);
    await waitForScene(page, 'hall');
    await start.click();
    await create.click();
    await dialog.getByRole('alert').filter({ hasText: 'The server has as many live sessions open as it allows. Try again later.' }).waitFor();
    await context.close();
  }, 180_000);
});
