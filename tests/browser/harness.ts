/** Debian Chromium through playwright-core, with WebGL on SwiftShader, and helpers that observe what a user sees. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import sharp from 'sharp';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/** playwright-core gives every launch a fresh, temporary user-data-dir of its own. `args`: more Chromium switches (a fake microphone). */
export async function launch(args: string[] = []): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      ...args,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export interface OpenOptions {
  reducedMotion?: boolean;
  viewport?: { width: number; height: number };
  /** Runs in the page before any of its scripts (e.g. to play a device with little memory). */
  init?: () => void;
  /** Browser permissions granted to the context (e.g. 'clipboard-read', 'clipboard-write'). */
  permissions?: string[];
  /** A phone: touch screen (coarse pointer) and mobile viewport handling. */
  touch?: boolean;
}

/** A fresh context (no shared storage) with a page that collects errors. */
export async function openPage(session: Session, url: string, options: OpenOptions = {}) {
  const context: BrowserContext = await session.browser.newContext({
    viewport: options.viewport ?? { width: 960, height: 600 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    ...(options.permissions ? { permissions: options.permissions } : {}),
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors };
}

/** Waits on the app's own signal: the root carries data-scene and data-scene-status. */
export async function waitForScene(page: Page, sceneId: string | null, status: 'ready' | 'error' = 'ready', timeout = 60_000) {
  const selector = sceneId === null ? `#root[data-scene-status="${status}"]` : `#root[data-scene="${sceneId}"][data-scene-status="${status}"]`;
  await page.waitForSelector(selector, { timeout, state: 'attached' });
}

/** Statistics of the canvas pixels, as a user would see them (a screenshot, not WebGL reads). */
export async function canvasStats(page: Page) {
  const png = await page.locator('.viewer canvas').first().screenshot();
  const { channels } = await sharp(png).stats();
  const stdev = channels.slice(0, 3).reduce((sum, c) => sum + c.stdev, 0) / 3;
  const mean = channels.slice(0, 3).reduce((sum, c) => sum + c.mean, 0) / 3;
  return { stdev, mean, png };
}

/** The canvas is not blank: it has real variation, not one flat colour. */
export async function expectCanvasNotBlank(page: Page, minStdev = 8) {
  const { stdev } = await canvasStats(page);
  if (stdev < minStdev) throw new Error(`canvas looks blank (pixel stdev ${stdev.toFixed(1)} < ${minStdev})`);
  return stdev;
}

export const gpuMemory = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sitevisit: { memory(): { geometries: number; textures: number } | null } }).__sitevisit.memory());

/** What the store says the visitor sees (read through the app's diagnostics handle). */
export interface ObservedState {
  sceneId: string;
  cardId: string | null;
  language: string;
  mode: string;
  view: Record<string, unknown>;
}

export const storeState = (page: Page): Promise<ObservedState> =>
  page.evaluate(() => {
    const s = (window as unknown as { __sitevisit: { store: { getState(): Record<string, unknown> } } }).__sitevisit.store.getState();
    return { sceneId: s.sceneId, cardId: s.cardId, language: s.language, mode: s.mode, view: s.view } as ObservedState;
  });

/**
 * Console lines and failed requests of a page and its frames, for a clean-console check.
 * `ours()` leaves out what comes from dependencies we cannot change: r3f 9's store
 * constructs a THREE.Clock, deprecated since three r183 (pmndrs/react-three-fiber#3741,
 * replaced by THREE.Timer in r3f 10), and three notes that SwiftShader lacks
 * KHR_parallel_shader_compile.
 */
export function watchConsole(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') lines.push(`${m.type()}: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  page.on('requestfailed', (r) => lines.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const foreign = [/THREE\.Clock: This module has been deprecated/, /KHR_parallel_shader_compile extension not supported/];
  return { lines, ours: () => lines.filter((line) => !foreign.some((pattern) => pattern.test(line))) };
}
