/** The benchmark's measurements, each in fresh browser contexts of one Chromium. */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page, Response } from 'playwright-core';
import { openPage, waitForScene, gpuMemory, type Session } from '../../tests/browser/harness';
import { ARM_NEXT_FRAME, ARMED_FRAME, FIND_DRAG_START, INSTALL_FRAME_RECORDER, NEXT_FRAME, READY_PROBE } from './inpage';
import { frameStats, median, round, type FrameRecording, type FrameStats } from './stats';

/** Scene ids of the demo tour, in tour order. */
export const DEMO_SCENES = ['hall', 'pretreatment', 'process-floor'] as const;
export const PANORAMA_FILES: Record<string, string> = {
  pretreatment: '/panoramas/processum-pretreatment.jpg',
  'process-floor': '/panoramas/processum-process-floor.jpg',
};

/**
 * A fresh context (the harness's: 960×600, DPR 1, reduced motion) on about:blank, so listeners
 * can be attached before navigating; app pages get the ready+2frames probe.
 */
async function freshPage(session: Session) {
  const opened = await openPage(session, 'about:blank');
  await opened.page.addInitScript(READY_PROBE);
  return { ...opened, close: () => opened.context.close() };
}

const lastMark = (page: Page, name: string) =>
  page.evaluate((name) => {
    const entries = performance.getEntriesByName(name, 'mark');
    const last = entries[entries.length - 1];
    return last ? last.startTime : null;
  }, name);

const readyMark = (page: Page, sceneId: string) => lastMark(page, `sitevisit:ready:${sceneId}`);

/** The probe's mark two frames after ready (see READY_PROBE), once it is later than `after`. */
async function drawnMark(page: Page, sceneId: string, after: number): Promise<number> {
  const name = `bench:ready+2frames:${sceneId}`;
  await page.waitForFunction(
    ([name, after]) => performance.getEntriesByName(name as string, 'mark').some((e) => e.startTime > (after as number)),
    [name, after] as const,
    { timeout: 60_000, polling: 50 },
  );
  return (await lastMark(page, name)) as number;
}

const pageErrors = (errors: string[], label: string) => errors.map((e) => `${label}: ${e}`);

// ---------------------------------------------------------------- 1 + 2: cold loads

export interface JsFile {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface ColdLoad {
  /** performance.mark('sitevisit:ready:<id>').startTime: ms after navigation start. */
  readyMs: number;
  /** Two frames after ready, ms after navigation start: the content has been drawn. */
  drawnMs: number;
  js?: JsFile[];
  errors: string[];
}

const isScript = (response: Response) => {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  return type === 'script' || /\.m?js$/.test(path);
};

/** Opens `url` in a fresh context (cold cache) and waits for `sceneId` to be ready; optionally records every script until then. */
export async function coldLoad(session: Session, url: string, sceneId: string, recordJs = false): Promise<ColdLoad> {
  const { page, context, errors, close } = await freshPage(session);
  try {
    const pending: Promise<JsFile | null>[] = [];
    let recording = recordJs;
    // Context-wide, so that scripts fetched by workers count too.
    const onResponse = (response: Response) => {
      if (!recording || !isScript(response) || response.url().startsWith('data:')) return;
      pending.push(
        response.body().then(
          (body) => ({ path: new URL(response.url()).pathname, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }),
          () => null,
        ),
      );
    };
    context.on('response', onResponse);
    await page.goto(url);
    await waitForScene(page, sceneId);
    recording = false;
    context.off('response', onResponse);
    const readyMs = await readyMark(page, sceneId);
    if (readyMs === null) throw new Error(`no sitevisit:ready:${sceneId} mark after ${url}`);
    const drawnMs = await drawnMark(page, sceneId, readyMs);
    const result: ColdLoad = { readyMs: round(readyMs, 0), drawnMs: round(drawnMs, 0), errors: pageErrors(errors, url) };
    // Let the GPU (SwiftShader, shared by all contexts) finish this page's frames before the next run starts.
    await settle(page);
    if (recordJs) {
      const files = (await Promise.all(pending)).filter((f): f is JsFile => f !== null);
      if (files.length !== pending.length) throw new Error('could not read the body of some scripts');
      const unique = new Map(files.map((f) => [f.path, f]));
      result.js = [...unique.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
    }
    return result;
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 3: frame times

export interface DragResult {
  stats: FrameStats;
  recording: FrameRecording;
  /** Playwright mouse moves made (each followed by a wait for the next frame). */
  moves: number;
  durationMs: number;
}

/** Drags the mouse across the canvas for `durationMs`, one small step per animation frame, recording frame times in the page. */
export async function dragAndRecord(page: Page, durationMs: number): Promise<DragResult> {
  await page.evaluate(INSTALL_FRAME_RECORDER);
  const start = (await page.evaluate(FIND_DRAG_START)) as { x: number; y: number; left: number; right: number } | null;
  if (!start) throw new Error('found no free spot on the canvas to drag from');
  const min = start.left + 40;
  const max = start.right - 40;
  const stepPx = 4;
  let x = start.x;
  let direction = 1;
  await page.mouse.move(x, start.y);
  await page.evaluate(NEXT_FRAME);
  await page.evaluate('window.__benchFrames.start()');
  await page.mouse.down();
  const began = Date.now();
  let moves = 0;
  while (Date.now() - began < durationMs) {
    if (x + stepPx * direction > max || x + stepPx * direction < min) direction = -direction;
    x += stepPx * direction;
    // A little vertical wobble so a turn never stalls against a limit.
    // The wait is armed before the move, so it ends with the frame that delivers the move (Chromium
    // hands mouse moves to the page at the start of a frame), not one frame later.
    await page.evaluate(ARM_NEXT_FRAME);
    await page.mouse.move(x, start.y + Math.round(6 * Math.sin(moves / 15)));
    await page.evaluate(ARMED_FRAME);
    moves++;
  }
  await page.mouse.up();
  await page.evaluate(NEXT_FRAME);
  const recording = (await page.evaluate('window.__benchFrames.stop()')) as FrameRecording;
  return { stats: frameStats(recording), recording, moves, durationMs: Date.now() - began };
}

export interface AppFrameTimes {
  model: DragResult;
  panorama: DragResult;
  errors: string[];
}

/** Leaves the page alone until nothing is fetched (link-target preloads) and a few frames have passed. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i++) await page.evaluate(NEXT_FRAME);
}

/** The app: the demo's hall (its tour camera pose), then its process-floor panorama scene (through goToScene). */
export async function appFrameTimes(session: Session, appUrl: string, durationMs: number, panoramaScene: string): Promise<AppFrameTimes> {
  const { page, errors, close } = await freshPage(session);
  try {
    await page.goto(`${appUrl}/`);
    await waitForScene(page, 'hall');
    await settle(page);
    const model = await dragAndRecord(page, durationMs);
    await page.evaluate((id) => (window as unknown as SitevisitWindow).__sitevisit.store.getState().goToScene(id, 'app'), panoramaScene);
    await waitForScene(page, panoramaScene);
    await settle(page);
    const panorama = await dragAndRecord(page, durationMs);
    return { model, panorama, errors: pageErrors(errors, 'app frame times') };
  } finally {
    await close();
  }
}

export interface BareFrameTimes {
  stats: FrameStats;
  recording: FrameRecording;
  info: { memory: { geometries: number; textures: number }; triangles: number; calls: number };
}

/** The bare three.js page, dragged exactly as the app is (it renders once per move, on demand). */
export async function bareFrameTimes(session: Session, bareUrl: string, durationMs: number): Promise<{ result: BareFrameTimes; errors: string[] }> {
  const { page, errors, close } = await freshPage(session);
  try {
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(bareUrl);
    const info = (await page.evaluate('window.__bare.ready', undefined).catch((e: unknown) => {
      throw new Error(`bare page failed (${bareUrl}): ${String(e)} ${consoleErrors.join('; ')}`);
    })) as BareFrameTimes['info'];
    await settle(page);
    const { stats, recording } = await dragAndRecord(page, durationMs);
    return { result: { stats, recording, info }, errors: [...pageErrors(errors, bareUrl), ...consoleErrors.map((e) => `${bareUrl}: ${e}`)] };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- 4: memory over scene switches

interface SitevisitWindow {
  __sitevisit: {
    store: { getState(): { goToScene(id: string, source: string): boolean } };
    memory(): { geometries: number; textures: number } | null;
  };
}

export interface HeapSample {
  usedBytes: number;
  /**
   * Live objects only: the heap snapshot's self sizes, without V8's compiled code
   * (which grows while hot functions are optimised, then levels off; not retained data).
   */
  objectBytes: number;
  totalBytes: number;
  /** ArrayBuffer backing stores and other memory outside the JS heap, when Chromium reports it. */
  backingStorageBytes: number | null;
  gpu: { geometries: number; textures: number } | null;
}

export interface SceneSwitch {
  to: string;
  /** From the goToScene call to the scene's ready mark, ms. */
  ms: number;
  /** From the goToScene call to two frames after ready (drawn), ms. */
  drawnMs: number;
}

export interface SwitchRun {
  start: HeapSample;
  /** After the first round trip through every scene (back on the first): warm caches, compiled code. */
  afterFirstRound: HeapSample;
  end: HeapSample;
  switches: SceneSwitch[];
  errors: string[];
}

async function heapSample(page: Page, context: BrowserContext): Promise<HeapSample> {
  const cdp = await context.newCDPSession(page);
  try {
    await settle(page);
    // Twice: the first pass can leave objects with finalizers for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; backingStorageSize?: number };
    return {
      usedBytes: usage.usedSize,
      objectBytes: await objectBytes(cdp),
      totalBytes: usage.totalSize,
      backingStorageBytes: usage.backingStorageSize ?? null,
      gpu: await gpuMemory(page),
    };
  } finally {
    await cdp.detach();
  }
}

/** Sums the self size of every heap-snapshot node that is not compiled code. */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = types.indexOf('code');
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + typeAt] !== code) total += snapshot.nodes[i + sizeAt] as number;
  }
  return total;
}

/** Opens the demo, then switches scenes round-robin at least `count` times, ending on the first scene. */
export async function sceneSwitches(session: Session, appUrl: string, count: number): Promise<SwitchRun> {
  const { page, context, errors, close } = await freshPage(session);
  try {
    await page.goto(`${appUrl}/`);
    await waitForScene(page, DEMO_SCENES[0]);
    const start = await heapSample(page, context);
    const switches: SceneSwitch[] = [];
    let afterFirstRound: HeapSample | null = null;
    for (let i = 1; i <= count || i % DEMO_SCENES.length !== 1; i++) {
      const to = DEMO_SCENES[i % DEMO_SCENES.length] as string;
      // Two frames first: the GPU has finished the previous scene, whose cost is not this switch's.
      await page.evaluate(NEXT_FRAME);
      await page.evaluate(NEXT_FRAME);
      const calledAt = (await page.evaluate((id) => {
        const t = performance.now();
        if (!(window as unknown as SitevisitWindow).__sitevisit.store.getState().goToScene(id, 'app')) throw new Error(`goToScene(${id}) refused`);
        return t;
      }, to)) as number;
      await waitForScene(page, to);
      const readyAt = await readyMark(page, to);
      if (readyAt === null || readyAt < calledAt) throw new Error(`no fresh ready mark for ${to}`);
      const drawnAt = await drawnMark(page, to, readyAt);
      switches.push({ to, ms: round(readyAt - calledAt, 0), drawnMs: round(drawnAt - calledAt, 0) });
      if (i === DEMO_SCENES.length) afterFirstRound = await heapSample(page, context);
    }
    const end = await heapSample(page, context);
    if (!afterFirstRound) throw new Error('too few scene switches for a first round');
    return { start, afterFirstRound, end, switches, errors: pageErrors(errors, 'scene switches') };
  } finally {
    await close();
  }
}

export interface SwitchTimes {
  first: { readyMs: number; drawnMs: number };
  later: { readyMedianMs: number; drawnMedianMs: number; count: number };
}

/** Switch times per scene: the first visit of each scene, and the median of the later ones. */
export function switchTimes(switches: SceneSwitch[]): Record<string, SwitchTimes> {
  const out: Record<string, SwitchTimes> = {};
  for (const id of DEMO_SCENES) {
    const visits = switches.filter((s) => s.to === id);
    const [first, ...later] = visits;
    if (!first) continue;
    out[id] = {
      first: { readyMs: first.ms, drawnMs: first.drawnMs },
      later: { readyMedianMs: round(median(later.map((s) => s.ms)), 0), drawnMedianMs: round(median(later.map((s) => s.drawnMs)), 0), count: later.length },
    };
  }
  return out;
}
