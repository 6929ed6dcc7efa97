/**
 * The app's tour loader (src/app/boot.ts `loadTour`) with a fetch the test
 * controls: the latest load wins whatever order the answers come in, and a
 * link's target is reached in one store change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTour } from '../../src/app/boot';
import { createTourStore } from '../../src/state/store';
import type { TourState } from '../../src/state/types';
import { validTour } from '../tour/fixtures';

const tourUrl = (id: string) => `http://test/tours/${id}/tour.json`;

/** Tour files answer only when the test says so; every other file (assets, HEAD checks) answers at once. */
function controlledFetch() {
  const pending = new Map<string, () => void>();
  vi.stubGlobal('fetch', (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    const match = /\/tours\/([^/]+)\/tour\.json$/.exec(url);
    if (!match || init?.method === 'HEAD') return Promise.resolve(new Response(new ArrayBuffer(0)));
    return new Promise<Response>((resolve) => pending.set(url, () => resolve(Response.json({ ...validTour(), id: match[1] }))));
  });
  return (url: string) => {
    const answer = pending.get(url);
    if (!answer) throw new Error(`${url} was not fetched`);
    answer();
  };
}

/** Lets the awaited fetch and JSON parsing of an answered load run to the end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.stubGlobal('location', new URL('http://test/')));
afterEach(() => vi.unstubAllGlobals());

describe('loadTour', () => {
  it('lets the latest load win when an earlier, slower one answers last', async () => {
    const answer = controlledFetch();
    const store = createTourStore();
    const older = loadTour(store, tourUrl('older'));
    const newer = loadTour(store, tourUrl('newer'), { scene: 'east' });
    answer(tourUrl('newer'));
    await newer;
    expect(store.getState()).toMatchObject({ tour: { id: 'newer' }, sceneId: 'east' });
    answer(tourUrl('older'));
    expect(await older).toEqual([]);
    await settle();
    expect(store.getState()).toMatchObject({ tour: { id: 'newer' }, sceneId: 'east', load: { status: 'ready', url: tourUrl('newer') } });
  });

  it('shows a deep link target in one store change: no subscriber ever sees the start scene', async () => {
    const answer = controlledFetch();
    const store = createTourStore();
    const seen: TourState[] = [];
    store.subscribe((s) => void seen.push(s));
    const loading = loadTour(store, tourUrl('t'), { tour: 't', scene: 'east', card: 'pump', language: 'sv' });
    answer(tourUrl('t'));
    expect(await loading).toEqual([]);
    expect(seen.filter((s) => s.sceneId !== null).map((s) => s.sceneId)).not.toContain('hall');
    expect(store.getState()).toMatchObject({ sceneId: 'east', cardId: 'pump', language: 'sv', viewSource: 'url' });
  });

  it("carries its caller's source (a live session's place is not the visitor's move)", async () => {
    const answer = controlledFetch();
    const store = createTourStore();
    const loading = loadTour(store, tourUrl('t'), { scene: 'west' }, 'live');
    answer(tourUrl('t'));
    await loading;
    expect(store.getState()).toMatchObject({ sceneId: 'west', viewSource: 'live', lastChange: { action: 'openTour', source: 'live' } });
  });
});
