import { describe, expect, it } from 'vitest';
import { FACES, TileDescriptor } from '../../src/tiles/descriptor';
import { deepestFaceSize, levelsFor, tileAt, tileCount, tilePath, tilesOfLevel, tileUvRect } from '../../src/tiles/pyramid';

describe('pyramid levels', () => {
  it('match the source density at a face centre, rounded up to whole tiles', () => {
    expect(deepestFaceSize(16384)).toBe(5632); // 16384/π ≈ 5215
    expect(deepestFaceSize(4096)).toBe(1536); // ≈ 1304
    expect(deepestFaceSize(1000)).toBe(512);
  });

  it('run smallest first, doubling, with the deepest last and every level whole tiles', () => {
    expect(levelsFor(16384).map((l) => l.faceSize)).toEqual([512, 1024, 2048, 4096, 5632]);
    expect(levelsFor(16384).map((l) => l.tilesPerSide)).toEqual([1, 2, 4, 8, 11]);
    expect(levelsFor(6433).map((l) => l.faceSize)).toEqual([512, 1024, 2048]);
    expect(levelsFor(800)).toEqual([{ faceSize: 512, tilesPerSide: 1 }]);
    expect(levelsFor(4096, 256).map((l) => l.faceSize)).toEqual([256, 512, 1024, 1536]);
  });

  it('count and list every tile once', () => {
    const levels = levelsFor(16384);
    expect(tileCount(levels)).toBe(6 * (1 + 4 + 16 + 64 + 121));
    const seen = new Set([...tilesOfLevel(4, levels[4]!, FACES)].map((t) => `${t.face}/${t.row}_${t.col}`));
    expect(seen.size).toBe(6 * 121);
  });
});

describe('tile addressing', () => {
  it('fills the path template', () => {
    expect(tilePath({ tilePath: '{level}/{face}/{row}_{col}.{ext}', ext: 'webp' }, { level: 2, face: 'up', row: 3, col: 0 })).toBe('2/up/3_0.webp');
  });

  it('maps face points to tiles and tiles to their uv rectangle', () => {
    const level = { faceSize: 2048, tilesPerSide: 4 };
    expect(tileAt(level, 0, 0)).toEqual({ row: 0, col: 0 });
    expect(tileAt(level, 1, 1)).toEqual({ row: 3, col: 3 });
    expect(tileAt(level, 0.3, 0.6)).toEqual({ row: 2, col: 1 });
    expect(tileUvRect(level, 2, 1)).toEqual({ u0: 0.25, v0: 0.5, u1: 0.5, v1: 0.75 });
  });
});

describe('descriptor schema', () => {
  const good = {
    format: 'sitevisit-tiles',
    version: 1,
    projection: 'cube',
    tileSize: 512,
    faceSize: 1536,
    levels: levelsFor(4096),
    faces: [...FACES],
    tilePath: '{level}/{face}/{row}_{col}.{ext}',
    ext: 'jpg',
    preview: { path: 'preview.jpg', layout: 'cube-strip-6x1', faceSize: 128 },
    source: { width: 4096, height: 2048, file: 'pano.jpg' },
  };

  it('accepts what the CLI writes', () => {
    expect(TileDescriptor.safeParse(good).success).toBe(true);
  });

  it('refuses levels that are not whole tiles, out of order, or not ending at faceSize', () => {
    expect(TileDescriptor.safeParse({ ...good, levels: [{ faceSize: 700, tilesPerSide: 2 }, { faceSize: 1536, tilesPerSide: 3 }] }).success).toBe(false);
    expect(TileDescriptor.safeParse({ ...good, levels: [...good.levels].reverse() }).success).toBe(false);
    expect(TileDescriptor.safeParse({ ...good, faceSize: 2048 }).success).toBe(false);
    expect(TileDescriptor.safeParse({ ...good, format: 'other' }).success).toBe(false);
  });
});
