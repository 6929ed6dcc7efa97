/** First frame of every scene of the demo tours, each opened directly by its link (`/t/<tour>/<scene>`), cold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../../tests/browser/harness';
import { coldLoad } from './measure';
import { median } from './stats';

export const DEMO_TOURS = ['processum', 'northern-sweden'] as const;

export interface DemoSceneLoad {
  tour: string;
  scene: string;
  kind: 'model' | 'panorama';
  /** Ready mark, ms after navigation start: median and runs. */
  readyMedianMs: number;
  readyRunsMs: number[];
  /** Two frames after ready: median. */
  drawnMedianMs: number;
  errors: string[];
}

export async function demoSceneLoads(session: Session, appUrl: string, root: string, runs: number, log: (m: string) => void): Promise<DemoSceneLoad[]> {
  const out: DemoSceneLoad[] = [];
  for (const tour of DEMO_TOURS) {
    const manifest = JSON.parse(readFileSync(join(root, 'public/tours', tour, 'tour.json'), 'utf8')) as { scenes: { id: string; type: 'model' | 'panorama' }[] };
    for (const scene of manifest.scenes) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await coldLoad(session, `${appUrl}/t/${tour}/${scene.id}`, scene.id));
      const ready = loads.map((l) => l.readyMs);
      out.push({
        tour,
        scene: scene.id,
        kind: scene.type,
        readyMedianMs: median(ready),
        readyRunsMs: ready,
        drawnMedianMs: median(loads.map((l) => l.drawnMs)),
        errors: loads.flatMap((l) => l.errors),
      });
      log(`  /t/${tour}/${scene.id}: ready ${median(ready)} ms (${ready.join(', ')})`);
    }
  }
  return out;
}

/** The report section (Markdown). */
export function renderDemoScenes(loads: DemoSceneLoad[]): string[] {
  const lines = [
    '',
    '## 2b. First frame of every demo scene, opened by its link',
    '',
    'Cold load of `/t/<tour>/<scene>` in a fresh context, as in §2 *Direct*: ready mark and two frames later, ms after navigation start, median of 3.',
    '',
    '| Tour | Scene | Kind | Ready, median (runs) | Drawn, median |',
    '|---|---|---|---|---:|',
  ];
  for (const l of loads) lines.push(`| ${l.tour} | ${l.scene} | ${l.kind} | ${l.readyMedianMs} ms (${l.readyRunsMs.join(', ')}) | ${l.drawnMedianMs} ms |`);
  return lines;
}
