/**
 * The studio writes a tour back into the text it came from (issue 15, item 6):
 * a tour saved unchanged is byte-identical (every demo tour and a hand-written
 * file with odd formatting), and an edit changes only the lines it touches.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteJson, rewriteJsonTelling } from '../../../server/content/preserveFormat';

const demoTours = readdirSync('public/tours', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('public/tours', e.name, 'tour.json')))
  .map((e) => join('public/tours', e.name, 'tour.json'));
const handWritten = join(import.meta.dirname, 'fixtures', 'hand-written.tour.json');

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  let head = 0;
  while (head < x.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  return { removed: x.slice(head, x.length - tail), added: y.slice(head, y.length - tail) };
};

describe('writing a tour back into its own text', () => {
  it.each([...demoTours, handWritten])('%s saved unchanged is byte-identical', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(rewriteJson(text, JSON.parse(text))).toBe(text);
  });

  it('there are demo tours to check', () => {
    expect(demoTours.length).toBeGreaterThanOrEqual(2);
  });

  it('an edited title changes that line only, and the odd formatting elsewhere stays', () => {
    const text = readFileSync(handWritten, 'utf8');
    const tour = JSON.parse(text);
    tour.scenes[1].title = 'Pilot hall';
    const out = rewriteJson(text, tour);
    expect(JSON.parse(out)).toEqual(tour);
    expect(changedLines(text, out)).toEqual({ removed: ['\t\t  "title": "Hall",'], added: ['\t\t  "title": "Pilot hall",'] });
    expect(out).toContain('"yaw": 1e1');
    expect(out).toContain('\\u00e5');
  });

  it('a new hotspot is written in the standard form, its angles rounded as deep links round them', () => {
    const text = readFileSync(handWritten, 'utf8');
    const tour = JSON.parse(text);
    tour.scenes[1].hotspots.push({ id: 'boiler', type: 'info', title: 'Boiler', yaw: 33.33333, pitch: -4.56789 });
    const out = rewriteJson(text, tour);
    const saved = JSON.parse(out);
    expect(saved.scenes[1].hotspots[0]).toEqual({ id: 'boiler', type: 'info', title: 'Boiler', yaw: 33.3, pitch: -4.6 });
    // Untouched precision stays as written.
    expect(saved.scenes[0].view.yaw).toBe(12.3456);
    expect(out.startsWith(text.slice(0, text.indexOf('"hall"')))).toBe(true);
  });

  it('removing the first hotspot of a list and moving a model hotspot touch only those hotspots', () => {
    const text = readFileSync('public/tours/processum/tour.json', 'utf8');
    const tour = JSON.parse(text);
    const scene = tour.scenes.find((s: { hotspots: unknown[] }) => s.hotspots.length >= 2);
    const removed = scene.hotspots.shift();
    const moved = scene.hotspots.find((h: { position?: number[] }) => h.position);
    if (moved) moved.position = [1.23456, 2.5, -3.004];
    const out = rewriteJson(text, tour);
    const saved = JSON.parse(out);
    expect(saved.scenes.find((s: { id: string }) => s.id === scene.id).hotspots.map((h: { id: string }) => h.id)).not.toContain(removed.id);
    if (moved) expect(out).toMatch(/1\.23,\s*2\.5,\s*-3/);
    // Exactly the removed hotspot's lines are gone, and only the three moved numbers are new.
    expect(out.split('\n').length).toBe(text.split('\n').length - JSON.stringify(removed, null, 2).split('\n').length);
    const original = new Set(text.split('\n').map((l) => l.trim()));
    expect(out.split('\n').filter((l) => !original.has(l.trim())).length).toBeLessThanOrEqual(3);
  });

  it('writes the standard form when jsonc-parser refuses an edit, and the file reads back as the tour saved', () => {
    // A hand edit left a key twice: JSON.parse keeps the last "title" (an object), jsonc-parser edits
    // the first (a string) and throws when asked to set a language inside it.
    const text = readFileSync(handWritten, 'utf8').replace('"title": {"en": "Hand written", "sv": "Handskriven"}', '"title": "Hand written", "title": {"en": "Hand written", "sv": "Handskriven"}');
    const tour = JSON.parse(text);
    expect(tour.title).toEqual({ en: 'Hand written', sv: 'Handskriven' });
    tour.title.sv = 'Skriven för hand';
    tour.scenes[0].hotspots[1].yaw = -91.2345;
    const { text: out, how } = rewriteJsonTelling(text, tour);
    expect(how).toBe('refused');
    expect(rewriteJson(text, tour)).toBe(out);
    // The standard form: 2-space indent, the key once; the changed yaw rounded as deep links round it, untouched numbers as written.
    expect(out).toBe(`${JSON.stringify({ ...tour, scenes: [{ ...tour.scenes[0], hotspots: [tour.scenes[0].hotspots[0], { ...tour.scenes[0].hotspots[1], yaw: -91.2 }] }, tour.scenes[1]] }, null, 2)}\n`);
    expect(out.match(/"title": \{/g)?.length).toBe(1);
    const saved = JSON.parse(out);
    expect(saved.title).toEqual({ en: 'Hand written', sv: 'Skriven för hand' });
    expect(saved.scenes[0].hotspots[1].yaw).toBe(-91.2);
    expect(saved.scenes[0].view.yaw).toBe(12.3456);
    expect({ ...saved, scenes: saved.scenes.map((s: { id: string }) => s.id) }).toEqual({ ...tour, scenes: ['yard', 'hall'] });
  });

  it('falls back to the standard form when there is no usable original', () => {
    expect(rewriteJson(null, { id: 'x' })).toBe('{\n  "id": "x"\n}\n');
    expect(rewriteJson('not json', { id: 'x' })).toBe('{\n  "id": "x"\n}\n');
  });
});

describe('guides in the tour text', () => {
  const text = readFileSync('public/tours/processum/tour.json', 'utf8');
  const step = (yaw: number) => ({ scene: 'pretreatment', view: { kind: 'panorama', yaw, pitch: 1.23, fov: 75 }, duration: 4 });

  it('a new guide is written with each step on one line, its views rounded', () => {
    const tour = JSON.parse(text);
    tour.guides.push({ id: 'recorded', title: 'Recorded', steps: [step(10.06), step(-20.04)] });
    const out = rewriteJson(text, tour);
    expect(changedLines(text, out).added).toEqual([
      '    },',
      '    {',
      '      "id": "recorded",',
      '      "title": "Recorded",',
      '      "steps": [',
      '        {"scene": "pretreatment", "view": {"kind": "panorama", "yaw": 10.1, "pitch": 1.2, "fov": 75}, "duration": 4},',
      '        {"scene": "pretreatment", "view": {"kind": "panorama", "yaw": -20, "pitch": 1.2, "fov": 75}, "duration": 4}',
      '      ]',
    ]);
  });

  it('a changed step is written anew on one line; the steps around it keep their text', () => {
    const withGuide = JSON.parse(text);
    withGuide.guides.push({ id: 'recorded', title: 'Recorded', steps: [step(10), step(20), step(30)] });
    const before = rewriteJson(text, withGuide);
    const tour = JSON.parse(before);
    tour.guides[1].steps[1].captions = { en: 'recorded-02.en.vtt' };
    const out = rewriteJson(before, tour);
    expect(JSON.parse(out)).toEqual(tour);
    expect(changedLines(before, out)).toEqual({
      removed: ['        {"scene": "pretreatment", "view": {"kind": "panorama", "yaw": 20, "pitch": 1.2, "fov": 75}, "duration": 4},'],
      added: ['        {"scene": "pretreatment", "view": {"kind": "panorama", "yaw": 20, "pitch": 1.2, "fov": 75}, "duration": 4, "captions": {"en": "recorded-02.en.vtt"}},'],
    });
  });
});
