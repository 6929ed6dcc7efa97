/** `plan` on a model scene and the tour's `map`: accepted when sound, every problem reported with its JSON path. */
import { describe, expect, it } from 'vitest';
import type { TourInput } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { validTour } from './fixtures';

const withMap = (map: unknown, patch?: (t: TourInput) => void) => {
  const tour = validTour();
  (tour as Record<string, unknown>).map = map;
  patch?.(tour);
  return validateTour(JSON.parse(JSON.stringify(tour)));
};
const paths = (result: ReturnType<typeof validateTour>) => result.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

describe('plan and map in the tour schema', () => {
  it('accepts a plan on a model scene and a map with places in this tour and another', () => {
    const result = withMap(
      { image: 'map.webp', width: 800, height: 600, imageAlt: { en: 'Coast' }, places: [{ scene: 'hall', position: [10, 20] }, { scene: 'hall', tour: 'other', position: [800, 600], title: 'Other hall' }] },
      (t) => Object.assign(t.scenes[0]!, { plan: 'plans/hall/plan.json' }),
    );
    expect(paths(result)).toEqual([]);
    expect(result.ok && result.tour.map?.places.length).toBe(2);
  });

  it('reports unknown scenes, spots off the image and malformed fields with their paths', () => {
    const result = withMap({ image: 'map.webp', width: 800, height: 600, places: [{ scene: 'nowhere', position: [10, 20] }, { scene: 'east', position: [801, 5] }, { scene: 'west', position: [-1, 5] }] });
    expect(paths(result)).toEqual([
      'map.places[0].scene: unknown scene "nowhere"',
      'map.places[1].position: [801, 5] lies outside the 800×600 map',
      expect.stringMatching(/^map\.places\[2\]\.position\[0\]: /),
    ]);
    expect(paths(withMap({ image: '', width: 0, height: 600, places: [] }))).toEqual([
      expect.stringMatching(/^map\.image: /),
      expect.stringMatching(/^map\.places: /),
      expect.stringMatching(/^map\.width: /),
    ]);
  });

  it('allows a plan only on model scenes', () => {
    const tour = validTour();
    Object.assign(tour.scenes[1]!, { plan: 'plan.json' });
    expect(paths(validateTour(tour))).toEqual([expect.stringMatching(/^scenes\[1\]: .*plan/)]);
  });
});
