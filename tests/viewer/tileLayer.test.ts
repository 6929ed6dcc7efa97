/**
 * TileLayer without a browser: three's objects need no WebGL until drawn, and
 * tiles come from an injected loader, so the loading order, the budget with LRU
 * eviction and disposal can be checked directly.
 */
import { describe, expect, it } from 'vitest';
import { Mesh, type MeshBasicMaterial } from 'three';
import { TileLayer } from '../../src/viewer/panorama/tiles/TileLayer';
import { TileLoadError } from '../../src/tiles/tileLoader';
import { levelsFor } from '../../src/tiles/pyramid';
import type { TileDescriptor } from '../../src/tiles/descriptor';

const descriptor: TileDescriptor = {
  format: 'sitevisit-tiles',
  version: 1,
  projection: 'cube',
  tileSize: 512,
  faceSize: 5632,
  levels: levelsFor(16384),
  faces: ['front', 'right', 'back', 'left', 'up', 'down'],
  tilePath: '{level}/{face}/{row}_{col}.{ext}',
  ext: 'jpg',
  preview: { path: 'preview.jpg', layout: 'cube-strip-6x1', faceSize: 128 },
  source: { width: 16384, height: 8192, file: 'grid.jpg' },
};
const TILE_BYTES = Math.round(512 * 512 * 4 * (4 / 3));

/** `fail` decides, per tile path and attempt (0 = first), whether that load fails and how. */
function harness(budgetTiles: number, fail: (path: string, attempt: number) => TileLoadError | null = () => null) {
  const requested: string[] = [];
  const closed: string[] = [];
  const layer = new TileLayer(descriptor, 'http://x/pano/tiles.json', {
    budgetBytes: budgetTiles * TILE_BYTES,
    onChange: () => {},
    retryDelaysMs: [0, 0],
    loadImage: async (url) => {
      const path = url.replace('http://x/pano/', '');
      const error = fail(path, requested.filter((p) => p === path).length);
      requested.push(path);
      if (error) throw error;
      return { width: 512, height: 512, close: () => closed.push(url) } as unknown as ImageBitmap;
    },
  });
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { layer, requested, closed, settle };
}

const view = { yaw: 0, pitch: 0, fov: 75, aspect: 1.6, screenHeight: 600 };

describe('TileLayer', () => {
  it('loads the tiles of the view, the centre tile first, and turns sharp', async () => {
    const { layer, requested, settle } = harness(200);
    layer.setView(view);
    expect(layer.status()).toBe('loading');
    await settle();
    expect(requested[0]).toMatch(/^1\/front\/[01]_[01]\.jpg$/);
    expect(requested.every((p) => p.startsWith('1/'))).toBe(true);
    expect(layer.status()).toBe('sharp');
    expect(layer.stats().tiles).toBe(requested.length);
  });

  it('stays under its GPU budget by evicting tiles the view no longer needs, least recently needed first, and disposes them', async () => {
    const { layer, requested, closed, settle } = harness(24);
    const firstNeededAt = new Map<string, number>();
    for (let step = 0; step < 12; step++) {
      layer.setView({ ...view, yaw: step * 30, fov: 30 });
      await settle();
      for (const p of requested) if (!firstNeededAt.has(p)) firstNeededAt.set(p, step);
      expect(layer.status()).toBe('sharp');
      expect(layer.stats().bytes).toBeLessThanOrEqual(24 * TILE_BYTES);
    }
    expect(requested.length).toBeGreaterThan(24);
    expect(closed.length).toBe(requested.length - layer.stats().tiles);
    // Least recently needed first: the first tile to go was one of the first views'.
    expect(firstNeededAt.get(closed[0]!.replace('http://x/pano/', ''))).toBeLessThanOrEqual(1);
    const meshes: Mesh[] = [];
    layer.group.traverse((o) => {
      if (o instanceof Mesh) meshes.push(o);
    });
    expect(meshes.length).toBe(layer.stats().tiles);
  });

  it('disposes every texture when it is disposed', async () => {
    const { layer, requested, closed, settle } = harness(200);
    layer.setView(view);
    await settle();
    const textures = new Set<unknown>();
    layer.group.traverse((o) => {
      if (o instanceof Mesh) textures.add((o.material as MeshBasicMaterial).map);
    });
    layer.dispose();
    expect(closed.length).toBe(requested.length);
    expect(textures.size).toBe(requested.length);
    expect(layer.group.children.length).toBe(0);
  });

  it('asks again for tiles that failed on the way, and turns sharp when they arrive', async () => {
    const { layer, requested, settle } = harness(200, (_path, attempt) => (attempt < 2 ? new TileLoadError('HTTP 503', true) : null));
    layer.setView(view);
    await settle();
    expect(layer.status()).toBe('sharp');
    const tiles = new Set(requested);
    // Two retries each (the delays are zero here), then the tile is drawn.
    expect(requested.length).toBe(tiles.size * 3);
    expect(layer.stats().tiles).toBe(tiles.size);
  });

  it('gives up on a tile that is missing, or that keeps failing, and reports the view as partial', async () => {
    const missing = harness(200, (path) => (path === '1/front/0_0.jpg' ? new TileLoadError('HTTP 404', false) : null));
    missing.layer.setView(view);
    await missing.settle();
    expect(missing.layer.status()).toBe('partial');
    expect(missing.requested.filter((p) => p === '1/front/0_0.jpg')).toHaveLength(1);

    const flaky = harness(200, (path) => (path === '1/front/0_0.jpg' ? new TileLoadError('network error', true) : null));
    flaky.layer.setView(view);
    await flaky.settle();
    expect(flaky.layer.status()).toBe('partial');
    // The first try and one retry per delay.
    expect(flaky.requested.filter((p) => p === '1/front/0_0.jpg')).toHaveLength(3);
  });
});
