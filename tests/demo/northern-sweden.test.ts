/**
 * The committed Northern Sweden tour (scripts/demo/northernSwedenTour.ts):
 * valid, trilingual, every card cites a source, the stops form a sequence,
 * and the last stop links into the pilot-hall tour at a scene that exists.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { validateTour } from '../../src/tour/validate';
import { describeProblem } from '../../src/tour/problems';
import { checkTourFile } from '../../cli/checkTourFile';
import { TourIndex } from '../../src/tour/tourIndex';
import type { Tour } from '../../src/tour/schema';

const publicFile = (path: string) => fileURLToPath(new URL(`../../public/${path}`, import.meta.url));
const tourPath = publicFile('tours/northern-sweden/tour.json');

async function tour(): Promise<Tour> {
  const result = validateTour(JSON.parse(await readFile(tourPath, 'utf8')));
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.tour;
}

describe('demo tour: northern-sweden', () => {
  it('validates, including its files and the link into the processum tour', async () => {
    const problems = await checkTourFile(await readFile(tourPath, 'utf8'), tourPath);
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it('visits Umeå, Skellefteå (Sara kulturhus, Northvolt Ett), Rönnskär and Örnsköldsvik in order, each stop linking to the next', async () => {
    const t = await tour();
    expect(t.scenes.map((s) => s.id)).toEqual(['umea', 'sara-kulturhus', 'northvolt-ett', 'ronnskar', 'ornskoldsvik']);
    t.scenes.forEach((scene, i) => {
      const next = t.scenes[i + 1];
      if (next) expect(scene.hotspots.some((h) => h.type === 'link' && h.target === next.id && h.tour === undefined)).toBe(true);
    });
    const last = t.scenes.at(-1)!;
    expect(last.hotspots.find((h) => h.type === 'link' && h.tour === 'processum')).toMatchObject({ target: 'hall' });
  });

  it('has cards in en, sv and fi that cite an http(s) source and say the models are illustrative', async () => {
    const t = await tour();
    const cards = t.scenes.flatMap((s) => s.hotspots.filter((h) => h.type === 'info'));
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) {
      if (card.type !== 'info') continue;
      expect(Object.keys(card.title).sort(), card.id).toEqual(['en', 'fi', 'sv']);
      expect(typeof card.body === 'object' && Object.keys(card.body).sort(), card.id).toEqual(['en', 'fi', 'sv']);
      const body = card.body as Record<string, string>;
      expect(body.en, card.id).toMatch(/\n\nSources?: \[[^\]]+\]\(https:\/\/[^)]+\)/);
      expect(body.sv, card.id).toMatch(/\n\n(Källa|Källor): \[[^\]]+\]\(https:\/\/[^)]+\)/);
      expect(body.fi, card.id).toMatch(/\n\n(Lähde|Lähteet): \[[^\]]+\]\(https:\/\/[^)]+\)/);
    }
    for (const scene of t.scenes) expect((scene.description as Record<string, string>).en).toContain('illustrative model');
  });

  it('keeps each site model small', async () => {
    const t = await tour();
    let total = 0;
    for (const scene of t.scenes) {
      if (scene.type !== 'model') throw new Error('model scenes only');
      const size = (await stat(fileURLToPath(new URL(scene.model, new URL(`file://${tourPath}`))))).size;
      expect(size).toBeLessThanOrEqual(200 * 1024);
      total += size;
    }
    expect(total).toBeLessThanOrEqual(600 * 1024);
  });
});

describe('tours/index.json', () => {
  it('lists both tours with a 480×270 thumbnail each, in three languages', async () => {
    const parsed = TourIndex.safeParse(JSON.parse(await readFile(publicFile('tours/index.json'), 'utf8')));
    expect(parsed.success).toBe(true);
    const index = parsed.data!;
    expect(index.tours.map((t) => t.id)).toEqual(['processum', 'northern-sweden']);
    for (const entry of index.tours) {
      expect(Object.keys(entry.title).sort()).toEqual(['en', 'fi', 'sv']);
      const meta = await sharp(publicFile(`tours/${entry.thumbnail}`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 480, 270]);
    }
  });
});
