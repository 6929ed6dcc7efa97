/**
 * Multiresolution panoramas in the benchmark: a 16384×8192 panorama opened cold
 * as a tile pyramid (first view = the preview drawn, then the sharp view),
 * locally and at 10 Mbit/s (CDP network emulation), against the same image
 * shown whole by our plain equirect path and by Pannellum. Counts the image
 * bytes transferred (Resource Timing transferSize) until each signal.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { launch, openPage, type Session } from '../../tests/browser/harness';
import { createAppServer } from '../../server/app';
import type { Served } from './setup';
import { median, round } from './stats';

export const TILED_TOUR = 'tiles-grid';
const TILED_PATH = `/t/${TILED_TOUR}/grid`;
const SOURCE_PATH = `/tours/${TILED_TOUR}/grid.jpg`;
/** 10 Mbit/s each way, 20 ms latency. */
const THROTTLE = { offline: false, latency: 20, downloadThroughput: 10_000_000 / 8, uploadThroughput: 10_000_000 / 8 };

/** The app with the tiled tour's folder as its tours directory. */
export async function serveAppWithTours(dist: string, toursDir: string, listen: (s: ReturnType<typeof createServer>) => Promise<string>): Promise<Served> {
  const server = createAppServer({ dist, toursDir });
  return { url: await listen(server), close: () => new Promise((r) => server.close(() => r())) };
}

/** bench/pannellum.html, Pannellum's build from node_modules, and the tour folder for the image. */
export async function servePannellum(root: string, toursDir: string, listen: (s: ReturnType<typeof createServer>) => Promise<string>): Promise<Served> {
  const page = sirv(join(root, 'bench'), { dev: true });
  const lib = sirv(join(root, 'node_modules/pannellum/build'), { dev: true });
  const tours = sirv(toursDir, { dev: true });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404);
      res.end('Not found');
    };
    const url = req.url ?? '/';
    if (url.startsWith('/pannellum/')) {
      req.url = url.slice('/pannellum'.length);
      return lib(req, res, notFound);
    }
    if (url.startsWith('/tours/')) {
      req.url = url.slice('/tours'.length);
      return tours(req, res, notFound);
    }
    return page(req, res, notFound);
  });
  return { url: await listen(server), close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * Bytes on the wire (Resource Timing transferSize: headers + encoded body) of the
 * image files (tiles, preview, panorama) that had arrived by `untilMs` after navigation start.
 */
const imageBytes = (page: Page, untilMs: number) =>
  page.evaluate((until) => {
    const images = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => /\.(jpe?g|png|webp)(\?|$)/i.test(e.name) && (e as PerformanceResourceTiming).responseEnd <= until);
    return { bytes: images.reduce((sum, e) => sum + e.transferSize, 0), files: images.length };
  }, untilMs);

const markTime = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null, name);

async function waitMark(page: Page, name: string, timeout = 60_000): Promise<number> {
  try {
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, name, { timeout, polling: 20 });
  } catch (error) {
    const root = await page.evaluate(() => ({ ...document.getElementById('root')?.dataset }));
    throw new Error(`no mark ${name} after ${timeout} ms; #root ${JSON.stringify(root)}`, { cause: error });
  }
  return (await markTime(page, name)) as number;
}

export interface TiledRun {
  firstViewMs: number;
  firstViewBytes: number;
  sharpMs: number;
  sharpBytes: number;
  sharpFiles: number;
}

async function tiledRun(session: Session, appUrl: string, throttled: boolean): Promise<TiledRun> {
  const { page, context, errors } = await openPage(session, 'about:blank');
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  try {
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    }
    await page.goto(`${appUrl}${TILED_PATH}`);
    const firstViewMs = await waitMark(page, 'sitevisit:ready:grid').catch((e: Error) => {
      throw new Error(`${e.message}; page errors: ${errors.join(' | ')}`);
    });
    const sharpMs = await waitMark(page, 'sitevisit:tiles-sharp:grid').catch((e: Error) => {
      throw new Error(`${e.message}; page errors: ${errors.join(' | ')}`);
    });
    const first = await imageBytes(page, firstViewMs);
    const sharp = await imageBytes(page, sharpMs);
    return { firstViewMs: round(firstViewMs, 0), firstViewBytes: first.bytes, sharpMs: round(sharpMs, 0), sharpBytes: sharp.bytes, sharpFiles: sharp.files };
  } finally {
    await context.close();
  }
}

export interface WholeRun {
  /** ms after navigation start until the image is drawn; null when the viewer refused or failed. */
  readyMs: number | null;
  bytes: number;
  outcome: string;
}

async function plainRun(session: Session, appUrl: string): Promise<WholeRun> {
  const { page, context } = await openPage(session, 'about:blank');
  try {
    await page.goto(`${appUrl}/?panorama=${SOURCE_PATH}`);
    await page.waitForSelector('#root[data-scene-status="ready"], #root[data-scene-status="error"]', { timeout: 120_000, state: 'attached' });
    const readyMs = await markTime(page, 'sitevisit:ready:panorama');
    const notice = await page.evaluate(() => document.body.innerText.match(/reduced to fit[^.]*/)?.[0] ?? '');
    const { bytes } = await imageBytes(page, readyMs ?? Infinity);
    return { readyMs: readyMs === null ? null : round(readyMs, 0), bytes, outcome: readyMs === null ? 'error' : notice ? `shown, ${notice}` : 'shown' };
  } finally {
    await context.close();
  }
}

async function pannellumRun(session: Session, pannellumUrl: string): Promise<WholeRun> {
  const { page, context } = await openPage(session, 'about:blank');
  try {
    await page.goto(`${pannellumUrl}/pannellum.html?url=${encodeURIComponent(SOURCE_PATH)}`);
    await page.waitForFunction(() => (window as unknown as { __pano: { state: string } }).__pano.state !== 'loading', null, { timeout: 120_000, polling: 50 });
    const { state, message } = await page.evaluate(() => (window as unknown as { __pano: { state: string; message: string } }).__pano);
    const readyMs = state === 'ready' ? await markTime(page, 'bench:pannellum:ready') : null;
    const { bytes } = await imageBytes(page, readyMs ?? Infinity);
    return { readyMs: readyMs === null ? null : round(readyMs, 0), bytes, outcome: state === 'ready' ? 'shown' : `refused: ${message.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()}` };
  } finally {
    await context.close();
  }
}

async function inOwnBrowser<T>(work: (session: Session) => Promise<T>): Promise<T> {
  const own = await launch();
  try {
    return await work(own);
  } finally {
    await own.close();
  }
}

export interface TilesResults {
  runs: number;
  tiled: TiledRun[];
  tiledThrottled: TiledRun[];
  plain: WholeRun[];
  pannellum: WholeRun[];
}

export async function measureTiles(session: Session, appUrl: string, pannellumUrl: string, runs: number, log: (m: string) => void): Promise<TilesResults> {
  const results: TilesResults = { runs, tiled: [], tiledThrottled: [], plain: [], pannellum: [] };
  for (let i = 0; i < runs; i++) {
    results.tiled.push(await tiledRun(session, appUrl, false));
    results.tiledThrottled.push(await tiledRun(session, appUrl, true));
    log(`tiles: tiled round ${i + 1}/${runs} done`);
  }
  // The whole 16K image can lose the WebGL context (Pannellum asks for a 16384 px texture), and Chromium
  // then blocks WebGL for the host: each whole-image run gets a browser of its own, after the tiled runs.
  for (let i = 0; i < runs; i++) {
    results.plain.push(await inOwnBrowser((own) => plainRun(own, appUrl)));
    results.pannellum.push(await inOwnBrowser((own) => pannellumRun(own, pannellumUrl)));
    log(`tiles: whole-image round ${i + 1}/${runs} done`);
  }
  return results;
}

export const TILES_BUDGETS = { firstViewKB: 300, firstViewMs: 1000, sharpMs: 2000, sharpThrottledMs: 4000 };

/** Markdown: the budgets, then the side-by-side table. */
export function renderTiles(r: TilesResults): string[] {
  const kb = (b: number) => round(b / 1024, 1);
  const med = (xs: number[]) => median(xs);
  const t = r.tiled;
  const th = r.tiledThrottled;
  const firstKB = kb(med(t.map((x) => x.firstViewBytes)));
  const firstMs = med(t.map((x) => x.firstViewMs));
  const sharpMs = med(t.map((x) => x.sharpMs));
  const sharpThMs = med(th.map((x) => x.sharpMs));
  const ok = (pass: boolean) => (pass ? '✅' : '❌');
  const whole = (label: string, xs: WholeRun[]) => {
    const shown = xs.filter((x) => x.readyMs !== null).map((x) => x.readyMs as number);
    const ms = shown.length ? med(shown) : null;
    const bytes = med(xs.map((x) => x.bytes));
    const ratioBytes = round(bytes / med(t.map((x) => x.firstViewBytes)), 1);
    const ratioMs = ms === null ? '—' : `${round(ms / firstMs, 1)}×`;
    return `| ${label} | ${ms ?? '—'} ms | ${kb(bytes)} KB | ${ratioMs} | ${ratioBytes}× | ${xs[0]?.outcome ?? ''} |`;
  };
  return [
    `## Multiresolution panorama, 16384×8192 (median of ${r.runs} cold loads, 960×600, DPR 1)`,
    '',
    '| Metric | Value | Budget | |',
    '|---|---|---|---|',
    `| First meaningful view (preview drawn), image bytes | ${firstKB} KB (runs ${t.map((x) => kb(x.firstViewBytes)).join(', ')}) | ≤ ${TILES_BUDGETS.firstViewKB} KB | ${ok(firstKB <= TILES_BUDGETS.firstViewKB)} |`,
    `| First meaningful view, time | ${firstMs} ms (runs ${t.map((x) => x.firstViewMs).join(', ')}) | ≤ ${TILES_BUDGETS.firstViewMs} ms | ${ok(firstMs <= TILES_BUDGETS.firstViewMs)} |`,
    `| Sharp view at the default fov, local | ${sharpMs} ms (runs ${t.map((x) => x.sharpMs).join(', ')}; ${t[0]?.sharpFiles} images, ${kb(t[0]?.sharpBytes ?? 0)} KB) | ≤ ${TILES_BUDGETS.sharpMs} ms | ${ok(sharpMs <= TILES_BUDGETS.sharpMs)} |`,
    `| Sharp view at the default fov, 10 Mbit/s | ${sharpThMs} ms (runs ${th.map((x) => x.sharpMs).join(', ')}; first view ${med(th.map((x) => x.firstViewMs))} ms) | ≤ ${TILES_BUDGETS.sharpThrottledMs} ms | ${ok(sharpThMs <= TILES_BUDGETS.sharpThrottledMs)} |`,
    '',
    'Side by side, the same 16384×8192 JPEG (time to the first drawn view; ratios against the tiled first view):',
    '',
    '| Viewer | First view | Image bytes | Time ratio | Bytes ratio | Outcome |',
    '|---|---|---|---|---|---|',
    `| sitevisit, tiles (preview, then sharp tiles) | ${firstMs} ms | ${firstKB} KB | 1× | 1× | sharp after ${sharpMs} ms |`,
    whole('sitevisit, plain equirect path', r.plain),
    whole('Pannellum 2.5.7 (equirectangular)', r.pannellum),
  ];
}
