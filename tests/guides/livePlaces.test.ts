/**
 * The live part of the minimap without a browser: where the presenter is on
 * the picture (only for a visitor looking around, only on the presenter's own
 * plan), people per spot for speakers (followers at the presenter's scene),
 * and the attendee's scene reports (only on change, at most twice a second).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { peopleAt, presenterOn } from '../../src/guides/minimap/livePlaces';
import { createHereReporter } from '../../src/live/hereReporter';
import type { LiveMap } from '../../src/state/types';
import { Tour, type TourInput } from '../../src/tour/schema';
import { validTour } from '../tour/fixtures';

const input: TourInput = validTour();
Object.assign(input.scenes[0]!, { plan: 'plans/hall/plan.json' });
Object.assign(input.scenes[1]!, { standpoint: { scene: 'hall', position: [2, 1.6, -3], heading: 90 } });
const tour = Tour.parse(input);
const plan = { kind: 'plan' as const, scene: 'hall', scenes: ['hall'], url: 'plans/hall/plan.json' };
const pano = (yaw: number) => ({ kind: 'panorama' as const, yaw, pitch: 0, fov: 70 });
const live = (patch: Partial<LiveMap>): LiveMap => ({ role: 'attendee', presenter: null, detached: false, spots: null, ...patch });

describe('presenter on the minimap', () => {
  it('is shown to a visitor looking around: at the standpoint, turned by the presenter’s yaw; in the model at its camera', () => {
    expect(presenterOn(tour, plan, live({ detached: true, presenter: { scene: 'east', view: pano(30) } }))).toEqual({ at: [2, 1.6, -3], heading: 120 });
    const model = { kind: 'model' as const, position: [0, 1.6, 5] as [number, number, number], target: [3, 1.6, 5] as [number, number, number], fov: 50 };
    expect(presenterOn(tour, plan, live({ detached: true, presenter: { scene: 'hall', view: model } }))).toEqual({ at: [0, 1.6, 5], heading: 90 });
  });
  it('is not shown while following, before the presenter is known, or when the presenter is off this plan', () => {
    expect(presenterOn(tour, plan, live({ detached: false, presenter: { scene: 'east', view: pano(30) } }))).toBeNull();
    expect(presenterOn(tour, plan, live({ detached: true }))).toBeNull();
    expect(presenterOn(tour, plan, live({ detached: true, presenter: { scene: 'west', view: pano(0) } }))).toBeNull();
    expect(presenterOn(tour, plan, null)).toBeNull();
  });
});

describe('people per spot', () => {
  const spots = { following: 4, at: { east: 2, west: 1 } };
  it('counts followers at the presenter’s scene and those looking around where they are, for speakers only', () => {
    const speaker = live({ role: 'presenter', spots });
    expect([peopleAt(speaker, 'east', 'east'), peopleAt(speaker, 'east', 'west'), peopleAt(speaker, 'east', 'hall')]).toEqual([6, 1, 0]);
    // A speaker looking around: the followers are where the one in control is.
    const wandering = live({ role: 'presenter', spots, detached: true, presenter: { scene: 'hall', view: pano(0) } });
    expect([peopleAt(wandering, 'east', 'east'), peopleAt(wandering, 'east', 'hall')]).toEqual([2, 4]);
    expect(peopleAt(live({ spots }), 'east', 'east')).toBeNull();
    expect(peopleAt(live({ role: 'presenter' }), 'east', 'east')).toBeNull();
  });
});

describe('scene reports', () => {
  afterEach(() => void vi.useRealTimers());
  it('go out on change only, at most twice a second, the latest winning; after a reconnection once more', () => {
    vi.useFakeTimers();
    const sent: (string | null)[] = [];
    const here = createHereReporter((scene) => sent.push(scene));
    here.report('east');
    here.report('west');
    here.report('hall');
    expect(sent).toEqual(['east']);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['east', 'hall']);
    here.report('hall');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual(['east', 'hall']);
    here.reset();
    here.report('hall');
    here.report(null);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['east', 'hall', 'hall', null]);
    here.dispose();
  });
});
