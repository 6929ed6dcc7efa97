/**
 * Performance budget: a 30-minute guide's JSON ≤ 50 KB. The guide is built as
 * a recorded one would be: a step every 15 s (120 steps) through the demo
 * tour's five scenes, each with its recorded view (model positions to the cm,
 * panorama angles to 0.1°), a card on every third, narration and captions in
 * en, sv and fi. It must validate as part of the demo tour. The budget holds
 * for the guide as it is written to disk: saved by the studio into the demo
 * tour's tour.json (the file grows by that much) and as a recording's
 * guide.json. The figures are printed (docs/performance.md carries them).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rewriteJson } from '../../server/content/preserveFormat';
import { GUIDE_PATH, standardForm, tourJsonText } from '../../src/tour/tourJson';
import type { Guide } from '../../src/tour/guide';
import { validateTour } from '../../src/tour/validate';

const BUDGET_BYTES = 50 * 1024;
const STEP_SECONDS = 15;
const LANGUAGES = ['en', 'sv', 'fi'] as const;
const SCENES = ['hall', 'pretreatment', 'process-floor', 'platform', 'tank-farm'];
const CARDS = ['biomass-hopper', 'screw-feeder', 'pretreatment-reactor'];

/** A deterministic stand-in for a recording's views (no two alike, realistic precision). */
function recordedGuide(minutes: number): Guide {
  let seed = 17;
  const random = (min: number, max: number) => {
    seed = (seed * 48271) % 2147483647;
    return min + ((seed / 2147483647) * (max - min));
  };
  const cm = (v: number) => Math.round(v * 100) / 100;
  const tenth = (v: number) => Math.round(v * 10) / 10;
  const steps: Guide['steps'] = [];
  for (let i = 0; i < (minutes * 60) / STEP_SECONDS; i++) {
    const scene = SCENES[Math.floor(i / 4) % SCENES.length]!;
    const n = String(i + 1).padStart(3, '0');
    const per = (ext: string) => Object.fromEntries(LANGUAGES.map((l) => [l, `narration/recorded/${n}.${l}.${ext}`]));
    steps.push({
      scene,
      view:
        scene === 'hall'
          ? { kind: 'model', position: [cm(random(-30, 30)), cm(random(1.6, 25)), cm(random(-30, 30))], target: [cm(random(-20, 20)), cm(random(0, 5)), cm(random(-20, 20))], fov: 50 }
          : { kind: 'panorama', yaw: tenth(random(-180, 180)), pitch: tenth(random(-30, 30)), fov: 75 },
      ...(scene === 'hall' && i % 3 === 0 ? { card: CARDS[i % CARDS.length]! } : {}),
      duration: STEP_SECONDS,
      audio: per('ogg'),
      captions: per('vtt'),
    });
  }
  return { id: 'recorded', title: { en: 'The pilot hall, recorded', sv: 'Pilothallen, inspelad', fi: 'Pilottihalli, tallennettu' }, steps };
}

describe('a 30-minute guide', () => {
  it(`is at most ${BUDGET_BYTES / 1024} KB of JSON`, () => {
    const guide = recordedGuide(30);
    expect(guide.steps.reduce((s, step) => s + step.duration, 0)).toBe(30 * 60);
    // A real guide of the demo tour: its scenes and cards exist.
    const tourText = readFileSync('public/tours/processum/tour.json', 'utf8');
    const tour = JSON.parse(tourText) as { guides: unknown[] };
    tour.guides = [...tour.guides, guide];
    const checked = validateTour(tour);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const savedByStudio = Buffer.byteLength(rewriteJson(tourText, tour)) - Buffer.byteLength(tourText);
    const guideJson = Buffer.byteLength(`${tourJsonText(standardForm(guide), GUIDE_PATH)}\n`);
    const compact = Buffer.byteLength(JSON.stringify(guide));
    const indented = Buffer.byteLength(JSON.stringify(guide, null, 2));
    const gzip = gzipSync(JSON.stringify(guide), { level: 9 }).byteLength;
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB (${b} B)`;
    console.log(
      `30-minute guide, ${guide.steps.length} steps: saved into tour.json by the studio ${kb(savedByStudio)}; ` +
        `a recording's guide.json ${kb(guideJson)}; compact JSON ${kb(compact)}; indented key by key ${kb(indented)}; gzip -9 ${kb(gzip)}`,
    );
    expect(savedByStudio).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(guideJson).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
