/** Markdown for the side-by-side comparison (scripts/bench/compare.ts), with the budgets of issue 14. */
import type { CompareResults, Load, Viewer } from './compare';
import { frameStats, median, round } from './stats';

/** A ratio counts as met up to this (measurement noise between interleaved runs). */
export const RATIO_TOLERANCE = 1.05;
export const COMPARE_BUDGETS = { phoneTiledFirstFrameMs: 3000, phoneLcpMs: 2500, jsGzipKB: 400, jsGzipStretchKB: 300 };

const LABELS: Record<Viewer, string> = {
  sitevisit: '**sitevisit** (quick view)',
  pannellum: 'Pannellum 2.5 (its build)',
  marzipano: 'Marzipano 0.10 (its build)',
  bare: 'bare three.js page',
  'model-viewer': '@google/model-viewer 4.4 (its build)',
};

const of = (loads: Load[], viewer: Viewer) => loads.filter((l) => l.viewer === viewer);
const ready = (loads: Load[]) => loads.map((l) => l.readyMs).filter((x): x is number => x !== null);
const med = (loads: Load[]) => {
  const xs = ready(loads);
  return xs.length ? round(median(xs), 0) : null;
};
const medInteractive = (loads: Load[]) => {
  const xs = loads.map((l) => l.interactiveMs).filter((x): x is number => typeof x === 'number');
  return xs.length ? round(median(xs), 0) : null;
};
const interactiveRuns = (loads: Load[]) => loads.map((l) => l.interactiveMs ?? '—').join(', ');
const runs = (loads: Load[]) => loads.map((l) => (l.readyMs === null ? `✗ ${l.error ?? ''}` : l.readyMs)).join(', ');
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${round(bytes / 1024, 1)} KB`);
const jsOf = (loads: Load[]) => loads.find((l) => l.jsGzipBytes !== undefined);
const frameMedian = (loads: Load[]) => {
  const recordings = loads.flatMap((l) => (l.frames ? [l.frames.recording] : []));
  return recordings.length ? frameStats(recordings).medianMs : null;
};
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : round(a / b, 2));
const verdict = (r: number | null, budget = 1) => (r === null ? '— (not measured)' : r <= budget * RATIO_TOLERANCE ? `${r}× ✅` : `${r}× ❌`);
const ms = (x: number | null) => (x === null ? '—' : `${x} ms`);

export function renderCompare(r: CompareResults, loadAverage: number[]): string[] {
  const d = r.desktop;
  const viewers: Viewer[] = ['pannellum', 'marzipano', 'bare', 'sitevisit'];
  const row = (v: Viewer) => {
    const p = of(d.panorama, v);
    const t = of(d.panoramaThrottled, v);
    const f = frameMedian(p);
    return `| ${LABELS[v]} | ${ms(med(p))} (${runs(p)}) | ${ms(med(t))} (${runs(t)}) | ${f === null ? '—' : `${f} ms`} | ${kb(jsOf(p)?.jsGzipBytes)} |`;
  };
  const sv = of(d.panorama, 'sitevisit');
  const firstVsPannellum = ratio(med(sv), med(of(d.panorama, 'pannellum')));
  const throttledVsMarzipano = ratio(med(of(d.panoramaThrottled, 'sitevisit')), med(of(d.panoramaThrottled, 'marzipano')));
  const framesVsMarzipano = ratio(frameMedian(sv), frameMedian(of(d.panorama, 'marzipano')));
  const models: Viewer[] = ['model-viewer', 'bare', 'sitevisit'];
  const modelRow = (v: Viewer) => `| ${LABELS[v]} | ${ms(med(of(d.model, v)))} (${runs(of(d.model, v))}) | ${kb(jsOf(of(d.model, v))?.jsGzipBytes)} |`;

  const p = r.phone;
  const tiled = med(p.tiledDeepLink);
  const lcpDeep = lcpOf(p.tiledDeepLink);
  const lcpStart = lcpOf(p.start);
  const hallVsModelViewer = ratio(med(p.start), med(p.modelViewer));
  const jsDeep = jsOf(p.tiledDeepLink)?.jsGzipBytes;
  const jsStart = jsOf(p.start)?.jsGzipBytes;
  const jsWorst = Math.max(jsDeep ?? 0, jsStart ?? 0) / 1024;

  return [
    `## Side by side (median of ${r.rounds} interleaved cold loads; load average ${loadAverage.join(', ')} at the start)`,
    '',
    `Desktop, 1280×720, DPR 1; the same 4096×2048 JPEG for every viewer, sitevisit in quick view (\`/?panorama=\`).`,
    '',
    '| viewer | first frame, 4K panorama | at 10 Mbit/s | frame median while turning | JS gzip |',
    '|---|---|---|---|---|',
    ...viewers.map(row),
    '',
    '| budget (sitevisit vs …, met at ≤ 1.05×) | ratio |',
    '|---|---|',
    `| first frame ≤ 1.0× Pannellum's | ${verdict(firstVsPannellum)} |`,
    `| at 10 Mbit/s ≤ 1.0× Marzipano's | ${verdict(throttledVsMarzipano)} |`,
    `| frame median while turning ≤ 1.0× Marzipano's | ${verdict(framesVsMarzipano)} |`,
    '',
    `sitevisit's first frame is drawn by the page's start script (src/start/earlyPaint.ts); the app is ready (the view turns, hotspots shown) at ${ms(medInteractive(sv))} (${interactiveRuns(sv)}), at 10 Mbit/s ${ms(medInteractive(of(d.panoramaThrottled, 'sitevisit')))}.`,
    '',
    `The same ${'~6 MB'} GLB (the pilot hall without compression extensions), first frame, desktop:`,
    '',
    '| viewer | first frame | JS gzip |',
    '|---|---|---|',
    ...models.map(modelRow),
    '',
    `Phone profile: 4× CPU slowdown, 1.6 Mbit/s down, 150 ms RTT, 390×844 at DPR 2, touch, cold cache.`,
    '',
    '| figure | measured (runs) | budget |',
    '|---|---|---|',
    `| tiled scene \`${p.deepLinkPath}\`, first 3D frame (the start script's, of the preview) | ${ms(tiled)} (${runs(p.tiledDeepLink)}) | ≤ ${COMPARE_BUDGETS.phoneTiledFirstFrameMs} ms ${under(tiled, COMPARE_BUDGETS.phoneTiledFirstFrameMs)} |`,
    `| the same scene, app ready (view turns, hotspots) | ${ms(medInteractive(p.tiledDeepLink))} (${interactiveRuns(p.tiledDeepLink)}) | — |`,
    ...lcpRows(p.deepLinkPath, lcpDeep, lcpStart),
    `| model scene (\`/\` → hall) first frame vs model-viewer (same GLB) | ${ms(med(p.start))} (${runs(p.start)}) vs ${ms(med(p.modelViewer))} (${runs(p.modelViewer)}) | ≤ 1.0× ${verdict(hallVsModelViewer)} |`,
    `| JS until the first scene is ready, gzip | deep link ${kb(jsDeep)}, \`/\` ${kb(jsStart)} (model-viewer ${kb(jsOf(p.modelViewer)?.jsGzipBytes)}) | ≤ ${COMPARE_BUDGETS.jsGzipKB} KB ${jsWorst <= COMPARE_BUDGETS.jsGzipKB ? '✅' : '❌'}; stretch ≤ ${COMPARE_BUDGETS.jsGzipStretchKB} KB ${jsWorst <= COMPARE_BUDGETS.jsGzipStretchKB ? '✅' : '❌'} |`,
  ];
}

const under = (value: number | null, budget: number) => (value === null ? '—' : value <= budget ? '✅' : `❌ (${round(value / budget, 2)}×)`);

function lcpOf(loads: Load[]) {
  const xs = loads.map((l) => l.lcp?.ms).filter((x): x is number => x !== undefined);
  const elements = [...new Set(loads.map((l) => l.lcp?.element ?? (l.error ? `(failed: ${l.error})` : '(none)')))];
  return { ms: xs.length ? round(median(xs), 0) : null, runs: loads.map((l) => l.lcp?.ms ?? '—').join(', '), elements: elements.join('; ') };
}

const lcpRows = (deepLinkPath: string, deep: ReturnType<typeof lcpOf>, start: ReturnType<typeof lcpOf>) => [
  `| largest contentful paint, deep link \`${deepLinkPath}\` | ${ms(deep.ms)} (${deep.runs}); element: ${deep.elements} | ≤ ${COMPARE_BUDGETS.phoneLcpMs} ms ${under(deep.ms, COMPARE_BUDGETS.phoneLcpMs)} |`,
  `| largest contentful paint, \`/\` | ${ms(start.ms)} (${start.runs}); element: ${start.elements} | ≤ ${COMPARE_BUDGETS.phoneLcpMs} ms ${under(start.ms, COMPARE_BUDGETS.phoneLcpMs)} |`,
];

/** `--only phone-lcp`: the phone profile's two LCP rows, nothing else. */
export function renderPhoneLcp(p: { tiledDeepLink: Load[]; start: Load[]; deepLinkPath: string }, rounds: number, loadAverage: number[]): string[] {
  return [
    `## Phone profile, largest contentful paint (median of ${rounds} interleaved cold loads; load average ${loadAverage.join(', ')} at the start)`,
    '',
    `Phone profile: 4× CPU slowdown, 1.6 Mbit/s down, 150 ms RTT, 390×844 at DPR 2, touch, cold cache.`,
    '',
    '| figure | measured (runs) | budget |',
    '|---|---|---|',
    ...lcpRows(p.deepLinkPath, lcpOf(p.tiledDeepLink), lcpOf(p.start)),
  ];
}
