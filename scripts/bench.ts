/**
 * Performance report of the production build (`npm run bench`):
 *
 *  1. JS downloaded until the demo's first scene is ready (gzip -9 of every script body).
 *  2. First frame of a 4096×2048 panorama and of the demo's model scene (median of 3
 *     cold loads in fresh contexts), and of every demo scene opened directly and
 *     reached in the tour with goToScene; and of every scene of both demo tours
 *     (pilot hall, Northern Sweden) opened by its link `/t/<tour>/<scene>`.
 *  3. Median frame time while rotating: the app (mouse drag) against a bare three.js
 *     page with the same content (bench/bare.html), for the model and a panorama,
 *     in two interleaved rounds.
 *  4. JS heap after 20 scene switches against after the first round through every scene.
 *  5. A 16384×8192 panorama as a tile pyramid (first view, sharp view locally and at
 *     10 Mbit/s) against the same image whole in our plain path and in Pannellum.
 *  6. `sitevisit optimize` on the demo model and a large third-party model: bytes and draw calls.
 *  7. The server under load: static files and session creation under 200 connections, idle and
 *     during a session-creation flood from 127.0.0.2; session creation at 10 and 10,000 sessions.
 *  8. Side by side with Pannellum, Marzipano, model-viewer and bare three.js (scripts/bench/compare.ts):
 *     desktop and phone profile, medians of 5 interleaved rounds. Alone: `npm run bench -- --only compare`;
 *     its phone LCP rows alone: `npm run bench -- --only phone-lcp [--rounds 3]`
 *     (`--rounds N` changes the rounds).
 *  9. The studio (scripts/bench/studio.ts): opening the demo tour's editable first scene against the
 *     visitor's time, saving a 200-hotspot tour (server time p90), and the frame time while dragging a
 *     hotspot against the visitor's while turning. Alone: `npm run bench -- --only studio`.
 * 10. Frame time rotating with the minimap open against without it (scripts/bench/minimap.ts),
 *     hall and a panorama inside it, interleaved rounds. Alone: `npm run bench -- --only minimap [--rounds 3]`.
 *
 * Builds dist/ when stale, serves a copy of it with the production server on
 * 127.0.0.1, drives Chromium through the browser tests' harness. Prints a
 * Markdown report and writes .bench/results.json. Budgets that fail are
 * reported, not fatal: the exit code is non-zero only when a measurement fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type Session } from '../tests/browser/harness';
import {
  appFrameTimes,
  bareFrameTimes,
  coldLoad,
  PANORAMA_FILES,
  sceneSwitches,
  switchTimes,
  type AppFrameTimes,
  type BareFrameTimes,
  type ColdLoad,
  type DragResult,
} from './bench/measure';
import { renderReport, type Check, type ColdSeries, type FrameComparison, type FrameSide, type Results } from './bench/report';
import { buildBarePage, listen, prepareAppBuild, serveApp, serveBare, type Served } from './bench/setup';
import { frameStats, median, round } from './bench/stats';
import { demoSceneLoads, renderDemoScenes } from './bench/demoScenes';
import { measureTiles, renderTiles, serveAppWithTours, servePannellum } from './bench/tiles';
import { prepareTiledTour, TOUR_DIR } from '../tests/browser/tiles/fixture';
import { measureOptimize, renderOptimize } from './bench/optimize';
import { measureServerLoad, renderServerLoad } from './bench/serverLoad';
import { measureSessionCreate, printSessionCreate } from './bench/sessionCreate';
import { measureDesktop, measurePhone, measurePhoneLcp, panoramaTargets, type CompareResults } from './bench/compare';
import { tracedLoad } from './bench/traceLoad';
import { prepareCompareFiles } from './bench/compareSetup';
import { serveApart } from './bench/apart';
import { renderCompare, renderPhoneLcp } from './bench/compareReport';
import { measureStudio, renderStudio } from './bench/studio';
import { measureMinimap, renderMinimap } from './bench/minimap';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const RUNS = 3;
const DRAG_MS = 3000;
/** Seconds of each server-load measurement (section 7). */
const SERVER_LOAD_SECONDS = 10;
/** Rounds of app + bare frame-time measurement, pooled. */
const FRAME_ROUNDS = 2;
/** A warm-up round through every scene, then 20 more switches (ending on the first scene). */
const SWITCHES = 3 + 20;
const FRAME_PANORAMA_SCENE = 'process-floor';
const BIG_PANORAMA = PANORAMA_FILES['process-floor'] as string;

const BUDGETS = {
  jsGzipKB: 400,
  panoramaFirstFrameMs: 1500,
  modelFirstFrameMs: 3000,
  frameTimeRatio: 1.3,
  heapGrowthPct: 10,
};

interface TourJson {
  scenes: { id: string; camera?: { position: number[]; target: number[]; fov?: number }; view?: { yaw: number; pitch: number; fov: number } }[];
}


const T0 = Date.now();
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - T0) / 1000).toFixed(1)}s] ${message}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return result;
}

/** RUNS cold loads of `path`, each in a fresh context; the first can record the JS it downloads. */
async function coldSeries(session: Session, appUrl: string, path: string, sceneId: string, recordJs = false) {
  const runs: ColdLoad[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(session, `${appUrl}${path}`, sceneId, recordJs && i === 0));
  const series: ColdSeries = {
    url: path,
    medianMs: median(runs.map((r) => r.readyMs)),
    runsMs: runs.map((r) => r.readyMs),
    drawnMedianMs: median(runs.map((r) => r.drawnMs)),
    drawnRunsMs: runs.map((r) => r.drawnMs),
  };
  return { series, runs };
}

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const ONLY = argument('only');
const COMPARE_ROUNDS = Number(argument('rounds') ?? 5);
if (ONLY !== undefined && !['compare', 'phone-lcp', 'studio', 'minimap', 'trace'].includes(ONLY)) throw new Error(`--only: "${ONLY}" is not a section (known: compare, phone-lcp, studio, minimap, trace)`);
/** Saves of each kind in the studio section. */
const STUDIO_SAVES = Number(argument('saves') ?? 40);

/** Section 9: the studio, on its own server (the app with the studio over a temporary CONTENT_DIR). */
async function studioSection(session: Session, appDist: string) {
  const start = loadavg().map((l) => round(l, 2));
  const results = await measureStudio(session, appDist, { runs: RUNS, rounds: FRAME_ROUNDS, dragMs: DRAG_MS, saves: STUDIO_SAVES }, log);
  const end = loadavg().map((l) => round(l, 2));
  return { results: { ...results, loadAtStart: start, loadAtEnd: end }, text: renderStudio(results, { start, end }, cpus().length).join('\n') };
}

async function studioOnly() {
  mkdirSync(OUT, { recursive: true });
  const appDist = join(OUT, 'app-dist');
  await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  const session = await launch();
  try {
    const { results, text } = await timed('studio', () => studioSection(session, appDist));
    process.stdout.write(`${text}\n`);
    writeFileSync(join(OUT, 'studio.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium: session.browser.version(), ...results }, null, 2)}\n`);
  } finally {
    await session.close();
  }
}

/** Section 10's rounds per side (`--rounds` when it runs alone). */
const MINIMAP_ROUNDS = ONLY === 'minimap' ? Number(argument('rounds') ?? 3) : 2;

/** Section 10: the minimap's cost while rotating; its report lines and the figures. */
async function minimapSection(session: Session, appUrl: string) {
  const start = loadavg().map((l) => round(l, 2));
  const results = await timed('minimap frame times', () => measureMinimap(session, appUrl, MINIMAP_ROUNDS, DRAG_MS, log));
  const load = { start, end: loadavg().map((l) => round(l, 2)), cores: cpus().length };
  return { results, load, text: renderMinimap(results, MINIMAP_ROUNDS, load).join('\n') };
}

async function minimapOnly() {
  mkdirSync(OUT, { recursive: true });
  const appDist = join(OUT, 'app-dist');
  await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  const app = await serveApp(appDist);
  const session = await launch();
  try {
    const { results, load, text } = await minimapSection(session, app.url);
    process.stdout.write(`${text}\n`);
    for (const e of results.errors) process.stdout.write(`error: ${e}\n`);
    writeFileSync(join(OUT, 'minimap.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium: session.browser.version(), rounds: MINIMAP_ROUNDS, load, ...results }, null, 2)}\n`);
    if (results.errors.length > 0) process.exitCode = 1;
  } finally {
    await session.close();
    await app.close();
  }
}

/** Section 8: the comparison, on its own servers (the app with the compare files as TOURS_DIR, and the other viewers). */
async function compareSection(session: Session, appDist: string, servers: Served[]): Promise<{ results: CompareResults; text: string }> {
  const toursDir = await timed('compare files ready', () => prepareCompareFiles(ROOT, join(OUT, 'compare-files')));
  const app = await serveApart('app', [appDist, toursDir]);
  servers.push(app);
  const viewers = await serveApart('viewers', [ROOT, join(OUT, 'bare'), toursDir, appDist]);
  servers.push(viewers);
  const loadAtStart = loadavg().map((l) => round(l, 2));
  const urls = { app: app.url, viewers: viewers.url };
  const desktop = await timed('compare: desktop', () => measureDesktop(session, urls, COMPARE_ROUNDS, log));
  const phone = await timed('compare: phone', () => measurePhone(session, urls, COMPARE_ROUNDS, log));
  const results: CompareResults = { rounds: COMPARE_ROUNDS, desktop, phone };
  const loadAtEnd = loadavg().map((l) => round(l, 2));
  const text = [...renderCompare(results, loadAtStart), '', `Load average at the end of this section: ${loadAtEnd.join(', ')} (${cpus().length} cores).`].join('\n');
  return { results, text };
}

/** `--only phone-lcp`: the phone profile's largest contentful paint of the deep link and `/`, on the same servers as section 8. */
async function phoneLcpOnly() {
  mkdirSync(OUT, { recursive: true });
  const appDist = join(OUT, 'app-dist');
  await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  const toursDir = await timed('compare files ready', () => prepareCompareFiles(ROOT, join(OUT, 'compare-files')));
  const app = await serveApart('app', [appDist, toursDir]);
  const session = await launch();
  try {
    const loadAtStart = loadavg().map((l) => round(l, 2));
    const results = await measurePhoneLcp(session, { app: app.url, viewers: '' }, COMPARE_ROUNDS, log);
    const loadAtEnd = loadavg().map((l) => round(l, 2));
    process.stdout.write(`${[...renderPhoneLcp(results, COMPARE_ROUNDS, loadAtStart), '', `Load average at the end: ${loadAtEnd.join(', ')} (${cpus().length} cores).`].join('\n')}\n`);
    writeFileSync(join(OUT, 'phone-lcp.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium: session.browser.version(), loadAtStart, loadAtEnd, rounds: COMPARE_ROUNDS, ...results }, null, 2)}\n`);
  } finally {
    await session.close();
    await app.close();
  }
}

async function compareOnly() {
  mkdirSync(OUT, { recursive: true });
  const appDist = join(OUT, 'app-dist');
  await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  await timed('bare page built', () => buildBarePage(ROOT, join(OUT, 'bare')));
  const servers: Served[] = [];
  const session = await launch();
  try {
    const { results, text } = await compareSection(session, appDist, servers);
    process.stdout.write(`${text}\n`);
    writeFileSync(join(OUT, 'compare.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium: session.browser.version(), ...results }, null, 2)}\n`);
  } finally {
    await session.close();
    for (const server of servers) await server.close();
  }
}

/**
 * `--only trace [--viewer sitevisit|pannellum|marzipano|bare] [--rounds N]`: where a cold load of the
 * compare section's 4K panorama goes, from a Chromium trace (scripts/bench/traceLoad.ts).
 */
async function traceOnly() {
  mkdirSync(OUT, { recursive: true });
  const appDist = join(OUT, 'app-dist');
  await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  const toursDir = await timed('compare files ready', () => prepareCompareFiles(ROOT, join(OUT, 'compare-files')));
  const servers: Served[] = [];
  const session = await launch();
  try {
    const app = await serveApart('app', [appDist, toursDir]);
    servers.push(app);
    const viewers = await serveApart('viewers', [ROOT, join(OUT, 'bare'), toursDir, appDist]);
    servers.push(viewers);
    const viewer = argument('viewer') ?? 'sitevisit';
    const target = panoramaTargets({ app: app.url, viewers: viewers.url })[viewer];
    if (!target) throw new Error(`--viewer: "${viewer}" is not a panorama viewer of the compare section`);
    const rounds = Number(argument('rounds') ?? 1);
    for (let r = 0; r < rounds; r++) {
      const { trace, summary } = await tracedLoad(session, target.url, target.mark);
      const file = join(OUT, `trace-${viewer}-${r + 1}.json`);
      writeFileSync(file, trace);
      process.stdout.write(`\n${viewer}, load ${r + 1}/${rounds} (load average ${loadavg().map((l) => round(l, 2)).join(', ')}; trace ${file}):\n${summary.join('\n')}\n`);
    }
  } finally {
    await session.close();
    for (const server of servers) await server.close();
  }
}

const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

async function main() {
  mkdirSync(OUT, { recursive: true });
  const loadAtStart = loadavg().map((l) => round(l, 2));
  const tour = JSON.parse(readFileSync(join(ROOT, 'public/tours/processum/tour.json'), 'utf8')) as TourJson;
  const hall = tour.scenes.find((s) => s.id === 'hall');
  const floor = tour.scenes.find((s) => s.id === FRAME_PANORAMA_SCENE);
  if (!hall?.camera || !floor?.view) throw new Error(`tour.json: no camera on "hall" or no view on "${FRAME_PANORAMA_SCENE}"`);

  const appDist = join(OUT, 'app-dist');
  const { built } = await timed('app build ready', async () => prepareAppBuild(ROOT, appDist));
  await timed('bare page built', () => buildBarePage(ROOT, join(OUT, 'bare')));

  const servers: Served[] = [];
  let session: Session | null = null;
  try {
    const app = await serveApp(appDist);
    servers.push(app);
    const bare = await serveBare(join(OUT, 'bare'), appDist);
    servers.push(bare);
    session = await launch();
    const s = session;

    // 1 + 2: cold loads.
    const hallLoads = await timed('hall cold loads', () => coldSeries(s, app.url, '/', 'hall', true));
    const js = hallLoads.runs[0]?.js ?? [];
    const jsGzip = js.reduce((sum, f) => sum + f.gzipBytes, 0);
    const jsRaw = js.reduce((sum, f) => sum + f.rawBytes, 0);
    const bigPanorama = await timed('process-floor panorama cold loads', () => coldSeries(s, app.url, `/?panorama=${BIG_PANORAMA}`, 'panorama'));
    const pretreatment = await timed('pretreatment panorama cold loads', () => coldSeries(s, app.url, `/?panorama=${PANORAMA_FILES.pretreatment}`, 'panorama'));
    const demoScenes = await timed('demo scenes by link, cold loads', () => demoSceneLoads(s, app.url, ROOT, RUNS, log));

    // 3: frame times, in interleaved rounds (load from elsewhere on the machine then hits both pages
    // alike); in each, the app first: the bare page draws as many frames as the app did.
    const bareModelUrl = `${bare.url}/bare.html?${query({ kind: 'model', url: '/models/pilot-hall.glb', position: hall.camera.position.join(','), target: hall.camera.target.join(','), fov: hall.camera.fov ?? 50 })}`;
    const barePanoramaUrl = `${bare.url}/bare.html?${query({ kind: 'panorama', url: BIG_PANORAMA, yaw: floor.view.yaw, pitch: floor.view.pitch, fov: floor.view.fov })}`;
    const rounds: { app: AppFrameTimes; bareModel: BareFrameTimes; barePanorama: BareFrameTimes }[] = [];
    const frameErrors: string[] = [];
    for (let round = 1; round <= FRAME_ROUNDS; round++) {
      const appRun = await timed(`round ${round}: app frame times (drag)`, () => appFrameTimes(s, app.url, DRAG_MS, FRAME_PANORAMA_SCENE));
      const bareModel = await timed(`round ${round}: bare model frame times`, () => bareFrameTimes(s, bareModelUrl, DRAG_MS));
      const barePanorama = await timed(`round ${round}: bare panorama frame times`, () =>
        bareFrameTimes(s, barePanoramaUrl, DRAG_MS),
      );
      rounds.push({ app: appRun, bareModel: bareModel.result, barePanorama: barePanorama.result });
      frameErrors.push(...appRun.errors, ...bareModel.errors, ...barePanorama.errors);
    }

    // 4: memory over scene switches.
    const switching = await timed('scene switches', () => sceneSwitches(s, app.url, SWITCHES));

    // 5: a 16384×8192 panorama as tiles, against the plain path and Pannellum (scripts/bench/tiles.ts).
    await timed('tiled test tour ready', () => prepareTiledTour());
    const tiledApp = await serveAppWithTours(appDist, join(TOUR_DIR, '..'), listen);
    servers.push(tiledApp);
    const pannellum = await servePannellum(ROOT, join(TOUR_DIR, '..'), listen);
    servers.push(pannellum);
    const tiles = await timed('tiled panorama cold loads', () => measureTiles(s, tiledApp.url, pannellum.url, RUNS, log));

    // 6: the model optimizer (Node only, scripts/bench/optimize.ts).
    const optimize = await timed('optimize models', () => measureOptimize(join(OUT, 'optimize')));

    // 7: the server under load (scripts/bench/serverLoad.ts) and session creation (scripts/bench/sessionCreate.ts).
    const serverLoad = await timed('server under load', () => measureServerLoad(SERVER_LOAD_SECONDS, log));
    const sessionCreate = await timed('session creation', () => measureSessionCreate());

    // 8: side by side with the other viewers (scripts/bench/compare.ts).
    const compared = await compareSection(s, appDist, servers);

    // 9: the studio (scripts/bench/studio.ts).
    const studio = await timed('studio', () => studioSection(s, appDist));
    // 10: the minimap open while rotating (scripts/bench/minimap.ts).
    const minimap = await minimapSection(s, app.url);

    const compare = (scene: string, appRuns: DragResult[], bareRuns: BareFrameTimes[]): FrameComparison => {
      const appSide: FrameSide = {
        stats: frameStats(appRuns.map((x) => x.recording)),
        rounds: appRuns.map((x) => x.stats),
        moves: appRuns.reduce((sum, x) => sum + x.moves, 0),
        dragMs: appRuns.map((x) => x.durationMs),
      };
      const bareSide: FrameSide = { stats: frameStats(bareRuns.map((x) => x.recording)), rounds: bareRuns.map((x) => x.stats), info: bareRuns[0]?.info };
      return {
        scene,
        app: appSide,
        bare: bareSide,
        ratio: round(appSide.stats.medianMs / bareSide.stats.medianMs, 2),
        meanRatio: round(appSide.stats.meanMs / bareSide.stats.meanMs, 2),
      };
    };
    const model = compare('hall', rounds.map((x) => x.app.model), rounds.map((x) => x.bareModel));
    const panorama = compare(FRAME_PANORAMA_SCENE, rounds.map((x) => x.app.panorama), rounds.map((x) => x.barePanorama));
    // Baseline: after the first round through every scene. Before it, V8 is still compiling and
    // optimising the code of scenes not yet visited, which is warm-up, not growth per switch.
    const warm = switching.afterFirstRound;
    const growth = (from: number, to: number) => round(((to - from) / from) * 100, 1);
    const heapGrowthPct = growth(warm.objectBytes, switching.end.objectBytes);
    const usedGrowthPct = growth(warm.usedBytes, switching.end.usedBytes);
    const mbs = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`;
    const runsOf = (c: ColdSeries) => `runs ${c.runsMs.join(', ')}; drawn ${c.drawnMedianMs} ms`;

    const checks: Check[] = [
      {
        metric: 'JS downloaded until the demo\'s first scene ("hall") is ready, gzip',
        value: `${round(jsGzip / 1024, 1)} KB (${js.length} files, ${round(jsRaw / 1024, 1)} KB raw)`,
        budget: `≤ ${BUDGETS.jsGzipKB} KB`,
        pass: jsGzip / 1024 <= BUDGETS.jsGzipKB,
      },
      {
        metric: 'First frame, 4096×2048 panorama (`/?panorama=…/processum-process-floor.jpg`), ready mark, median of 3 cold',
        value: `${bigPanorama.series.medianMs} ms (${runsOf(bigPanorama.series)})`,
        budget: `≤ ${BUDGETS.panoramaFirstFrameMs} ms`,
        pass: bigPanorama.series.medianMs <= BUDGETS.panoramaFirstFrameMs,
      },
      {
        metric: 'First frame, demo model scene (`/` → hall), ready mark, median of 3 cold',
        value: `${hallLoads.series.medianMs} ms (${runsOf(hallLoads.series)})`,
        budget: `≤ ${BUDGETS.modelFirstFrameMs} ms`,
        pass: hallLoads.series.medianMs <= BUDGETS.modelFirstFrameMs,
      },
      {
        metric: 'Median frame time rotating, model (hall): app / bare three.js',
        value: `${model.app.stats.medianMs} / ${model.bare.stats.medianMs} ms = ${model.ratio}× (means: ${model.meanRatio}×)`,
        budget: `≤ ${BUDGETS.frameTimeRatio}×`,
        pass: model.ratio <= BUDGETS.frameTimeRatio,
      },
      {
        metric: `Median frame time rotating, panorama (${FRAME_PANORAMA_SCENE}): app / bare three.js`,
        value: `${panorama.app.stats.medianMs} / ${panorama.bare.stats.medianMs} ms = ${panorama.ratio}× (means: ${panorama.meanRatio}×)`,
        budget: `≤ ${BUDGETS.frameTimeRatio}×`,
        pass: panorama.ratio <= BUDGETS.frameTimeRatio,
      },
      {
        metric: `JS heap (live objects, without compiled code) after ${switching.switches.length - 3} more scene switches vs after the first round through every scene`,
        value: `${mbs(warm.objectBytes)} → ${mbs(switching.end.objectBytes)} (${heapGrowthPct >= 0 ? '+' : ''}${heapGrowthPct}%); whole heap incl. code ${mbs(warm.usedBytes)} → ${mbs(switching.end.usedBytes)} (${usedGrowthPct >= 0 ? '+' : ''}${usedGrowthPct}%)`,
        budget: `≤ +${BUDGETS.heapGrowthPct}%`,
        pass: heapGrowthPct <= BUDGETS.heapGrowthPct,
      },
    ];

    const errors = [...hallLoads.runs, ...bigPanorama.runs, ...pretreatment.runs]
      .flatMap((r) => r.errors)
      .concat(frameErrors, switching.errors, demoScenes.flatMap((d) => d.errors), minimap.results.errors);
    const results: Results = {
      date: new Date().toISOString(),
      chromium: session.browser.version(),
      builtNow: built,
      loadAverage: loadAtStart,
      cpus: cpus().length,
      durationS: Math.round((Date.now() - T0) / 1000),
      budgets: BUDGETS,
      checks,
      js: { totalGzipBytes: jsGzip, totalRawBytes: jsRaw, files: js },
      firstFrame: { hall: hallLoads.series, panorama4096: bigPanorama.series, pretreatment: pretreatment.series, inTour: switchTimes(switching.switches) },
      frameTimes: { model, panorama },
      memory: { ...switching, heapGrowthPct },
      errors,
    };
    process.stdout.write(`${renderReport(results)}\n${renderDemoScenes(demoScenes).join('\n')}\n\n${renderTiles(tiles).join('\n')}\n\n${renderOptimize(optimize).join('\n')}\n\n${renderServerLoad(serverLoad, SERVER_LOAD_SECONDS).join('\n')}\n\n`);
    printSessionCreate(sessionCreate);
    process.stdout.write(`\n${compared.text}\n\n${studio.text}\n`);
    process.stdout.write(`\n${minimap.text}\n`);
    writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ ...results, demoScenes, tiles, optimize, serverLoad, sessionCreate, compare: compared.results, studio: studio.results, minimap: { rounds: MINIMAP_ROUNDS, load: minimap.load, ...minimap.results } }, null, 2)}\n`);
    log(`wrote ${join(OUT, 'results.json')}`);
  } finally {
    if (session) await session.close();
    for (const server of servers) await server.close();
  }
}

(ONLY === 'trace' ? traceOnly() : ONLY === 'compare' ? compareOnly() : ONLY === 'phone-lcp' ? phoneLcpOnly() : ONLY === 'studio' ? studioOnly() : ONLY === 'minimap' ? minimapOnly() : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: measurement failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
