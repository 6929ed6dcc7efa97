import { describe, expect, it } from 'vitest';
import { createTourStore } from '../../src/state/store';
import { selectCard, selectViewState } from '../../src/state/selectors';
import { validateTour } from '../../src/tour/validate';
import type { Tour } from '../../src/tour/schema';
import { validTour } from '../tour/fixtures';

function loadedStore() {
  const result = validateTour(validTour());
  if (!result.ok) throw new Error('fixture invalid');
  const store = createTourStore();
  store.getState().tourLoaded(result.tour as Tour, 'http://test/tours/t/tour.json');
  return store;
}

describe('tour store', () => {
  it('opens the start scene at its start view in the default language', () => {
    const s = loadedStore().getState();
    expect(s.sceneId).toBe('hall');
    expect(s.view).toEqual({ kind: 'model', position: [10, 8, 10], target: [0, 1, 0], fov: 50 });
    expect(s.language).toBe('en');
    expect(s.sceneStatus).toBe('loading');
  });

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

  it('switches only to offered languages', () => {
    const store = loadedStore();
    expect(store.getState().setLanguage('fi', 'user')).toBe(true);
    expect(store.getState().setLanguage('de', 'user')).toBe(false);
    expect(store.getState().language).toBe('fi');
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

  it('ignores progress and readiness reported by a scene that is no longer current', () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    store.getState().sceneReady('hall');
    store.getState().sceneFailed('hall', { message: 'late', file: 'hall.glb' });
    expect(store.getState().sceneStatus).toBe('loading');
    store.getState().sceneProgress('east', 0.5);
    expect(store.getState().progress).toBe(0.5);
    store.getState().sceneReady('east');
    expect(store.getState().sceneStatus).toBe('ready');
  });

  it("keeps a tiled panorama's detail for the current scene only, and clears it on arrival elsewhere", () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    store.getState().tilesStatus('hall', 'sharp');
    expect(store.getState().tiles).toBeNull();
    store.getState().tilesStatus('east', 'loading');
    store.getState().tilesStatus('east', 'sharp');
    expect(store.getState().tiles).toBe('sharp');
    store.getState().goToScene('hall', 'user');
    expect(store.getState().tiles).toBeNull();
  });

  it('keeps only the newest notices', () => {
    const store = loadedStore();
    for (let i = 0; i < 10; i++) store.getState().notify(`n${i}`);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['n6', 'n7', 'n8', 'n9']);
  });

  it('records a failed tour so the page can list its problems', () => {
    const store = createTourStore();
    store.getState().tourFailed('x.json', [{ path: 'id', message: 'bad', severity: 'error' }]);
    expect(store.getState().load.status).toBe('error');
    expect(store.getState().sceneStatus).toBe('error');
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
