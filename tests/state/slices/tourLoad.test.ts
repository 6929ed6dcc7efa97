import { describe, expect, it } from 'vitest';
import { createTourStore } from '../../../src/state/store';
import type { TourState } from '../../../src/state/types';
import { loadedStore, testTour } from '../loadedStore';

const URL_ = 'http://test/tours/t/tour.json';
const warning = { path: 'scenes[1].image', message: 'file not found: east.jpg (404)', severity: 'warning' as const };

/** Every state the store passes through, as a subscriber sees it. */
function recordStates(store: ReturnType<typeof createTourStore>): TourState[] {
  const seen: TourState[] = [];
  store.subscribe((s) => void seen.push(s));
  return seen;
}

describe('tour load slice', () => {
  it('opens the start scene at its start view in the default language', () => {
    const s = loadedStore().getState();
    expect(s.sceneId).toBe('hall');
    expect(s.view).toEqual({ kind: 'model', position: [10, 8, 10], target: [0, 1, 0], fov: 50 });
    expect(s.language).toBe('en');
    expect(s.sceneStatus).toBe('loading');
    expect(s.load).toMatchObject({ status: 'ready', url: URL_, problems: [] });
  });

  it("lands on a link's target in one change: a subscriber never sees the start scene", () => {
    const store = createTourStore();
    const seen = recordStates(store);
    const loadId = store.getState().startLoading(URL_);
    const target = { scene: 'east', view: { kind: 'panorama' as const, yaw: 12, pitch: 0, fov: 60 }, card: 'pump', language: 'sv' };
    expect(store.getState().openTour(testTour(), URL_, { target, source: 'url', loadId })).toEqual([]);
    expect(seen.map((s) => s.sceneId)).toEqual([null, 'east']);
    expect(seen.some((s) => s.sceneId === 'hall')).toBe(false);
    expect(store.getState()).toMatchObject({ sceneId: 'east', cardId: 'pump', language: 'sv', viewSource: 'url', lastChange: { action: 'openTour', source: 'url' } });
    expect(store.getState().view).toEqual(target.view);
  });

  it('names what a target needed corrected, landing on the nearest valid place', () => {
    const store = createTourStore({ language: 'fi' });
    expect(store.getState().openTour(testTour(), URL_, { target: { scene: 'nowhere', card: 'ghost', language: 'xx' } })).toEqual([
      'unknown scene "nowhere"',
      'unknown language "xx"',
      'unknown card "ghost"',
    ]);
    // The visitor's language, offered by the tour, is kept.
    expect(store.getState()).toMatchObject({ sceneId: 'hall', cardId: null, language: 'fi' });
  });

  it('arrives in a scene of a new tour even when the old tour had a scene of the same id', () => {
    const store = loadedStore();
    store.getState().reportReady('hall');
    store.getState().openTour(testTour(), URL_);
    expect(store.getState()).toMatchObject({ sceneId: 'hall', sceneStatus: 'loading', mode: 'orbit' });
  });

  it('lets the latest load win: a load superseded by a newer one opens nothing and reports nothing', () => {
    const store = createTourStore();
    const first = store.getState().startLoading('http://test/tours/first/tour.json');
    const second = store.getState().startLoading(URL_);
    expect(store.getState().openTour(testTour(), URL_, { loadId: second })).toEqual([]);
    expect(store.getState().openTour({ ...testTour(), id: 'first' }, 'http://test/tours/first/tour.json', { loadId: first })).toBeNull();
    store.getState().failLoading('http://test/tours/first/tour.json', [], { message: 'late', loadId: first });
    store.getState().reportProblems([warning], first);
    expect(store.getState().tour?.id).toBe('test-tour');
    expect(store.getState().load).toMatchObject({ status: 'ready', url: URL_, problems: [] });
    store.getState().reportProblems([warning], second);
    expect(store.getState().load.problems).toEqual([warning]);
  });

  it('a tour opened without a load (a quick view) supersedes a load still on its way', () => {
    const store = createTourStore();
    const pending = store.getState().startLoading('http://test/tours/slow/tour.json');
    store.getState().openTour(testTour(), 'http://test/quick');
    expect(store.getState().openTour({ ...testTour(), id: 'slow' }, 'http://test/tours/slow/tour.json', { loadId: pending })).toBeNull();
    expect(store.getState().load.url).toBe('http://test/quick');
  });

  it('records a failed tour so the page can list its problems', () => {
    const store = createTourStore();
    store.getState().failLoading('x.json', [{ path: 'id', message: 'bad', severity: 'error' }], { message: 'not JSON' });
    expect(store.getState().load).toMatchObject({ status: 'error', url: 'x.json', message: 'not JSON' });
    expect(store.getState().sceneStatus).toBe('error');
  });
});
