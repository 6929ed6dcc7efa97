import { describe, expect, it } from 'vitest';
import { loadedStore } from '../loadedStore';

describe('scene lifecycle slice', () => {
  it('ignores progress and readiness reported by a scene that is no longer current', () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    store.getState().reportReady('hall');
    store.getState().reportFailed('hall', { message: 'late', file: 'hall.glb' });
    expect(store.getState().sceneStatus).toBe('loading');
    store.getState().reportProgress('east', 0.5);
    expect(store.getState().progress).toBe(0.5);
    store.getState().reportReady('east');
    expect(store.getState().sceneStatus).toBe('ready');
  });

  it("keeps a tiled panorama's detail for the current scene only, and clears it on arrival elsewhere", () => {
    const store = loadedStore();
    store.getState().goToScene('east', 'user');
    store.getState().reportTiles('hall', 'sharp');
    expect(store.getState().tiles).toBeNull();
    store.getState().reportTiles('east', 'loading');
    store.getState().reportTiles('east', 'sharp');
    expect(store.getState().tiles).toBe('sharp');
    store.getState().goToScene('hall', 'user');
    expect(store.getState().tiles).toBeNull();
  });
});
