/**
 * Picking a panorama's standpoint on its model, as the store keeps it: the position goes the eye
 * height above the floor point clicked (in the file's precision), picking and placing a hotspot
 * exclude each other, and leaving the model's scene (or undoing) ends the pick.
 */
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/studio/draft/draftStore';
import { setStandpoint, standpointAbove } from '../../src/studio/draft/standpointEdit';
import type { Draft } from '../../src/studio/draft/types';

const plant = (): Draft => ({
  id: 'plant',
  title: { en: 'Plant' },
  scenes: [
    { id: 'hall', type: 'model', title: { en: 'Hall' }, model: 'hall.glb', eyeHeight: 1.7 },
    { id: 'yard', type: 'panorama', title: { en: 'Yard' }, image: 'yard.jpg', standpoint: { scene: 'hall', position: [0, 1.6, 0] } },
  ],
});

describe('picking a standpoint', () => {
  it('stands the eye height above the floor point, in centimetres', () => {
    expect(standpointAbove([2.345, 5.4, -3.001])).toEqual([2.35, 7, -3]);
    expect(standpointAbove([1, 0.006, 1], 1.7)).toEqual([1, 1.71, 1]);
  });

  it('waits for one thing at a time, and ends when the user leaves the model or undoes', () => {
    const store = createDraftStore('plant', plant(), 'v1');
    store.getState().select({ sceneId: 'hall', hotspotId: null });
    store.getState().pickStandpoint('yard');
    expect(store.getState()).toMatchObject({ standpointFor: 'yard', placing: null });
    store.getState().setPlacing('info');
    expect(store.getState()).toMatchObject({ standpointFor: null, placing: 'info' });
    store.getState().pickStandpoint('yard');
    expect(store.getState()).toMatchObject({ standpointFor: 'yard', placing: null });
    // Selecting a hotspot of the model keeps it; another scene ends it.
    store.getState().select({ hotspotId: 'pump' });
    expect(store.getState().standpointFor).toBe('yard');
    store.getState().select({ sceneId: 'yard', hotspotId: null });
    expect(store.getState().standpointFor).toBeNull();

    store.getState().edit((d) => setStandpoint(d, 'yard', { heading: 10 }));
    store.getState().select({ sceneId: 'hall', hotspotId: null });
    store.getState().pickStandpoint('yard');
    store.getState().undo();
    expect(store.getState().standpointFor).toBeNull();
  });

  it('the edges are shown until turned off', () => {
    const store = createDraftStore('plant', plant(), 'v1');
    expect(store.getState().edgesShown).toBe(true);
    store.getState().showEdges(false);
    expect(store.getState().edgesShown).toBe(false);
  });
});
