import { describe, expect, it } from 'vitest';
import { createTourStore } from '../../src/state/store';
import { modelViewAt, viewIn3D } from '../../src/state/standpoint';
import { validateTour } from '../../src/tour/validate';
import type { Tour } from '../../src/tour/schema';
import type { StandpointPanorama } from '../../src/tour/standpoints';
import { validTour } from '../tour/fixtures';

function tour(): Tour {
  const input = validTour();
  (input.scenes[1] as { standpoint?: unknown }).standpoint = { scene: 'hall', position: [2, 1.6, -1], heading: 90 };
  const result = validateTour(input);
  if (!result.ok) throw new Error('fixture');
  return result.tour;
}

describe('modelViewAt', () => {
  it('stands at the standpoint and looks where the panorama view looks', () => {
    const east = tour().scenes[1] as StandpointPanorama;
    const view = modelViewAt(east, { yaw: 0, pitch: 0, fov: 70 });
    expect(view.position).toEqual([2, 1.6, -1]);
    // heading 90: the image centre looks along +X
    expect(view.target).toEqual([4, 1.6, -1]);
    expect(view.fov).toBe(70);
  });
});

describe('viewIn3D', () => {
  it('shows the model from the standpoint, then flies out to its start view once it is ready', () => {
    const store = createTourStore();
    store.getState().openTour(tour(), 'http://x/tour.json');
    store.getState().goToScene('east', 'user');
    store.getState().reportReady('east');
    expect(viewIn3D(store, 'user')).toBe(true);
    let s = store.getState();
    expect(s.sceneId).toBe('hall');
    expect(s.view).toMatchObject({ kind: 'model', position: [2, 1.6, -1] });
    s.reportReady('hall');
    s = store.getState();
    expect(s.view).toMatchObject({ kind: 'model', position: [10, 8, 10], target: [0, 1, 0] });
    expect(s.viewSource).toBe('app');
  });

  it('does nothing in a scene without a standpoint, and a newer scene change cancels the fly-out', () => {
    const store = createTourStore();
    store.getState().openTour(tour(), 'http://x/tour.json');
    expect(viewIn3D(store, 'user')).toBe(false); // the model scene itself
    store.getState().goToScene('west', 'user');
    expect(viewIn3D(store, 'user')).toBe(false);
    store.getState().goToScene('east', 'user');
    expect(viewIn3D(store, 'user')).toBe(true);
    store.getState().goToScene('west', 'user');
    store.getState().reportReady('west');
    store.getState().goToScene('hall', 'user');
    store.getState().reportReady('hall');
    expect(store.getState().view).toMatchObject({ position: [10, 8, 10] });
    expect(store.getState().viewSource).toBe('user');
  });
});
