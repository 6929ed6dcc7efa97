/**
 * The minimap's geometry without a browser: which picture a scene shows, where
 * "you are here" is and which way it looks (degrees clockwise from north, as
 * the plan shows it), the spots, and the plan's pixel transform and levels.
 */
import { describe, expect, it } from 'vitest';
import { hereOn, mapSourceFor, spotsOn } from '../../src/guides/minimap/mapSource';
import { levelAt, planPixel, type PlanDescriptor } from '../../src/tour/plan';
import { Tour, type TourInput } from '../../src/tour/schema';
import { validateForAuthoring } from '../../src/tour/validateAuthoring';
import { validTour } from '../tour/fixtures';

function tourWith(patch: (t: TourInput) => void): Tour {
  const input = validTour();
  patch(input);
  return Tour.parse(input);
}

const planned = tourWith((t) => {
  Object.assign(t.scenes[0]!, { plan: 'plans/hall/plan.json' });
  Object.assign(t.scenes[1]!, { standpoint: { scene: 'hall', position: [2, 1.6, -3], heading: 90 } });
});

const plan: PlanDescriptor = {
  format: 'sitevisit-plan',
  version: 1,
  width: 400,
  height: 200,
  origin: [-20, -10],
  metresPerPixel: 0.1,
  levels: [
    { height: 0, cut: 2, image: 'level-0.webp' },
    { height: 5.4, cut: 7.4, image: 'level-1.webp' },
  ],
};

describe('minimap source', () => {
  it('shows the plan in its model scene and in the panoramas taken inside it, the tour map elsewhere', () => {
    expect(mapSourceFor(planned, 'hall')).toEqual({ kind: 'plan', scene: 'hall', scenes: ['hall'], url: 'plans/hall/plan.json' });
    expect(mapSourceFor(planned, 'east')).toEqual({ kind: 'plan', scene: 'hall', scenes: ['hall'], url: 'plans/hall/plan.json' });
    expect(mapSourceFor(planned, 'west')).toBeNull();
    const mapped = tourWith((t) => {
      t.map = { image: 'map.webp', width: 100, height: 100, places: [{ scene: 'west', position: [10, 20] }] };
    });
    expect(mapSourceFor(mapped, 'west')).toEqual({ kind: 'map' });
    expect(hereOn(mapped, { kind: 'map' }, 'west', null)).toEqual({ at: [10, 20], heading: null });
  });

  it('turns the panorama heading cone with the yaw, through the standpoint heading', () => {
    const source = mapSourceFor(planned, 'east')!;
    expect(hereOn(planned, source, 'east', { kind: 'panorama', yaw: 0, pitch: 0, fov: 75 })).toEqual({ at: [2, 1.6, -3], heading: 90 });
    expect(hereOn(planned, source, 'east', { kind: 'panorama', yaw: -135, pitch: 10, fov: 75 })?.heading).toBe(315);
  });

  it('puts a model camera at its position, heading where it looks on the ground', () => {
    const source = mapSourceFor(planned, 'hall')!;
    const look = (dx: number, dz: number) => hereOn(planned, source, 'hall', { kind: 'model', position: [1, 2, 3], target: [1 + dx, 0, 3 + dz], fov: 50 })?.heading;
    expect(look(0, -1)).toBeCloseTo(0); // north, up the plan
    expect(look(1, 0)).toBeCloseTo(90); // east, right
    expect(look(0, 1)).toBeCloseTo(180);
    expect(look(-1, 0)).toBeCloseTo(270);
    expect(look(0, 0)).toBeNull(); // straight down: no heading
  });

  it('lists the standpoints and the link targets of the model scene as spots', () => {
    const spots = spotsOn(planned, mapSourceFor(planned, 'hall')!);
    expect(spots.map((s) => [s.scene, s.at])).toEqual([['east', [2, 1.6, -3]]]);
  });
});

describe('a plan of a group of scenes (`plans`)', () => {
  // A second model of the same site (the annex) in the hall's coordinates; both share one plan.
  const grouped = tourWith((t) => {
    t.scenes.push({ id: 'annex', type: 'model', title: 'Annex', model: 'annex.glb', hotspots: [{ id: 'annex-to-west', type: 'link', title: 'West', target: 'west', position: [-6, 0, 8] }] });
    Object.assign(t.scenes[1]!, { standpoint: { scene: 'hall', position: [2, 1.6, -3], heading: 90 } });
    Object.assign(t.scenes[2]!, { standpoint: { scene: 'annex', position: [-5, 1.6, 9] } });
    t.plans = [{ plan: 'plans/site/plan.json', scenes: ['hall', 'annex'] }];
  });

  it('is shown in each model of the group and in the panoramas taken inside any of them, with all their spots', () => {
    const site = { kind: 'plan', scenes: ['hall', 'annex'], url: 'plans/site/plan.json' };
    expect(mapSourceFor(grouped, 'hall')).toEqual({ ...site, scene: 'hall' });
    expect(mapSourceFor(grouped, 'annex')).toEqual({ ...site, scene: 'annex' });
    expect(mapSourceFor(grouped, 'west')).toEqual({ ...site, scene: 'annex' });
    expect(spotsOn(grouped, mapSourceFor(grouped, 'annex')!).map((s) => [s.scene, s.at])).toEqual([
      ['east', [2, 1.6, -3]],
      ['west', [-5, 1.6, 9]],
    ]);
    expect(hereOn(grouped, mapSourceFor(grouped, 'west')!, 'west', { kind: 'panorama', yaw: 45, pitch: 0, fov: 75 })).toEqual({ at: [-5, 1.6, 9], heading: 45 });
  });

  it('is validated: its scenes exist, are model scenes without a plan of their own, in one group only', () => {
    const raw = validTour();
    raw.scenes.push({ id: 'annex', type: 'model', title: 'Annex', model: 'annex.glb' });
    Object.assign(raw.scenes[0]!, { plan: 'plans/hall/plan.json' });
    raw.plans = [
      { plan: 'plans/site/plan.json', scenes: ['annex', 'nowhere', 'east', 'hall'] },
      { plan: 'plans/other/plan.json', scenes: ['annex'] },
      { plan: 'plans/empty/plan.json', scenes: [] },
    ];
    expect(validateForAuthoring(raw).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).toEqual([
      'plans[0].scenes[1]: unknown scene "nowhere"',
      'plans[0].scenes[2]: scene "east" is not a model scene (a panorama shows the plan of the model its standpoint is in)',
      'plans[0].scenes[3]: scene "hall" has a plan of its own (scenes[0].plan)',
      'plans[1].scenes[0]: scene "annex" is already in plans[0]',
      'plans[2].scenes: a plan needs at least one scene',
    ]);
  });
});

describe('plan transform', () => {
  it('maps model x/z to pixels, north up', () => {
    expect(planPixel(plan, -20, -10)).toEqual([0, 0]);
    expect(planPixel(plan, 0, 0)).toEqual([200, 100]);
    expect(planPixel(plan, 20, 10)).toEqual([400, 200]);
  });

  it('finds the level a person stands on', () => {
    expect(levelAt(plan, 1.6)).toBe(0);
    expect(levelAt(plan, 7)).toBe(1);
    expect(levelAt(plan, 30)).toBe(0); // an orbit camera high above: the ground floor
  });
});
