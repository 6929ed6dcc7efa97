/**
 * Section 10 (`npm run bench -- --only minimap`): frame time while rotating with
 * the minimap open against without it, in the demo's model scene (hall) and a
 * panorama taken inside it (process-floor), where the plan's "you are here"
 * cone turns with every frame of the drag. Rounds interleave the two pages so
 * that load from elsewhere on the machine hits both alike. Budget: ≤ 1.1×.
 */
import type { Page } from 'playwright-core';
import { openPage, waitForScene, type Session } from '../../tests/browser/harness';
import { READY_PROBE } from './inpage';
import { dragAndRecord, settle, type DragResult } from './measure';
import { frameStats, round, type FrameStats } from './stats';

export const MINIMAP_FRAME_BUDGET = 1.1;
const SCENES = ['hall', 'process-floor'] as const;

export interface MinimapFrames {
  scene: string;
  closed: FrameStats;
  open: FrameStats;
  /** open / closed, of the medians and of the means. */
  ratio: number;
  meanRatio: number;
}

/** The open map has drawn its plan and "you are here" (and the cone, which turns with the drag). */
const mapShown = (page: Page) =>
  page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.minimap__image');
    return img !== null && img.complete && img.naturalWidth > 0 && document.querySelector('.minimap__cone') !== null;
  }, undefined, { timeout: 60_000, polling: 100 });

async function drag(session: Session, url: string, scene: string, open: boolean, durationMs: number): Promise<{ result: DragResult; errors: string[] }> {
  const { page, context, errors } = await openPage(session, 'about:blank');
  try {
    await page.addInitScript(READY_PROBE);
    await page.goto(`${url}/t/processum/${scene}${open ? '?map=1' : ''}`);
    await waitForScene(page, scene, 'ready', 120_000);
    if (open) await mapShown(page);
    await settle(page);
    const result = await dragAndRecord(page, durationMs);
    if (open && (await page.locator('.minimap__cone').count()) === 0) throw new Error(`${scene}: the minimap closed during the drag`);
    return { result, errors: errors.map((e) => `minimap ${scene}${open ? ' open' : ''}: ${e}`) };
  } finally {
    await context.close();
  }
}

export async function measureMinimap(session: Session, appUrl: string, rounds: number, durationMs: number, log: (line: string) => void): Promise<{ scenes: MinimapFrames[]; errors: string[] }> {
  const errors: string[] = [];
  const scenes: MinimapFrames[] = [];
  for (const scene of SCENES) {
    const closed: DragResult[] = [];
    const open: DragResult[] = [];
    for (let r = 1; r <= rounds; r++) {
      // Alternate which goes first, so neither always meets a warmer or busier machine.
      for (const withMap of r % 2 === 1 ? [false, true] : [true, false]) {
        const run = await drag(session, appUrl, scene, withMap, durationMs);
        (withMap ? open : closed).push(run.result);
        errors.push(...run.errors);
      }
      log(`minimap: ${scene}, round ${r} of ${rounds}`);
    }
    const c = frameStats(closed.map((x) => x.recording));
    const o = frameStats(open.map((x) => x.recording));
    scenes.push({ scene, closed: c, open: o, ratio: round(o.medianMs / c.medianMs, 2), meanRatio: round(o.meanMs / c.meanMs, 2) });
  }
  return { scenes, errors };
}

export function renderMinimap(results: { scenes: MinimapFrames[] }, rounds: number, load: { start: number[]; end: number[]; cores: number }): string[] {
  const lines = [
    `## Frame time rotating with the minimap open (${rounds} interleaved rounds per side, budget ≤ ${MINIMAP_FRAME_BUDGET}×)`,
    '',
    '| Scene | Without map: median / mean / p90 ms (frames) | Map open: median / mean / p90 ms (frames) | Ratio (medians) | Ratio (means) | Budget |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of results.scenes) {
    const cell = (f: FrameStats) => `${f.medianMs} / ${f.meanMs} / ${f.p90Ms} (${f.renderedFrames})`;
    const pass = s.ratio <= MINIMAP_FRAME_BUDGET && s.meanRatio <= MINIMAP_FRAME_BUDGET;
    lines.push(`| ${s.scene} | ${cell(s.closed)} | ${cell(s.open)} | ${s.ratio}× | ${s.meanRatio}× | ${pass ? 'pass' : '**FAIL**'} |`);
  }
  lines.push('', `Load average: ${load.start.join(', ')} at the start, ${load.end.join(', ')} at the end (${load.cores} cores).`);
  return lines;
}
