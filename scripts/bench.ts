/**
 * Performance report of the production build (`npm run bench`):
 *
 *  1. JS downloaded until the demo's first scene is ready (gzip -9 of every script body).
 *  2. First frame of a 4096×2048 panorama and of the demo's model scene (median of
 *     cold loads in fresh contexts), plus every demo scene opened directly and reached
 *     in the tour with goToScene.
 *  3. Median frame time while rotating, the app (mouse drag) against a bare three.js
 *     page with the same content (bench/bare.html), for the model and a panorama.
 *  4. JS heap after 20+ scene switches against after the first scene.
 *
 * Prints a Markdown report and writes .bench/results.json. Budgets that fail are
 * reported, not fatal: the exit code is non-zero only when a measurement fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type Session } from '../tests/browser/harness';
import { appFrameTimes, bareFrameTimes, coldLoad, PANORAMA_FILES, sceneSwitches, switchTimes, type ColdLoad } from './bench/measure';
import { buildBarePage, prepareAppBuild, serveApp, serveBare, type Served } from './bench/setup';
import { median, round } from './bench/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const RUNS = 3;
const DRAG_MS = 3000;
const SWITCHES = 20;
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
  scenes: { id: string; type: string; camera?: { position: number[]; target: number[]; fov?: number }; view?: { yaw: number; pitch: number; fov: number } }[];
}

const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - T0) / 1000).toFixed(1)}s] ${message}\n`);
const T0 = Date.now();
const kb = (bytes: number) => round(bytes / 1024, 1);
const verdict = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return result;
}

async function repeatCold(session: Session, url: string, sceneId: string, first?: { recordJs: boolean }) {
  const runs: ColdLoad[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(session, url, sceneId, i === 0 && (first?.recordJs ?? false)));
  return { runs, medianMs: median(runs.map((r) => r.readyMs)) };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const tour = JSON.parse(readFileSync(join(ROOT, 'public/tours/processum/tour.json'), 'utf8')) as TourJson;
  const hall = tour.scenes.find((s) => s.id === 'hall');
  const floor = tour.scenes.find((s) => s.id === FRAME_PANORAMA_SCENE);
  if (!hall?.camera || !floor?.view) throw new Error('tour.json: hall has no camera or process-floor no view');

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
    const version = session.browser.version();

    // 1 + 2: cold loads, each in a fresh context.
    const hallLoads = await timed('hall cold loads', () => repeatCold(session as Session, `${app.url}/`, 'hall', { recordJs: true }));
    const js = hallLoads.runs[0]?.js ?? [];
    const jsGzip = js.reduce((sum, f) => sum + f.gzipBytes, 0);
    const jsRaw = js.reduce((sum, f) => sum + f.rawBytes, 0);
    const bigPanorama = await timed('4096×2048 panorama cold loads', () => repeatCold(session as Session, `${app.url}/?panorama=${BIG_PANORAMA}`, 'panorama'));
    const pretreatment = await timed('pretreatment panorama cold loads', () =>
      repeatCold(session as Session, `${app.url}/?panorama=${PANORAMA_FILES.pretreatment}`, 'panorama'),
    );

    // 3: frame times.
    const appFrames = await timed('app frame times (drag)', () => appFrameTimes(session as Session, app.url, DRAG_MS, FRAME_PANORAMA_SCENE));
    const q = (o: Record<string, string | number>) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();
    const bareModelUrl = `${bare.url}/bare.html?${q({ kind: 'model', url: '/models/pilot-hall.glb', position: hall.camera.position.join(','), target: hall.camera.target.join(','), fov: hall.camera.fov ?? 50 })}`;
    const barePanoramaUrl = `${bare.url}/bare.html?${q({ kind: 'panorama', url: BIG_PANORAMA, yaw: floor.view.yaw, pitch: floor.view.pitch, fov: floor.view.fov })}`;
    // As many frames as the app drew while dragging (+ the skipped warm-up intervals).
    const frameCount = (n: number) => Math.max(10, n + 3);
    const bareModel = await timed('bare model frame times', () => bareFrameTimes(session as Session, bareModelUrl, frameCount(appFrames.model.stats.renderedFrames)));
    const barePanorama = await timed('bare panorama frame times', () =>
      bareFrameTimes(session as Session, barePanoramaUrl, frameCount(appFrames.panorama.stats.renderedFrames)),
    );

    // 4: memory over scene switches.
    const switching = await timed('scene switches', () => sceneSwitches(session as Session, app.url, SWITCHES));
    const perScene = switchTimes(switching.switches);

    // ------------------------------------------------------------ report
    const modelRatio = appFrames.model.stats.medianMs / bareModel.result.stats.medianMs;
    const panoramaRatio = appFrames.panorama.stats.medianMs / barePanorama.result.stats.medianMs;
    const heapGrowth = ((switching.end.usedBytes - switching.start.usedBytes) / switching.start.usedBytes) * 100;
    const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`;
    const gpu = (g: { geometries: number; textures: number } | null) => (g ? `${g.geometries} geometries, ${g.textures} textures` : 'n/a');
    const runsList = (r: { runs: ColdLoad[] }) => r.runs.map((x) => x.readyMs).join(', ');

    const checks = [
      { metric: 'JS downloaded until the demo\'s first scene ("hall") is ready, gzip', value: `${kb(jsGzip)} KB (${js.length} files, ${kb(jsRaw)} KB raw)`, budget: `≤ ${BUDGETS.jsGzipKB} KB`, pass: kb(jsGzip) <= BUDGETS.jsGzipKB },
      { metric: 'First frame, 4096×2048 panorama (`/?panorama=…process-floor.jpg`), median of 3 cold', value: `${bigPanorama.medianMs} ms (${runsList(bigPanorama)})`, budget: `≤ ${BUDGETS.panoramaFirstFrameMs} ms`, pass: bigPanorama.medianMs <= BUDGETS.panoramaFirstFrameMs },
      { metric: 'First frame, demo model scene (`/` → hall), median of 3 cold', value: `${hallLoads.medianMs} ms (${runsList(hallLoads)})`, budget: `≤ ${BUDGETS.modelFirstFrameMs} ms`, pass: hallLoads.medianMs <= BUDGETS.modelFirstFrameMs },
      { metric: 'Frame time rotating, model (hall): app / bare three.js', value: `${appFrames.model.stats.medianMs} / ${bareModel.result.stats.medianMs} ms = ${round(modelRatio, 2)}×`, budget: `≤ ${BUDGETS.frameTimeRatio}×`, pass: modelRatio <= BUDGETS.frameTimeRatio },
      { metric: `Frame time rotating, panorama (${FRAME_PANORAMA_SCENE}): app / bare three.js`, value: `${appFrames.panorama.stats.medianMs} / ${barePanorama.result.stats.medianMs} ms = ${round(panoramaRatio, 2)}×`, budget: `≤ ${BUDGETS.frameTimeRatio}×`, pass: panoramaRatio <= BUDGETS.frameTimeRatio },
      { metric: `JS heap after ${switching.switches.length} scene switches vs after the first scene`, value: `${mb(switching.start.usedBytes)} → ${mb(switching.end.usedBytes)} (${heapGrowth >= 0 ? '+' : ''}${round(heapGrowth, 1)}%)`, budget: `≤ +${BUDGETS.heapGrowthPct}%`, pass: heapGrowth <= BUDGETS.heapGrowthPct },
    ];

    const lines: string[] = [];
    lines.push(`# sitevisit benchmark`, '');
    lines.push(`${new Date().toISOString()} · Chromium ${version} (SwiftShader WebGL) · viewport 960×600 @1x · reduced motion · ${built ? 'fresh build' : 'existing build'} of dist/`, '');
    lines.push('| Metric | Value | Budget | Result |', '|---|---|---|---|');
    for (const c of checks) lines.push(`| ${c.metric} | ${c.value} | ${c.budget} | ${verdict(c.pass)} |`);
    lines.push('', '## JS until "hall" is ready (per file)', '', '| File | Raw KB | Gzip KB |', '|---|---:|---:|');
    for (const f of js) lines.push(`| ${f.path} | ${kb(f.rawBytes)} | ${kb(f.gzipBytes)} |`);
    lines.push(`| **total** | **${kb(jsRaw)}** | **${kb(jsGzip)}** |`);

    lines.push('', '## First frame of each demo scene', '');
    lines.push('Direct: cold load in a fresh context, `performance.mark(sitevisit:ready:<id>)` after navigation start (panoramas via quick view `/?panorama=/panoramas/<file>.jpg`, scene id "panorama"), median of 3.');
    lines.push('In tour: `store.goToScene(id, "app")` called in the page → that scene\'s ready mark, in the scene-switch run (link targets\' bytes are preloaded once a scene is ready, and later visits hit the HTTP cache).', '');
    lines.push('| Scene | Direct, median (runs) | In tour, first visit | In tour, later visits (median, n) |', '|---|---|---:|---|');
    const inTour = (id: string) => {
      const s = perScene[id];
      return s ? `${s.firstMs} ms | ${s.repeatMedianMs} ms (${s.repeats})` : 'n/a | n/a';
    };
    lines.push(`| hall (model) | ${hallLoads.medianMs} ms (${runsList(hallLoads)}) | ${inTour('hall')} |`);
    lines.push(`| pretreatment (panorama) | ${pretreatment.medianMs} ms (${runsList(pretreatment)}) | ${inTour('pretreatment')} |`);
    lines.push(`| process-floor (panorama) | ${bigPanorama.medianMs} ms (${runsList(bigPanorama)}) | ${inTour('process-floor')} |`);
    lines.push('', 'In tour, "hall" first visit is the first return to it (the tour opens on it).');

    lines.push('', '## Frame times while rotating', '');
    lines.push(`App: mouse drag across the canvas for ~${DRAG_MS / 1000} s, 4 px per move, each move followed by a wait for the next animation frame. Bare: bench/bare.html turns the camera on each animation frame, rendering every frame. Both: rAF timestamp deltas recorded in the page; only frames that issued WebGL draw calls count (the app renders on demand), first 3 skipped.`, '');
    lines.push('| Scene | Page | Median ms | p90 ms | Frames (drew / seen) | Median of all frames ms | Draw calls / frame |', '|---|---|---:|---:|---|---:|---:|');
    const row = (scene: string, page: string, s: typeof appFrames.model.stats) =>
      lines.push(`| ${scene} | ${page} | ${s.medianMs} | ${s.p90Ms} | ${s.renderedFrames} / ${s.observedFrames} | ${s.medianAllMs} | ${s.drawCallsPerFrame} |`);
    row('hall (model)', `app (${appFrames.model.moves} moves)`, appFrames.model.stats);
    row('hall (model)', 'bare three.js', bareModel.result.stats);
    row(`${FRAME_PANORAMA_SCENE} (panorama)`, `app (${appFrames.panorama.moves} moves)`, appFrames.panorama.stats);
    row(`${FRAME_PANORAMA_SCENE} (panorama)`, 'bare three.js', barePanorama.result.stats);

    lines.push('', '## Memory over scene switches', '');
    lines.push(`Open \`/\`, wait for "hall"; then goToScene round-robin hall → pretreatment → process-floor → hall …, waiting for ready each time, ${switching.switches.length} switches so that it ends on "hall". Samples after network idle and two forced GCs (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage).`, '');
    lines.push('| | After first scene | After switches | Change |', '|---|---:|---:|---:|');
    lines.push(`| JS heap used | ${mb(switching.start.usedBytes)} | ${mb(switching.end.usedBytes)} | ${round(heapGrowth, 1)}% |`);
    lines.push(`| JS heap total | ${mb(switching.start.totalBytes)} | ${mb(switching.end.totalBytes)} | |`);
    if (switching.start.backingStorageBytes !== null && switching.end.backingStorageBytes !== null) {
      lines.push(`| ArrayBuffer backing stores | ${mb(switching.start.backingStorageBytes)} | ${mb(switching.end.backingStorageBytes)} | |`);
    }
    lines.push(`| GPU (renderer.info.memory) | ${gpu(switching.start.gpu)} | ${gpu(switching.end.gpu)} | |`);

    const errors = [...hallLoads.runs, ...bigPanorama.runs, ...pretreatment.runs].flatMap((r) => r.errors).concat(appFrames.errors, bareModel.errors, barePanorama.errors, switching.errors);
    if (errors.length > 0) lines.push('', '## Page errors', '', ...errors.map((e) => `- ${e}`));
    const failed = checks.filter((c) => !c.pass).length;
    lines.push('', failed === 0 ? 'All budgets met.' : `${failed} of ${checks.length} budgets not met.`);
    const report = lines.join('\n');
    process.stdout.write(`${report}\n`);

    const results = {
      date: new Date().toISOString(),
      chromium: version,
      builtNow: built,
      budgets: BUDGETS,
      checks: checks.map((c) => ({ metric: c.metric.replace(/`/g, ''), value: c.value, budget: c.budget, pass: c.pass })),
      js: { totalGzipBytes: jsGzip, totalRawBytes: jsRaw, files: js },
      firstFrame: {
        hall: { medianMs: hallLoads.medianMs, runsMs: hallLoads.runs.map((r) => r.readyMs), url: '/' },
        panorama4096: { medianMs: bigPanorama.medianMs, runsMs: bigPanorama.runs.map((r) => r.readyMs), url: `/?panorama=${BIG_PANORAMA}` },
        pretreatment: { medianMs: pretreatment.medianMs, runsMs: pretreatment.runs.map((r) => r.readyMs), url: `/?panorama=${PANORAMA_FILES.pretreatment}` },
        inTour: perScene,
      },
      frameTimes: {
        model: { app: appFrames.model, bare: bareModel.result, ratio: round(modelRatio, 3) },
        panorama: { scene: FRAME_PANORAMA_SCENE, app: appFrames.panorama, bare: barePanorama.result, ratio: round(panoramaRatio, 3) },
      },
      memory: { ...switching, heapGrowthPct: round(heapGrowth, 2) },
      errors,
    };
    writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${join(OUT, 'results.json')}`);
  } finally {
    if (session) await session.close();
    for (const s of servers) await s.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench: measurement failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
