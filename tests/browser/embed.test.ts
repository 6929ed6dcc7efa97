/**
 * Embedding across origins, as partners do it: the partner page on
 * 127.0.0.1:<A> embeds the viewer from localhost:<B> and drives it with the
 * client served by the viewer. A page on an origin nobody allowed gets nothing
 * done; garbage messages change nothing; the viewer runs under its strict CSP
 * without violations; the poster embed costs ≤ 60 KB until clicked. The
 * partner page and the demo leave a clean console (harness.ts `watchConsole`).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { shareLinks } from '../../src/deeplink/share';
import { testDist } from './globalSetup';
import { openPage, watchConsole } from './harness';
import { browserPerFile } from './session';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sitevisit-embed-test-'));
const servers: Server[] = [];
const session = browserPerFile();
/** The viewer (localhost) and three page origins: the tour's partner, the operator's partner, a stranger. */
let viewer: string;
let partner: string;
let operatorPartner: string;
let stranger: string;

const listen = (server: Server, host = '127.0.0.1') =>
  new Promise<number>((resolve) => {
    servers.push(server);
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });

/** Every CSP violation in any frame of the context ends up here (read back per page). */
const collectViolations = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

beforeAll(async () => {
  // Pages: the example partner page plus plain pages written by the tests.
  const pages = join(work, 'pages');
  cpSync(join(repo, 'examples/partner-page'), pages, { recursive: true });
  const files = sirv(pages, { dev: true });
  const pageServer = () => createServer((req, res) => files(req, res, () => void res.writeHead(404).end()));
  partner = `http://127.0.0.1:${await listen(pageServer())}`;
  operatorPartner = `http://127.0.0.1:${await listen(pageServer())}`;
  stranger = `http://127.0.0.1:${await listen(pageServer())}`;

  // A tour that names the partner's origin, with one scene whose image is missing (for the error event).
  const tours = join(work, 'tours');
  mkdirSync(join(tours, 'partner-demo'), { recursive: true });
  const tour = JSON.parse(readFileSync(join(repo, 'public/tours/processum/tour.json'), 'utf8'));
  tour.id = 'partner-demo';
  tour.embed = { origins: [partner] };
  tour.scenes.push({ id: 'broken', type: 'panorama', title: 'Broken', image: '../../panoramas/missing.jpg' });
  writeFileSync(join(tours, 'partner-demo', 'tour.json'), JSON.stringify(tour));
  cpSync(join(repo, 'public/tours/processum/hall.jpg'), join(tours, 'partner-demo', 'hall.jpg')); // the hall's thumbnail

  const app = createAppServer({ dist: testDist, toursDir: tours, embedOrigins: [operatorPartner] });
  viewer = `http://localhost:${await listen(app)}`;
});

afterAll(async () => {
  // The browser may still hold keep-alive connections (it closes after this hook): close them, or close() waits for them.
  await Promise.all(
    servers.map((s) => {
      s.closeAllConnections();
      return new Promise((r) => s.close(r));
    }),
  );
  rmSync(work, { recursive: true, force: true });
});

/** A plain HTML page holding exactly the share panel's embed code. */
function plainPage(name: string, src: string, { below = false } = {}) {
  const snippet = shareLinks(
    { tour: 'x', scene: 'y', view: { kind: 'panorama', yaw: 0, pitch: 0, fov: 75 }, card: null, language: 'en' },
    viewer,
    'Pilot hall tour',
  ).embed.replace(/src="[^"]*"/, `src="${src.replace(/&/g, '&amp;')}"`);
  // Chromium loads lazy frames early within a distance that grows with a slow or unknown network estimate
  // (up to 8,000 px for an "offline" estimate): far enough below that no estimate reaches it.
  const spacer = below ? '<div style="height: 12000px">Scroll down for the tour</div>' : '';
  writeFileSync(join(work, 'pages', name), `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body><h1>Plain page</h1>${spacer}${snippet}</body></html>`);
  return name;
}

async function openWithViolations(url: string) {
  const opened = await openPage(session, 'about:blank');
  await opened.context.addInitScript(collectViolations);
  const consoleErrors: string[] = [];
  opened.page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  const watched = watchConsole(opened.page);
  await opened.page.goto(url);
  return { ...opened, consoleErrors, watched };
}

async function viewerFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(viewer));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no viewer frame in ${page.frames().map((f) => f.url()).join(', ')}`);
    await page.waitForEvent('framenavigated', { timeout: 30_000 });
  }
}

const waitForFrameScene = (frame: Frame, scene: string, status = 'ready') =>
  frame.waitForSelector(`#root[data-scene="${scene}"][data-scene-status="${status}"]`, { state: 'attached', timeout: 60_000 });

describe('embedding in partner sites', () => {
  it('the partner page connects from another origin, drives every method and receives every event', async () => {
    const { page, errors, consoleErrors, watched } = await openWithViolations(`${partner}/index.html?viewer=${encodeURIComponent(viewer)}&tour=/t/partner-demo/hall`);
    await page.waitForFunction(() => 'partnerTour' in window, null, { timeout: 30_000 });
    // Every event into one list, in order.
    await page.evaluate(() => {
      const w = window as unknown as { partnerTour: { on(n: string, f: (d: unknown) => void): () => void }; events: [string, unknown][] };
      w.events = [];
      for (const name of ['ready', 'scenechange', 'viewchange', 'cardopen', 'cardclose', 'languagechange', 'error']) w.partnerTour.on(name, (d) => w.events.push([name, d]));
    });
    const api = <T,>(method: string, ...args: unknown[]) =>
      page.evaluate(
        ([m, a]) => {
          const t = (window as unknown as { partnerTour: Record<string, (...x: unknown[]) => Promise<unknown>> }).partnerTour;
          return (t[m as string] as (...x: unknown[]) => Promise<unknown>)(...(a as unknown[])).then(
            (result) => ({ ok: true, result }),
            (error: { name: string; code: string; message: string }) => ({ ok: false, name: error.name, code: error.code, message: error.message }),
          );
        },
        [method, args] as const,
      ) as Promise<{ ok: true; result: T } | { ok: false; name: string; code: string; message: string }>;
    const events = (name: string) => page.evaluate((n) => (window as unknown as { events: [string, unknown][] }).events.filter(([e]) => e === n).map(([, d]) => d), name);
    const waitForEvent = (name: string, match: Record<string, unknown>) =>
      page.waitForFunction(
        ([n, m]) =>
          (window as unknown as { events: [string, Record<string, unknown>][] }).events.some(
            ([e, d]) => e === n && Object.entries(m as Record<string, unknown>).every(([k, v]) => JSON.stringify(d[k]) === JSON.stringify(v)),
          ),
        [name, match] as const,
        { timeout: 60_000 },
      );
    const frame = await viewerFrame(page);
    await waitForFrameScene(frame, 'hall');
    await waitForEvent('ready', {});
    expect((await events('ready'))[0]).toMatchObject({ state: { tour: 'partner-demo', scene: 'hall', status: 'ready', card: null, language: 'en' } });

    // Embed mode: minimal chrome, a link out to the full tour.
    expect(await frame.locator('.topbar--embed').count()).toBe(1);
    expect(await frame.locator('[data-scene-link], .topbar__share').count()).toBe(0);
    const openFull = frame.locator('[data-open-full-tour]');
    expect(await openFull.getAttribute('target')).toBe('_blank');
    expect(await openFull.getAttribute('href')).toMatch(new RegExp(`^${viewer}/t/partner-demo/hall\\?v=[-\\d.,]+&lang=en$`));

    const tour = await api<{ id: string; title: string; scenes: { id: string; hotspots: { id: string; kind: string; title: string }[] }[] }>('getTour');
    if (!tour.ok) throw new Error(tour.message);
    expect(tour.result.id).toBe('partner-demo');
    expect(tour.result.title).toBe('RISE Processum – biorefinery pilot hall');
    expect(tour.result.scenes.map((s) => s.id)).toEqual(['hall', 'pretreatment', 'platform', 'tank-farm', 'process-floor', 'broken']);
    expect(tour.result.scenes[0]?.hotspots).toContainEqual({ id: 'distillation-column', kind: 'info', title: 'Distillation column' });
    expect(tour.result.scenes[1]?.hotspots).toContainEqual({ id: 'pretreatment-to-platform', kind: 'link', title: 'Climb to the platform' });
    expect(await api('getState')).toMatchObject({ ok: true, result: { tour: 'partner-demo', scene: 'hall', card: null, language: 'en', view: { kind: 'model' } } });

    expect(await api('goToScene', 'pretreatment')).toMatchObject({ ok: true, result: { scene: 'pretreatment' } });
    await waitForFrameScene(frame, 'pretreatment');
    expect(await events('scenechange')).toEqual([{ scene: 'pretreatment' }]);

    expect(await api('setView', { kind: 'panorama', yaw: 40, pitch: 5, fov: 60 })).toMatchObject({ ok: true, result: { view: { kind: 'panorama', yaw: 40, pitch: 5, fov: 60 } } });
    await waitForEvent('viewchange', { view: { kind: 'panorama', yaw: 40, pitch: 5, fov: 60 }, source: 'embed' });

    expect(await api('openCard', 'pretreatment--pretreatment-reactor')).toMatchObject({ ok: true, result: { card: 'pretreatment--pretreatment-reactor' } });
    await frame.getByRole('dialog', { name: 'Pretreatment reactor' }).waitFor();
    await waitForEvent('cardopen', { card: 'pretreatment--pretreatment-reactor' });
    expect(await api('closeCard')).toMatchObject({ ok: true, result: { card: null } });
    await waitForEvent('cardclose', { card: 'pretreatment--pretreatment-reactor' });
    expect(await frame.getByRole('dialog', { name: 'Pretreatment reactor' }).count()).toBe(0);

    // A card in another scene: the tour moves there first.
    expect(await api('openCard', 'distillation-column')).toMatchObject({ ok: true, result: { scene: 'hall', card: 'distillation-column' } });
    await waitForEvent('scenechange', { scene: 'hall' });
    await waitForEvent('cardopen', { card: 'distillation-column' });

    expect(await api('setLanguage', 'sv')).toMatchObject({ ok: true, result: { language: 'sv' } });
    await waitForEvent('languagechange', { language: 'sv' });
    expect(await api('getTour')).toMatchObject({ ok: true, result: { title: 'RISE Processum – pilothall för bioraffinaderi' } });
    await frame.waitForSelector('.app[lang="sv"]', { state: 'attached' });

    // Unknown ids and unfit views reject with clear errors and change nothing (once the scene is drawn, so its status holds still).
    await frame.waitForSelector('[data-scene-status="ready"]', { state: 'attached', timeout: 120_000 });
    const before = await api('getState');
    expect(await api('goToScene', 'leaching-plant')).toEqual({ ok: false, name: 'EmbedError', code: 'unknown-scene', message: 'this tour has no scene "leaching-plant"' });
    expect(await api('openCard', 'pretreatment-to-platform')).toMatchObject({ ok: false, code: 'unknown-card' });
    expect(await api('setLanguage', 'de')).toMatchObject({ ok: false, code: 'unknown-language', message: 'this tour offers en, sv, fi, not "de"' });
    expect(await api('setView', { kind: 'panorama', yaw: 0, pitch: 0, fov: 60 })).toMatchObject({ ok: false, code: 'invalid-view' });
    expect(await api('goToScene', 'Not valid!')).toMatchObject({ ok: false, code: 'malformed' });
    expect(await api('getState')).toEqual(before);

    // A visitor dragging inside the iframe: throttled viewchange events with source 'user'.
    expect(await api('closeCard')).toMatchObject({ ok: true });
    await waitForFrameScene(frame, 'hall');
    const box = (await page.locator('iframe').boundingBox()) as { x: number; y: number; width: number; height: number };
    const count = async () => (await events('viewchange')).length;
    const beforeDrag = await count();
    const started = Date.now();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 12, box.y + box.height / 2 + i * 2);
    await page.mouse.up();
    await waitForEvent('viewchange', { source: 'user' });
    const sent = (await count()) - beforeDrag;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 100) + 1);

    // A clean console so far, in the partner page and the viewer's frame: no postMessage errors from the
    // handshake, no cancelled requests, no warnings of ours.
    // The tour's missing image is a 404 once it is checked for; nothing else may fail.
    expect(watched.ours().filter((line) => !/status of 404 .*\/panoramas\/missing\.jpg/.test(line))).toEqual([]);

    // The error event: a scene whose image is missing.
    expect(await api('goToScene', 'broken')).toMatchObject({ ok: true });
    await waitForEvent('scenechange', { scene: 'broken' });
    await page.waitForFunction(() => (window as unknown as { events: [string][] }).events.some(([e]) => e === 'error'), null, { timeout: 30_000 });
    expect((await events('error'))[0]).toMatchObject({ code: 'scene-failed', message: expect.any(String) });

    // The page's own content drives the tour: a button, then the paragraph being read.
    await page.locator('[data-go-scene="process-floor"]').click();
    await waitForFrameScene(frame, 'process-floor');
    await page.getByText('The visitor is in: ').filter({ hasText: 'Pumpar' }).or(page.getByText('The visitor is in: ').filter({ hasText: 'Pumps' })).first().waitFor();
    await page.locator('section[data-scene="pretreatment"] h2').evaluate((h) => h.scrollIntoView({ block: 'center' }));
    await waitForFrameScene(frame, 'pretreatment');

    expect(errors).toEqual([]);
    expect(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('a page on an origin nobody allowed cannot frame the tour nor drive it', async () => {
    const name = plainPage('stranger.html', `${viewer}/t/partner-demo/hall?embed=1`);
    const { page, context } = await openPage(session, `${stranger}/${name}`);
    // A string, so that the test runner does not rewrite the dynamic import.
    const blocked = await page.evaluate(`(async () => {
      const { connect } = await import('${viewer}/sitevisit-embed.js');
      return connect(document.querySelector('iframe'), { timeout: 3000 }).then(() => 'connected', (e) => e.code);
    })()`);
    expect(blocked).toBe('timeout');
    // The browser refused to show the viewer at all (frame-ancestors), so nothing in it ran.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.locator('#root').count().catch(() => 0)).toBe(0);
    // The example partner page, served from that origin, says what its operator must set (after connect()'s 15 s).
    await page.goto(`${stranger}/index.html?viewer=${encodeURIComponent(viewer)}&tour=/t/partner-demo/hall`);
    await page.getByText(`it does not allow this page (${stranger}) to embed it. Start the viewer with EMBED_ORIGINS=${stranger} npm start`).waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('a frame from another origin inside an allowed page is ignored; garbage from the host changes nothing and crashes nothing', async () => {
    // The allowed partner page holds the viewer and, beside it, a stranger's frame.
    const name = plainPage('garbage.html', `${viewer}/t/partner-demo/hall?embed=1`);
    writeFileSync(join(work, 'pages', 'stranger-frame.html'), '<!doctype html><title>stranger</title>');
    const { page, errors } = await openWithViolations(`${partner}/${name}`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${stranger}/stranger-frame.html`);
    const frame = await viewerFrame(page);
    await waitForFrameScene(frame, 'hall');
    const strangerFrame = page.frames().find((f) => f.url().startsWith(stranger)) ?? (await page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(stranger) }));
    await strangerFrame.waitForLoadState();
    // Whatever the viewer says goes to the host page's list.
    await page.evaluate(() => {
      const w = window as unknown as { replies: unknown[] };
      w.replies = [];
      addEventListener('message', (e) => w.replies.push(e.data));
    });
    const replies = () => page.evaluate(() => (window as unknown as { replies: Record<string, unknown>[] }).replies);
    const call = (id: number, method: string, params?: unknown) => ({ protocol: 'sitevisit-embed', version: 1, id, method, params });

    // The stranger's frame posts a perfectly valid call, straight to the viewer: it is dropped, unanswered.
    await strangerFrame.evaluate((message) => parent.frames[0]?.postMessage(message, '*'), call(1, 'goToScene', { scene: 'pretreatment' }));

    const garbage = await page.evaluate(() => {
      const target = (document.querySelector('iframe') as HTMLIFrameElement).contentWindow as Window;
      const list: unknown[] = [
        'goToScene',
        42,
        null,
        [1, 2, 3],
        { protocol: 'sitevisit-embed', version: 1, id: 10, method: 'goToScene', params: { scene: 123 } },
        { protocol: 'sitevisit-embed', version: 1, id: 11, method: 'goToScene', params: { scene: 'x'.repeat(20_000_000) } },
        { protocol: 'sitevisit-embed', version: 1, id: 12, method: 'getTour', params: new Array(2_000_000).fill({ a: 1 }) },
        { protocol: 'sitevisit-embed', version: 99, id: 13, method: 'getTour' },
        { protocol: 'sitevisit-embed', version: 1, id: 14, method: 'selfDestruct' },
        JSON.parse('{"protocol":"sitevisit-embed","version":1,"id":15,"method":"openCard","params":{"card":"distillation-column","__proto__":{"polluted":true}}}'),
        JSON.parse('{"protocol":"sitevisit-embed","version":1,"id":16,"method":"__proto__","params":{"constructor":{"prototype":{"polluted":true}}}}'),
        { protocol: 'sitevisit-embed', version: 1, id: 17, method: 'setView', params: { view: { kind: 'model', position: [1e308 * 10, 0, 0], target: [0, 0, 0], fov: 50 } } },
      ];
      for (const message of list) target.postMessage(message, '*');
      return list.length;
    });
    // Then a valid call: its answer comes after all the others.
    await page.evaluate((m) => (document.querySelector('iframe') as HTMLIFrameElement).contentWindow?.postMessage(m, '*'), call(99, 'getState'));
    await page.waitForFunction(() => (window as unknown as { replies: { id: number }[] }).replies.some((r) => r.id === 99), null, { timeout: 30_000 });
    const all = await replies();
    const answers = all.filter((r) => r.type === 'reply' && r.id !== 99);
    expect(answers).toHaveLength(garbage);
    expect(answers.every((r) => r.ok === false)).toBe(true);
    expect(answers.map((r) => (r.error as { code: string }).code)).toEqual([
      'malformed', 'malformed', 'malformed', 'malformed', 'malformed', 'malformed', 'malformed',
      'unsupported-version', 'unknown-method', 'malformed', 'unknown-method', 'malformed',
    ]);
    expect(all.find((r) => r.id === 99)).toMatchObject({ ok: true, result: { scene: 'hall', card: null, language: 'en' } });
    expect(all.some((r) => r.id === 1)).toBe(false);
    expect(await frame.evaluate(() => [({} as Record<string, unknown>).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')])).toEqual([undefined, false]);
    expect(await frame.locator('#root[data-scene="hall"][data-scene-status="ready"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('runs the full viewer under the strict CSP without a single violation', async () => {
    const { page, errors, consoleErrors, watched } = await openWithViolations(`${viewer}/t/processum/hall`);
    const response = await page.request.get(`${viewer}/t/processum/hall`);
    expect(response.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self'/);
    await page.waitForSelector('#root[data-scene="hall"][data-scene-status="ready"]', { state: 'attached', timeout: 60_000 });
    // The parts most likely to need inline styles or eval: cards (markdown), the share panel's QR code, a panorama, walk mode.
    await page.locator('.poi summary').click();
    await page.locator('[data-poi="distillation-column"]').click();
    await page.getByRole('dialog', { name: 'Distillation column' }).waitFor();
    await page.locator('.topbar__share').click();
    await page.getByRole('button', { name: 'QR code' }).click();
    await page.locator('[data-share-panel] svg, [data-share-panel] canvas, [data-share-panel] img').first().waitFor();
    await page.locator('[data-mode="walk"]').click();
    await page.locator('[data-scene-link="process-floor"]').click();
    await page.waitForSelector('#root[data-scene="process-floor"][data-scene-status="ready"]', { state: 'attached', timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    // The demo's load, a card, the share panel, walk mode and a tiled panorama leave a clean console:
    // no cancelled requests (net::ERR_ABORTED), no warnings or errors of ours.
    expect(watched.ours()).toEqual([]);
    // The detector is live: an inline style attribute is reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations[0])).toMatch(/^style-src/);
  });

  it('a poster embed costs at most 60 KB until the visitor activates it, loads only when scrolled into view, and obeys an EMBED_ORIGINS page', async () => {
    const name = plainPage('poster.html', `${viewer}/t/processum/process-floor?embed=1&autoload=0`, { below: true });
    const { page } = await openPage(session, `${operatorPartner}/${name}`);
    await page.waitForLoadState('load');
    // Below the fold, the lazy iframe has not loaded anything yet.
    expect(page.frames().some((f) => f.url().startsWith(viewer))).toBe(false);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const frame = await viewerFrame(page);
    await frame.waitForLoadState('load');
    expect(await frame.locator('.poster__image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(768);
    const transfer = await frame.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      return { bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), names: entries.map((e) => e.name) };
    });
    console.log(`poster embed transfer before activation: ${transfer.bytes} bytes in ${transfer.names.length} requests`);
    expect(transfer.bytes).toBeGreaterThan(10_000); // the picture is really there
    expect(transfer.bytes).toBeLessThanOrEqual(60 * 1024);
    expect(transfer.names.some((n) => /\/assets\/main-/.test(n))).toBe(false);

    await frame.getByRole('button', { name: 'Load the interactive tour' }).click();
    await waitForFrameScene(frame, 'process-floor');
    expect(frame.url()).not.toContain('autoload');
    // This page's origin is allowed by the operator (EMBED_ORIGINS), not by the tour: it may drive it too.
    const state = await page.evaluate(`(async () => {
      const { connect } = await import('${viewer}/sitevisit-embed.js');
      const tour = await connect(document.querySelector('iframe'), { timeout: 20000 });
      return tour.goToScene('hall');
    })()`);
    expect(state).toMatchObject({ tour: 'processum', scene: 'hall' });
    await waitForFrameScene(frame, 'hall');
  });
});
