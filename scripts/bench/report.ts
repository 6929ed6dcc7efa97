/** The benchmark's results (as written to .bench/results.json) and their Markdown rendering. */
import type { BareFrameTimes, JsFile, SwitchRun, SwitchTimes } from './measure';
import { round, type FrameStats } from './stats';

export interface Check {
  metric: string;
  value: string;
  budget: string;
  pass: boolean;
}

export interface ColdSeries {
  url: string;
  /** Ready mark, ms after navigation start: median and every run. */
  medianMs: number;
  runsMs: number[];
  /** Two frames after the ready mark (content drawn): median and every run. */
  drawnMedianMs: number;
  drawnRunsMs: number[];
}

/** One page's frame times over all rounds: pooled, and each round's. */
export interface FrameSide {
  stats: FrameStats;
  rounds: FrameStats[];
  /** App: mouse moves over all rounds. */
  moves?: number;
  /** App: drag duration of each round, ms. */
  dragMs?: number[];
  /** Bare: what the bare page drew. */
  info?: BareFrameTimes['info'];
}

export interface FrameComparison {
  scene: string;
  app: FrameSide;
  bare: FrameSide;
  /** app median / bare median. */
  ratio: number;
  /** app mean / bare mean. */
  meanRatio: number;
}

export interface Results {
  date: string;
  chromium: string;
  builtNow: boolean;
  /** os.loadavg() when the run started: other work on the machine skews every figure. */
  loadAverage: number[];
  cpus: number;
  durationS: number;
  budgets: Record<string, number>;
  checks: Check[];
  js: { totalGzipBytes: number; totalRawBytes: number; files: JsFile[] };
  firstFrame: { hall: ColdSeries; panorama4096: ColdSeries; pretreatment: ColdSeries; inTour: Record<string, SwitchTimes> };
  frameTimes: { model: FrameComparison; panorama: FrameComparison };
  memory: SwitchRun & { heapGrowthPct: number };
  errors: string[];
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const mb = (bytes: number) => `${round(bytes / 1024 / 1024, 2)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');
const DRAG_LABEL = (r: Results) => {
  const all = [...(r.frameTimes.model.app.dragMs ?? []), ...(r.frameTimes.panorama.app.dragMs ?? [])];
  return all.length ? round(Math.min(...all) / 1000, 1) + '–' + round(Math.max(...all) / 1000, 1) : '?';
};
const gpu = (g: { geometries: number; textures: number } | null) => (g ? `${g.geometries} geometries, ${g.textures} textures` : 'n/a');

export function renderReport(r: Results): string {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const load = r.loadAverage.map((l) => l.toFixed(2)).join(' ');
  push('# sitevisit benchmark', '');
  push(
    `${r.date} · Chromium ${r.chromium}, WebGL on SwiftShader (CPU) · viewport 960×600 @1x · reduced motion · ` +
      `${r.builtNow ? 'dist/ rebuilt (was stale)' : 'dist/ up to date'} · ${r.cpus} CPUs, load average ${load} at start · ${r.durationS} s`,
    '',
  );
  if ((r.loadAverage[0] ?? 0) > r.cpus * 0.75) {
    push(`> The machine was busy when the run started (load ${load} on ${r.cpus} CPUs): timings are inflated and noisier than usual.`, '');
  }
  push('| Metric | Value | Budget | Result |', '|---|---|---|---|');
  for (const c of r.checks) push(`| ${c.metric} | ${c.value} | ${c.budget} | ${verdict(c.pass)} |`);

  push('', '## 1. JS until "hall" is ready', '');
  push('Every script response (main thread and workers) from navigation to `#root[data-scene="hall"][data-scene-status="ready"]`; gzip -9 of each body.', '');
  push('| File | Raw KB | Gzip KB |', '|---|---:|---:|');
  for (const f of r.js.files) push(`| ${f.path} | ${kb(f.rawBytes)} | ${kb(f.gzipBytes)} |`);
  push(`| **total (${r.js.files.length} files)** | **${kb(r.js.totalRawBytes)}** | **${kb(r.js.totalGzipBytes)}** |`);

  const ff = r.firstFrame;
  const runs = (xs: number[]) => xs.join(', ');
  push('', '## 2. First frame of each demo scene', '');
  push(
    '*Ready*: the app\'s `performance.mark("sitevisit:ready:<id>")` (the budgeted figure). *Drawn*: two animation frames later — a frame only starts once the GPU has finished the ones before it, so this is when the content has really been drawn (shader compilation included).',
    '',
    '*Direct*: cold load in a fresh context (empty HTTP cache; the browser, and its GPU process, are shared by all runs), ms after navigation start, median of 3. Panoramas open as quick view `/?panorama=/panoramas/<file>.jpg` (scene id "panorama").',
    '',
    '*In tour*: `store.getState().goToScene(id, "app")` called in the page → that scene\'s marks, from the scene-switch run of §4 (after waiting two frames before each switch, so the previous scene\'s GPU work is not counted). Link targets\' bytes are preloaded once a scene is ready; later visits also hit the HTTP cache. The first "hall" visit in the tour is the first return to it.',
    '',
  );
  push('| Scene | Direct: ready, median (runs) | Direct: drawn, median (runs) | In tour, first visit: ready / drawn | In tour, later visits: ready / drawn (median, n) |', '|---|---|---|---|---|');
  const inTour = (id: string) => {
    const s = ff.inTour[id];
    return s ? `${s.first.readyMs} / ${s.first.drawnMs} ms | ${s.later.readyMedianMs} / ${s.later.drawnMedianMs} ms (${s.later.count})` : 'n/a | n/a';
  };
  const direct = (c: ColdSeries) => `${c.medianMs} ms (${runs(c.runsMs)}) | ${c.drawnMedianMs} ms (${runs(c.drawnRunsMs)})`;
  push(`| hall (model), \`/\` | ${direct(ff.hall)} | ${inTour('hall')} |`);
  push(`| pretreatment (panorama 4096×2048) | ${direct(ff.pretreatment)} | ${inTour('pretreatment')} |`);
  push(`| process-floor (panorama 4096×2048) | ${direct(ff.panorama4096)} | ${inTour('process-floor')} |`);

  push('', '## 3. Frame times while rotating', '');
  const rounds = r.frameTimes.model.app.rounds.length;
  push(
    `${rounds} rounds, each: app (hall, then ${r.frameTimes.panorama.scene}), bare model, bare panorama; intervals pooled over the rounds (per-round medians in brackets). ` +
      `App: mouse drag across the canvas (4 px per move, each move paired with a wait for the animation frame that delivers it) for ~${DRAG_LABEL(r)} s per scene. ` +
      'Bare (bench/bare.html, plain three.js, same GLB/panorama, camera pose, lights, environment, renderer settings): dragged the same way; it turns the camera per move and renders once on the next frame, on demand like the app. ' +
      'Both: a rAF recorder injected into the page logs frame timestamps and WebGL draw calls; frame time = interval from one frame that drew to the next (the app renders on demand), first 2 skipped. ' +
      'rAF intervals are multiples of the 16.7 ms display interval, so the median jumps in steps; the mean is shown too.',
    '',
  );
  push('| Scene | Page | Median ms (per round) | Mean ms | p90 ms | Intervals | Frames seen | Draw calls / frame |', '|---|---|---:|---:|---:|---:|---:|---:|');
  const row = (scene: string, page: string, side: FrameSide) => {
    const s = side.stats;
    const perRound = side.rounds.map((x) => x.medianMs).join(', ');
    push(`| ${scene} | ${page} | ${s.medianMs} (${perRound}) | ${s.meanMs} | ${s.p90Ms} | ${s.renderedFrames} | ${s.observedFrames} | ${s.drawCallsPerFrame} |`);
  };
  for (const [label, c] of [
    ['hall (model)', r.frameTimes.model],
    [`${r.frameTimes.panorama.scene} (panorama)`, r.frameTimes.panorama],
  ] as const) {
    row(label, `app (${c.app.moves ?? 0} moves)`, c.app);
    row(label, 'bare three.js', c.bare);
    push(`| | **app / bare** | **${c.ratio}×** | **${c.meanRatio}×** | | | | |`);
  }

  const m = r.memory;
  push('', '## 4. Memory over scene switches', '');
  push(
    `Open \`/\`, wait for "hall"; goToScene round-robin hall → pretreatment → process-floor → hall …, waiting for ready each time: ${m.switches.length} switches, so that it ends on "hall". ` +
      'Each sample after network idle, two forced GCs (CDP `HeapProfiler.collectGarbage`) and `Runtime.getHeapUsage`.',
    '',
  );
  const pct = (from: number, to: number) => {
    const p = round(((to - from) / from) * 100, 1);
    return `${p >= 0 ? '+' : ''}${p}%`;
  };
  const first = m.afterFirstRound;
  push(`| | After first scene | After first round (3 switches) | After ${m.switches.length} switches | Change (from first scene / from first round) |`, '|---|---:|---:|---:|---:|');
  push(`| JS heap used | ${mb(m.start.usedBytes)} | ${mb(first.usedBytes)} | ${mb(m.end.usedBytes)} | ${pct(m.start.usedBytes, m.end.usedBytes)} / ${pct(first.usedBytes, m.end.usedBytes)} |`);
  push(`| live objects (snapshot, without compiled code) | ${mb(m.start.objectBytes)} | ${mb(first.objectBytes)} | ${mb(m.end.objectBytes)} | ${pct(m.start.objectBytes, m.end.objectBytes)} / ${pct(first.objectBytes, m.end.objectBytes)} |`);
  push(`| JS heap total | ${mb(m.start.totalBytes)} | ${mb(first.totalBytes)} | ${mb(m.end.totalBytes)} | |`);
  if (m.start.backingStorageBytes !== null && first.backingStorageBytes !== null && m.end.backingStorageBytes !== null) {
    push(`| ArrayBuffer backing stores (outside the JS heap) | ${mb(m.start.backingStorageBytes)} | ${mb(first.backingStorageBytes)} | ${mb(m.end.backingStorageBytes)} | |`);
  }
  push(`| GPU resources (\`__sitevisit.memory()\`) | ${gpu(m.start.gpu)} | ${gpu(first.gpu)} | ${gpu(m.end.gpu)} | |`);
  push('', 'The budget compares the end with the first round (every scene visited once); the first-round column separates one-time growth (code and caches warmed by the first visit of each scene) from growth per switch. The budget counts live objects from a heap snapshot and leaves out the compiled code of V8, which grows while hot functions are optimised and then levels off: it is not data the app retains.');

  if (r.errors.length > 0) push('', '## Page errors', '', ...r.errors.map((e) => `- ${e}`));
  const failed = r.checks.filter((c) => !c.pass).length;
  push('', failed === 0 ? `All ${r.checks.length} budgets met.` : `${failed} of ${r.checks.length} budgets not met.`);
  return lines.join('\n');
}
