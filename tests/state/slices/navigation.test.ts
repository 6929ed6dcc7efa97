import { describe, expect, it } from 'vitest';
import { selectCard, selectViewState } from '../../../src/state/selectors';
import { loadedStore } from '../loadedStore';

describe('navigation slice', () => {
  it('moves between scenes, closing the card and recording the source', () => {
    const store = loadedStore();
    const { goToScene, openCard } = store.getState();
    expect(openCard('reactor', 'user')).toBe(true);
    expect(goToScene('east', 'live')).toBe(true);
    const s = store.getState();
    expect(s.sceneId).toBe('east');
    expect(s.cardId).toBeNull();
    expect(s.view).toEqual({ kind: 'panorama', yaw: 30, pitch: -5, fov: 70 });
    expect(s.lastChange).toEqual({ action: 'goToScene', source: 'live' });
    expect(s.viewSource).toBe('live');
  });

  it('refuses unknown scenes and views of the wrong kind without changing state', () => {
    const store = loadedStore();
    const before = store.getState();
    expect(before.goToScene('nowhere', 'embed')).toBe(false);
    expect(before.goToScene('east', 'embed', { kind: 'model', position: [0, 0, 1], target: [0, 0, 0], fov: 50 })).toBe(false);
    expect(before.setView({ kind: 'panorama', yaw: 0, pitch: 0, fov: 75 }, 'embed')).toBe(false);
    expect(store.getState().sceneId).toBe('hall');
  });

  it('clamps views to the limits and wraps yaw', () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    store.getState().setView({ kind: 'panorama', yaw: 270, pitch: 120, fov: 500 }, 'url');
    expect(store.getState().view).toEqual({ kind: 'panorama', yaw: -90, pitch: 90, fov: 110 });
    expect(store.getState().setView({ kind: 'panorama', yaw: NaN, pitch: 0, fov: 75 }, 'url')).toBe(false);
  });

  it('opens a card in another scene by moving there first', () => {
    const store = loadedStore();
    expect(store.getState().openCard('pump', 'embed')).toBe(true);
    const s = store.getState();
    expect(s.sceneId).toBe('east');
    expect(selectCard(s)?.id).toBe('pump');
    expect(store.getState().openCard('to-west', 'embed')).toBe(false); // a link, not a card
    expect(store.getState().openCard('ghost', 'embed')).toBe(false);
    store.getState().closeCard('user');
    expect(store.getState().cardId).toBeNull();
  });

  it('applies a whole ViewState, keeping valid parts and listing corrections', () => {
    const store = loadedStore();
    const corrections = store.getState().applyViewState(
      { tour: 'test-tour', scene: 'east', view: { kind: 'panorama', yaw: 12.5, pitch: -3, fov: 60 }, card: 'nope', language: 'sv' },
      'url',
    );
    expect(corrections).toEqual(['unknown card "nope"']);
    expect(selectViewState(store.getState())).toEqual({
      tour: 'test-tour',
      scene: 'east',
      view: { kind: 'panorama', yaw: 12.5, pitch: -3, fov: 60 },
      card: null,
      language: 'sv',
    });
    const fallback = store.getState().applyViewState({ scene: '<script>', language: 'xx' }, 'url');
    expect(fallback).toEqual(['unknown scene "<script>"', 'unknown language "xx"']);
    expect(store.getState().sceneId).toBe('hall');
  });

  it('keeps an open card when only the view changes, and drops it silently when the scene changes', () => {
    const store = loadedStore();
    store.getState().openCard('reactor', 'user');
    expect(store.getState().applyViewState({ view: { kind: 'model', position: [5, 5, 5], target: [0, 0, 0], fov: 40 } }, 'live')).toEqual([]);
    expect(store.getState().cardId).toBe('reactor');
    expect(store.getState().applyViewState({ scene: 'east' }, 'live')).toEqual([]);
    expect(store.getState().cardId).toBeNull();
  });
});

describe('focusHotspot', () => {
  it('turns a panorama to the hotspot, keeping the zoom', () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    expect(store.getState().focusHotspot('pump', 'app')).toBe(true);
    expect(store.getState().view).toEqual({ kind: 'panorama', yaw: 10, pitch: -20, fov: 70 });
  });

  it('brings a model camera within reach of the hotspot along its viewing direction', () => {
    const store = loadedStore();
    expect(store.getState().focusHotspot('reactor', 'app')).toBe(true);
    const view = store.getState().view;
    if (view?.kind !== 'model') throw new Error('expected a model view');
    expect(view.target).toEqual([1, 2, 3]);
    const distance = Math.hypot(...view.position.map((p, i) => p - (view.target[i] as number)));
    expect(distance).toBeCloseTo(8);
    expect(store.getState().focusHotspot('pump', 'app')).toBe(false); // not in this scene
  });
});

describe('one change per action', () => {
  it('opens a card in another scene without a state in between', () => {
    const store = loadedStore();
    const seen: [string | null, string | null][] = [];
    store.subscribe((s) => void seen.push([s.sceneId, s.cardId]));
    store.getState().openCard('pump', 'user');
    expect(seen).toEqual([['east', 'pump']]);
  });
});
