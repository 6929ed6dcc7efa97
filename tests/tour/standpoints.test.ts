import { describe, expect, it } from 'vitest';
import { validateTour } from '../../src/tour/validate';
import { checkReferences } from '../../src/tour/references';
import type { Tour, TourInput } from '../../src/tour/schema';
import { directionInModel, inheritModelHotspots, inheritedId, standpointsIn, yawPitchTowards } from '../../src/tour/standpoints';
import { validTour } from './fixtures';

/** The fixture with the "east" panorama taken at (0, 1.6, 0) inside the hall, its image centre facing `heading`. */
function withStandpoint(heading?: number, extra: (t: TourInput) => void = () => undefined): Tour {
  const input = validTour();
  const east = input.scenes[1] as Extract<TourInput['scenes'][number], { type: 'panorama' }>;
  east.standpoint = { scene: 'hall', position: [0, 1.6, 0], ...(heading === undefined ? {} : { heading }) };
  extra(input);
  const result = validateTour(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.tour;
}

describe('standpoint geometry', () => {
  const at = { scene: 'hall', position: [0, 1.6, 0] as [number, number, number] };
  it('measures yaw from -Z towards +X and pitch upwards', () => {
    expect(yawPitchTowards(at, [0, 1.6, -5])).toEqual({ yaw: 0, pitch: 0 });
    expect(yawPitchTowards(at, [5, 1.6, 0])).toEqual({ yaw: 90, pitch: 0 });
    expect(yawPitchTowards(at, [-5, 1.6, 0])).toEqual({ yaw: -90, pitch: 0 });
    expect(yawPitchTowards(at, [0, 1.6, 5])).toEqual({ yaw: 180, pitch: 0 });
    expect(yawPitchTowards(at, [0, 6.6, -5])).toEqual({ yaw: 0, pitch: 45 });
  });
  it('subtracts the heading of the image centre', () => {
    expect(yawPitchTowards({ ...at, heading: 90 }, [5, 1.6, 0])).toEqual({ yaw: 0, pitch: 0 });
    expect(yawPitchTowards({ ...at, heading: 170 }, [-5, 1.6, -0.1]).yaw).toBeCloseTo(101.1, 1);
  });
  it('turns yaw/pitch back into the same model direction', () => {
    for (const heading of [0, 37, -120]) {
      const sp = { ...at, heading };
      const point: [number, number, number] = [3, 4, -2];
      const { yaw, pitch } = yawPitchTowards(sp, point);
      const d = directionInModel(sp, yaw, pitch);
      const r = Math.hypot(3, 2.4, 2);
      expect(d[0]).toBeCloseTo(3 / r, 2);
      expect(d[1]).toBeCloseTo(2.4 / r, 2);
      expect(d[2]).toBeCloseTo(-2 / r, 2);
    }
  });
});

describe('inheritModelHotspots', () => {
  it('adds the model\'s info hotspots to the panorama at their direction, under new ids', () => {
    const tour = inheritModelHotspots(withStandpoint());
    const east = tour.scenes.find((s) => s.id === 'east')!;
    const inherited = east.hotspots.find((h) => h.id === inheritedId('east', 'reactor'));
    expect(inherited).toMatchObject({ type: 'info', title: { en: 'Reactor', sv: 'Reaktor' }, body: '**Hot**' });
    expect(inherited).not.toHaveProperty('position');
    // reactor at (1, 2, 3) from (0, 1.6, 0): behind and to the right
    expect(inherited?.yaw).toBeCloseTo((Math.atan2(1, -3) * 180) / Math.PI, 1);
    expect(inherited?.pitch).toBeCloseTo((Math.atan2(0.4, Math.hypot(1, 3)) * 180) / Math.PI, 1);
    // authored hotspots stay first; link hotspots of the model are not carried over
    expect(east.hotspots.slice(0, 2).map((h) => h.id)).toEqual(['pump', 'to-west']);
    expect(east.hotspots.some((h) => h.id.endsWith('to-east'))).toBe(false);
  });

  it('leaves panoramas without a standpoint and the model scene as they were', () => {
    const before = withStandpoint();
    const after = inheritModelHotspots(before);
    expect(after.scenes[0]).toBe(before.scenes[0]);
    expect(after.scenes[2]).toBe(before.scenes[2]);
  });

  it('keeps hotspots beyond the distance limit out, nearest first otherwise', () => {
    const tour = withStandpoint(0, (t) => {
      t.scenes[0]!.hotspots!.push({ id: 'far', type: 'info', title: 'Far', body: '.', position: [40, 0, 0] });
      t.scenes[0]!.hotspots!.push({ id: 'near', type: 'info', title: 'Near', body: '.', position: [0.5, 1, 0] });
    });
    const ids = inheritModelHotspots(tour, 16).scenes[1]!.hotspots.map((h) => h.id);
    expect(ids).toContain('east--near');
    expect(ids).not.toContain('east--far');
    expect(ids.indexOf('east--near')).toBeLessThan(ids.indexOf('east--reactor'));
  });

  it('gives every hotspot of the result a unique id', () => {
    const tour = inheritModelHotspots(withStandpoint(0, (t) => {
      // an authored hotspot that already uses the inherited id wins
      t.scenes[2]!.hotspots!.push({ id: 'east--reactor', type: 'info', title: 'X', body: '.', yaw: 0, pitch: 0 });
    }));
    const ids = tour.scenes.flatMap((s) => s.hotspots.map((h) => h.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the standpoint panoramas of a model scene', () => {
    expect(standpointsIn(withStandpoint(), 'hall').map((p) => p.id)).toEqual(['east']);
    expect(standpointsIn(withStandpoint(), 'east')).toEqual([]);
    expect(standpointsIn(null, 'hall')).toEqual([]);
  });
});

describe('references: standpoints and links into other tours', () => {
  it('counts a standpoint marker as a way into its panorama', () => {
    const input = validTour();
    input.scenes[0]!.hotspots = input.scenes[0]!.hotspots!.filter((h) => h.type !== 'link');
    (input.scenes[1] as { standpoint?: unknown }).standpoint = { scene: 'hall', position: [0, 1.6, 0] };
    expect(checkReferences(input).filter((p) => p.message.includes('cannot be reached'))).toEqual([]);
  });
  it('leaves a scene of another tour to the file check, and still checks local targets', () => {
    const input = validTour();
    input.scenes[2]!.hotspots!.push({ id: 'away', type: 'link', title: 'Away', target: 'somewhere', tour: 'other', yaw: 0, pitch: 0 });
    input.scenes[2]!.hotspots!.push({ id: 'home', type: 'link', title: 'Home', target: 'nowhere', tour: 'test-tour', yaw: 0, pitch: 0 });
    const problems = checkReferences(input).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual(['scenes[2].hotspots[2].target: unknown scene "nowhere"']);
  });
});
