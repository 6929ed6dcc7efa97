/**
 * Side by side in one run (`npm run bench -- --only compare`): sitevisit against
 * Pannellum, Marzipano, model-viewer and the bare three.js page, with the same
 * files (scripts/bench/compareSetup.ts), in interleaved rounds (round 1 loads
 * every viewer once, then round 2, …), so load from elsewhere on the machine
 * hits every viewer alike.
 *
 * Desktop (1280×720, DPR 1): first frame of the 4K JPEG after navigation start,
 * the same at 10 Mbit/s, the frame median while dragging, JS gzip; first frame
 * of the 6 MB GLB. Phone (CDP: 4× CPU slowdown, 1.6 Mbit/s, 150 ms RTT,
 * 390×844 at DPR 2, touch, fresh context = cold cache): the tiled demo scene
 * opened by its link (first 3D frame and largest contentful paint, with the
 * element that was painted), `/` (LCP and the hall's first frame) against
 * model-viewer showing the same hall GLB.
 *
 * "First frame" is each viewer's own signal: sitevisit's `sitevisit:first-frame`
 * (the start script's frame of the panorama, src/start/earlyPaint.ts, or else the
 * app's first frame with the content), with its ready mark beside it (the app
 * running: the view turns, hotspots are shown), the bare page's first render, Pannellum's `load`
 * (fired after its first render), Marzipano's first stable `renderComplete`,
 * and the animation frame after model-viewer's `load`.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import type { Session } from '../../tests/browser/harness';
import { dragAndRecord } from './measure';
import { READY_PROBE } from './inpage';
import { round } from './stats';
import type { FrameRecording } from './stats';
import { COMPARE_GLB, COMPARE_JPEG, DEMO_GLB } from './compareSetup';

export const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const TEN_MBIT = { offline: false, latency: 20, downloadThroughput: 10_000_000 / 8, uploadThroughput: 10_000_000 / 8 };
const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const PHONE_CPU_SLOWDOWN = 4;
const DRAG_MS = 3000;
/** The quick view's vertical fov (75°) as each viewer takes it at 16:9: Pannellum wants the horizontal one. */
const HFOV_16_9 = round((2 * Math.atan(Math.tan((75 * Math.PI) / 360) * (16 / 9)) * 180) / Math.PI, 1);

/** Records every largest-contentful-paint candidate with a description of its element. */
const LCP_PROBE = `(() => {
  window.__lcp = [];
  const describe = (el) => {
    if (!el) return '(removed)';
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
    const text = el.tagName === 'IMG' ? ' ' + new URL(el.currentSrc || el.src, location.href).pathname : ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    return name + text;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp.push({ startTime: e.startTime, size: e.size, element: describe(e.element), url: e.url });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})()`;

export type Viewer = 'sitevisit' | 'pannellum' | 'marzipano' | 'bare' | 'model-viewer';

export interface Load {
  viewer: Viewer;
  readyMs: number | null;
  /** sitevisit: the scene's ready mark (the app has drawn and the view can be turned), when `readyMs` is the start script's frame. */
  interactiveMs?: number | null;
  jsGzipBytes?: number;
  jsFiles?: number;
  frames?: { recording: FrameRecording; medianMs: number };
  lcp?: { ms: number; element: string } | null;
  error?: string;
}

interface Target {
  url: string;
  /** Where "ready" is read: a performance mark name. */
  mark: string;
  /** A later mark for when the viewer can be used, read after `mark` (JS is counted until it). */
  interactiveMark?: string;
}

export interface CompareUrls {
  app: string;
  viewers: string;
}

const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export function panoramaTargets(u: CompareUrls): Record<string, Target> {
  const jpg = COMPARE_JPEG;
  return {
    sitevisit: { url: `${u.app}/?panorama=${jpg}`, mark: 'sitevisit:first-frame', interactiveMark: 'sitevisit:ready:panorama' },
    pannellum: { url: `${u.viewers}/pannellum.html?${q({ url: jpg, hfov: HFOV_16_9 })}`, mark: 'bench:viewer:ready' },
    marzipano: { url: `${u.viewers}/marzipano.html?${q({ url: jpg, hfov: HFOV_16_9 })}`, mark: 'bench:viewer:ready' },
    bare: { url: `${u.viewers}/bare.html?${q({ kind: 'panorama', url: jpg, yaw: 0, pitch: 0, fov: 75 })}`, mark: 'bench:viewer:ready' },
  };
}

export function modelTargets(u: CompareUrls): Record<string, Target> {
  return {
    sitevisit: { url: `${u.app}/?model=${COMPARE_GLB}`, mark: 'sitevisit:ready:model' },
    'model-viewer': { url: `${u.viewers}/model-viewer.html?${q({ url: COMPARE_GLB })}`, mark: 'bench:viewer:ready' },
    bare: { url: `${u.viewers}/bare.html?${q({ kind: 'model', url: COMPARE_GLB })}`, mark: 'bench:viewer:ready' },
  };
}

const isScript = (response: Response) => response.request().resourceType() === 'script' || /\.m?js$/.test(new URL(response.url()).pathname);

async function waitForMark(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction(
    (name) => {
      const failed = (window as unknown as { __pano?: { state: string } }).__pano?.state === 'error' || document.getElementById('root')?.dataset.sceneStatus === 'error';
      if (failed) throw new Error('the viewer reported an error');
      return performance.getEntriesByName(name, 'mark').length > 0;
    },
    mark,
    { timeout, polling: 20 },
  );
  return round((await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN, mark)) as number, 0);
}

interface LoadOptions {
  phone?: boolean;
  network?: typeof TEN_MBIT;
  recordJs?: boolean;
  drag?: boolean;
  lcp?: boolean;
  timeout?: number;
}

/** One cold load of `target` in a fresh context. */
export async function loadOnce(session: Session, viewer: Viewer, target: Target, options: LoadOptions = {}): Promise<Load> {
  const result = await loadOnceInner(session, viewer, target, options);
  if (process.env.BENCH_VERBOSE) process.stderr.write(`  ${viewer} ${target.url.replace(/^http:\/\/[^/]+/, '')} ${JSON.stringify(options)}: ${result.readyMs ?? result.error} ${result.frames ? `frames ${result.frames.medianMs}` : ''} ${result.lcp ? `lcp ${result.lcp.ms} ${result.lcp.element}` : ''}\n`);
  return result;
}

async function loadOnceInner(session: Session, viewer: Viewer, target: Target, options: LoadOptions): Promise<Load> {
  const context: BrowserContext = await session.browser.newContext(
    options.phone
      ? { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: DESKTOP, deviceScaleFactor: 1, reducedMotion: 'reduce' },
  );
  try {
    await context.addInitScript(READY_PROBE);
    if (options.lcp) await context.addInitScript(LCP_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = options.network ?? (options.phone ? PHONE_NETWORK : null);
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    if (options.phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
    const scripts: Promise<number>[] = [];
    let recording = options.recordJs === true;
    context.on('response', (response) => {
      if (!recording || !isScript(response) || response.url().startsWith('data:')) return;
      scripts.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
    });
    await page.goto(target.url);
    const readyMs = await waitForMark(page, target.mark, options.timeout ?? 120_000);
    const result: Load = { viewer, readyMs };
    if (target.interactiveMark) result.interactiveMs = await waitForMark(page, target.interactiveMark, options.timeout ?? 120_000);
    recording = false;
    if (options.recordJs) {
      const sizes = await Promise.all(scripts);
      result.jsGzipBytes = sizes.reduce((a, b) => a + b, 0);
      result.jsFiles = sizes.length;
    }
    if (options.lcp) {
      // LCP candidates stop at the first input; none comes, so read them once the scene is drawn.
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const entries = (await page.evaluate('window.__lcp')) as { startTime: number; element: string }[];
      const last = entries[entries.length - 1];
      result.lcp = last ? { ms: round(last.startTime, 0), element: last.element } : null;
    }
    if (options.phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (options.drag) {
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      const dragged = await dragAndRecord(page, DRAG_MS);
      result.frames = { recording: dragged.recording, medianMs: dragged.stats.medianMs };
    }
    return result;
  } catch (error) {
    return { viewer, readyMs: null, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await context.close();
  }
}

export interface CompareResults {
  rounds: number;
  desktop: { panorama: Load[]; panoramaThrottled: Load[]; model: Load[] };
  phone: { tiledDeepLink: Load[]; start: Load[]; modelViewer: Load[]; deepLinkPath: string };
}

export const PHONE_DEEP_LINK = '/t/processum/process-floor';

export async function measureDesktop(session: Session, u: CompareUrls, rounds: number, log: (m: string) => void): Promise<CompareResults['desktop']> {
  const out: CompareResults['desktop'] = { panorama: [], panoramaThrottled: [], model: [] };
  const panoramas = panoramaTargets(u);
  const models = modelTargets(u);
  for (let r = 0; r < rounds; r++) {
    for (const [viewer, target] of Object.entries(panoramas)) {
      out.panorama.push(await loadOnce(session, viewer as Viewer, target, { recordJs: r === 0, drag: true }));
      out.panoramaThrottled.push(await loadOnce(session, viewer as Viewer, target, { network: TEN_MBIT }));
    }
    for (const [viewer, target] of Object.entries(models)) out.model.push(await loadOnce(session, viewer as Viewer, target, { recordJs: r === 0 }));
    log(`compare: desktop round ${r + 1}/${rounds} done`);
  }
  return out;
}

export async function measurePhone(session: Session, u: CompareUrls, rounds: number, log: (m: string) => void): Promise<CompareResults['phone']> {
  const out: CompareResults['phone'] = { tiledDeepLink: [], start: [], modelViewer: [], deepLinkPath: PHONE_DEEP_LINK };
  // The demo's hall as model-viewer shows it: the same meshopt GLB the app's `/` loads.
  const modelViewer = { url: `${u.viewers}/model-viewer.html?${q({ url: DEMO_GLB })}`, mark: 'bench:viewer:ready' };
  for (let r = 0; r < rounds; r++) {
    const phone = { phone: true, lcp: true, recordJs: r === 0 };
    out.tiledDeepLink.push(await loadOnce(session, 'sitevisit', { url: `${u.app}${PHONE_DEEP_LINK}`, mark: 'sitevisit:first-frame', interactiveMark: 'sitevisit:ready:process-floor' }, phone));
    out.start.push(await loadOnce(session, 'sitevisit', { url: `${u.app}/`, mark: 'sitevisit:ready:hall' }, phone));
    out.modelViewer.push(await loadOnce(session, 'model-viewer', modelViewer, phone));
    log(`compare: phone round ${r + 1}/${rounds} done`);
  }
  return out;
}

/** The phone profile's largest contentful paint alone (`--only phone-lcp`): the deep link and `/`, interleaved. */
export async function measurePhoneLcp(session: Session, u: CompareUrls, rounds: number, log: (m: string) => void): Promise<Pick<CompareResults['phone'], 'tiledDeepLink' | 'start' | 'deepLinkPath'>> {
  const out = { tiledDeepLink: [] as Load[], start: [] as Load[], deepLinkPath: PHONE_DEEP_LINK };
  for (let r = 0; r < rounds; r++) {
    const phone = { phone: true, lcp: true };
    out.tiledDeepLink.push(await loadOnce(session, 'sitevisit', { url: `${u.app}${PHONE_DEEP_LINK}`, mark: 'sitevisit:first-frame', interactiveMark: 'sitevisit:ready:process-floor' }, phone));
    out.start.push(await loadOnce(session, 'sitevisit', { url: `${u.app}/`, mark: 'sitevisit:ready:hall' }, phone));
    log(`phone-lcp: round ${r + 1}/${rounds} done`);
  }
  return out;
}
