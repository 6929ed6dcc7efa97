import { describe, expect, it } from 'vitest';
import { sceneId, starterTour, titleOf } from '../../cli/import/starterTour';
import { validateTour } from '../../src/tour/validate';

describe('starter tour from found files', () => {
  it('makes URL-safe, unique ids and readable titles from file names', () => {
    const taken = new Set<string>();
    expect(sceneId('Pannrum Övre.JPG', taken)).toBe('pannrum-ovre');
    expect(sceneId('sub/Pannrum övre.png', taken)).toBe('pannrum-ovre-2');
    expect(sceneId('!!!.jpg', taken)).toBe('scene');
    expect(titleOf('models/boiler_room-2.glb')).toBe('Boiler room 2');
  });

  it('links every panorama to the next scene so all are reachable, with encoded URLs', () => {
    const tour = starterTour('site', 'Site', [
      { kind: 'panorama', path: 'a b.jpg' },
      { kind: 'panorama', path: 'c%.jpg' },
      { kind: 'model', path: 'm/hall.glb' },
    ], new Map([['a b.jpg', 'a b.tiles/tiles.json']]));
    const result = validateTour(tour);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]); // no unreachable-scene warnings
    expect(result.tour.scenes[0]).toMatchObject({ image: 'a%20b.jpg', tiles: 'a%20b.tiles/tiles.json' });
    expect(result.tour.scenes[1]).toMatchObject({ image: 'c%25.jpg' });
    expect(result.tour.scenes[0]!.hotspots[0]).toMatchObject({ type: 'link', target: 'c' });
    expect(result.tour.scenes[1]!.hotspots[0]).toMatchObject({ type: 'link', target: 'hall' });
  });
});
