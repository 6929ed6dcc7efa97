/**
 * The studio's budgets (issue 15, Performance), `npm run bench -- --only studio`:
 *
 *  - Opening: the studio opens a copy of the 5-scene demo tour and shows its editable first scene
 *    (`/studio/<copy>`, ready mark of "hall"), against the visitor's time for the same scene (`/`);
 *    cold loads in fresh contexts, interleaved, medians. Budget ≤ 1.5×.
 *  - Saving a tour of 200 hotspots: the server's time per save, p90 (scripts/bench/studioSave.ts).
 *    Budget ≤ 100 ms.
 *  - Dragging a hotspot: the frame time while a hotspot of the hall follows the pointer in the
 *    studio, against the visitor's while turning the hall; interleaved rounds, medians. Budget ≤ 1.2×.
 *
 * One app server: the test build with the studio over a temporary CONTENT_DIR (scripts/studioServer.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { waitForScene, type Session } from '../../tests/browser/harness';
import { startStudioServer } from '../studioServer';
import { coldLoad, dragAndRecord, freshPage, settle, type DragResult, type DragStart } from './measure';
import { frameStats, median, round, type FrameStats } from './stats';
import { measureStudioSave, timeAnswers, type SaveSeries } from './studioSave';

export const STUDIO_BUDGETS = { openRatio: 1.5, saveP90Ms: 100, dragRatio: 1.2 };

const COPY = 'bench-studio';
const SCENE = 'hall';

export interface StudioResults {
  open: { visitorMs: number[]; studioMs: number[]; visitorMedianMs: number; studioMedianMs: number; ratio: number };
  save: SaveSeries[];
  drag: { visitor: FrameStats; studio: FrameStats; ratio: number; meanRatio: number; studioMoves: number };
  errors: string[];
}

/**
 * The hall's hotspot marker nearest the middle of the studio's view, and a span to drag it across.
 * A plain-JS string: tsx wraps named functions in `__name(…)` helpers, which the page lacks.
 */
const FIND_MARKER = `(() => {
  const canvas = document.querySelector('.studio__view canvas');
  if (!canvas) return null;
  const view = canvas.getBoundingClientRect();
  const cx = view.left + view.width / 2;
  const cy = view.top + view.height / 2;
  const centre = (b) => [b.left + b.width / 2, b.top + b.height / 2];
  const shown = [...document.querySelectorAll('.studio__view [data-hotspot]')].filter((m) => {
    const b = m.getBoundingClientRect();
    const [x, y] = centre(b);
    const hit = b.width > 0 && x > view.left && x < view.right && y > view.top && y < view.bottom ? document.elementFromPoint(x, y) : null;
    return hit !== null && m.contains(hit);
  });
  const boxes = shown.map((m) => m.getBoundingClientRect()).sort((a, b) => Math.hypot(centre(a)[0] - cx, centre(a)[1] - cy) - Math.hypot(centre(b)[0] - cx, centre(b)[1] - cy));
  const best = boxes[0];
  if (!best) return null;
  const [x, y] = centre(best);
  return { x: Math.round(x), y: Math.round(y), left: Math.min(x - 50, Math.max(view.left, x - 200)), right: Math.max(x + 50, Math.min(view.right, x + 200)) };
})()`;

async function markerStart(page: Page): Promise<DragStart> {
  const start = (await page.evaluate(FIND_MARKER)) as DragStart | null;
  if (!start) throw new Error('found no hotspot marker of the hall in the studio view to drag');
  return start;
}

async function framesWhile(session: Session, url: string, prepare: ((c: BrowserContext) => Promise<void>) | undefined, durationMs: number, studio: boolean): Promise<{ run: DragResult; errors: string[] }> {
  const { page, errors, close } = await freshPage(session, prepare);
  try {
    await page.goto(url);
    await waitForScene(page, SCENE);
    await settle(page);
    const run = await dragAndRecord(page, durationMs, studio ? await markerStart(page) : undefined);
    // The drag must have moved the hotspot (one undo step), or its frames measured nothing of the studio's work.
    if (studio && !(await page.getByRole('button', { name: 'Undo', exact: true }).isEnabled())) throw new Error('the studio drag moved no hotspot');
    return { run, errors: errors.map((e) => `${studio ? 'studio' : 'visitor'} drag: ${e}`) };
  } finally {
    await close();
  }
}

export async function measureStudio(session: Session, appDist: string, options: { runs: number; rounds: number; dragMs: number; saves: number }, log: (m: string) => void): Promise<StudioResults> {
  const saveTimes: number[] = [];
  const server = await startStudioServer({ dist: appDist, token: 'bench-token-0123456789', onApi: timeAnswers(saveTimes) });
  try {
    const cookie = await server.signIn('Bench');
    const copied = await server.call(`/api/studio/tours/processum/copy`, { method: 'POST', cookie, body: JSON.stringify({ id: COPY }) });
    if (copied.status !== 201) throw new Error(`copying the demo tour answered ${copied.status}`);
    const [name, value] = cookie.split('=') as [string, string];
    const signedIn = (context: BrowserContext) => context.addCookies([{ name, value, url: server.base }]);
    const errors: string[] = [];

    const visitorMs: number[] = [];
    const studioMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const visitor = await coldLoad(session, `${server.base}/`, SCENE);
      const studio = await coldLoad(session, `${server.base}/studio/${COPY}`, SCENE, false, signedIn);
      visitorMs.push(visitor.readyMs);
      studioMs.push(studio.readyMs);
      errors.push(...visitor.errors, ...studio.errors);
      log(`studio: cold load ${i + 1}: visitor ${visitor.readyMs} ms, studio ${studio.readyMs} ms`);
    }

    const save = await measureStudioSave(server, saveTimes, options.saves);
    log(`studio: saves: ${save.map((s) => `${s.edit} p90 ${s.serverMs.p90} ms`).join('; ')}`);

    const visitorRuns: DragResult[] = [];
    const studioRuns: DragResult[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const visitor = await framesWhile(session, `${server.base}/`, undefined, options.dragMs, false);
      const studio = await framesWhile(session, `${server.base}/studio/${COPY}`, signedIn, options.dragMs, true);
      visitorRuns.push(visitor.run);
      studioRuns.push(studio.run);
      errors.push(...visitor.errors, ...studio.errors);
      log(`studio: round ${r + 1}: visitor turning ${visitor.run.stats.medianMs} ms, studio dragging ${studio.run.stats.medianMs} ms`);
    }
    const visitorFrames = frameStats(visitorRuns.map((x) => x.recording));
    const studioFrames = frameStats(studioRuns.map((x) => x.recording));
    const visitorMedianMs = median(visitorMs);
    const studioMedianMs = median(studioMs);
    return {
      open: { visitorMs, studioMs, visitorMedianMs, studioMedianMs, ratio: round(studioMedianMs / visitorMedianMs, 2) },
      save,
      drag: {
        visitor: visitorFrames,
        studio: studioFrames,
        ratio: round(studioFrames.medianMs / visitorFrames.medianMs, 2),
        meanRatio: round(studioFrames.meanMs / visitorFrames.meanMs, 2),
        studioMoves: studioRuns.reduce((n, x) => n + x.moves, 0),
      },
      errors,
    };
  } finally {
    await server.close();
  }
}

const verdict = (pass: boolean) => (pass ? 'pass' : '**over budget**');

export function renderStudio(r: StudioResults, load: { start: number[]; end: number[] }, cores: number): string[] {
  const b = STUDIO_BUDGETS;
  const worstSave = Math.max(...r.save.map((s) => s.serverMs.p90));
  return [
    '## Studio (issue 15)',
    '',
    '| metric | value | budget | |',
    '|---|---|---|---|',
    `| Open the 5-scene demo tour, editable first scene ("hall") ready: studio / visitor, median of ${r.open.studioMs.length} cold | ${r.open.studioMedianMs} / ${r.open.visitorMedianMs} ms = ${r.open.ratio}× (studio ${r.open.studioMs.join(', ')}; visitor ${r.open.visitorMs.join(', ')}) | ≤ ${b.openRatio}× | ${verdict(r.open.ratio <= b.openRatio)} |`,
    ...r.save.map(
      (s) =>
        `| Save a 200-hotspot tour, ${s.edit}: server time p90 (median), ${s.saves} saves | ${s.serverMs.p90} ms (${s.serverMs.median} ms); request p90 ${s.requestMs.p90} ms, CPU p90 ${s.cpuMs.p90} ms | ≤ ${b.saveP90Ms} ms | ${verdict(s.serverMs.p90 <= b.saveP90Ms)} |`,
    ),
    `| Median frame time, dragging a hotspot on the hall (studio) / turning the hall (visitor) | ${r.drag.studio.medianMs} / ${r.drag.visitor.medianMs} ms = ${r.drag.ratio}× (means ${r.drag.meanRatio}×; ${r.drag.studio.renderedFrames} / ${r.drag.visitor.renderedFrames} frames) | ≤ ${b.dragRatio}× | ${verdict(r.drag.ratio <= b.dragRatio)} |`,
    '',
    `Worst save p90: ${round(worstSave)} ms. Load average at the start ${load.start.join(', ')}, at the end ${load.end.join(', ')} (${cores} cores).`,
    ...(r.errors.length > 0 ? ['', 'Page errors:', ...r.errors.map((e) => `- ${e}`)] : []),
  ];
}
