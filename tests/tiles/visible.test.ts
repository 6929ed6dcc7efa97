import { describe, expect, it } from 'vitest';
import { levelsFor, tileAt } from '../../src/tiles/pyramid';
import { directionOfYawPitch, faceUvOf } from '../../src/tiles/cube';
import { levelFor, tilesInView, visibleTiles } from '../../src/tiles/visible';

// 16384×8192 source: faces of 512, 1024, 2048, 4096 and 5632 px.
const levels = levelsFor(16384);
const view = { yaw: 0, pitch: 0, fov: 75, aspect: 16 / 10, screenHeight: 600 };

describe('levelFor', () => {
  it('picks the smallest level at least as dense as the screen (with 10 % slack)', () => {
    // 600 px over 75° → 391 px/rad; a face of s px holds s/2 px/rad at its centre: 1024 → 512 ≥ 352.
    expect(levels.map((l) => l.faceSize)).toEqual([512, 1024, 2048, 4096, 5632]);
    expect(levelFor(levels, view)).toBe(1);
    expect(levelFor(levels, { fov: 75, screenHeight: 1200 })).toBe(2);
  });

  it('goes deeper as the view zooms in, and stops at the deepest level', () => {
    const picked = [90, 60, 30, 15, 5, 1].map((fov) => levelFor(levels, { fov, screenHeight: 600 }));
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
    expect(picked.at(-1)).toBe(levels.length - 1);
    expect(levelFor(levels, { fov: 120, screenHeight: 200 })).toBe(0);
  });
});

describe('tilesInView', () => {
  it('a straight-ahead view at level 0 needs the front face only', () => {
    expect(tilesInView(0, levels[0]!, { ...view, fov: 60, aspect: 1 })).toEqual([{ level: 0, face: 'front', row: 0, col: 0 }]);
  });

  it('lists the tile at the screen centre first, each tile once', () => {
    const tiles = tilesInView(3, levels[3]!, { ...view, yaw: 10, pitch: 5, fov: 30 });
    // yaw 10°, pitch 5° hits the front face right of and above its centre: of 8×8 tiles, row 3, col 4.
    expect(tiles[0]).toEqual({ level: 3, face: 'front', row: 3, col: 4 });
    const keys = tiles.map((t) => `${t.face}/${t.row}/${t.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds tiles on each face the view crosses', () => {
    const faces = (yaw: number, pitch: number) => new Set(tilesInView(1, levels[1]!, { ...view, yaw, pitch, fov: 60, aspect: 1 }).map((t) => t.face));
    expect(faces(45, 0)).toEqual(new Set(['front', 'right']));
    expect(faces(180, 0)).toEqual(new Set(['back']));
    expect(faces(-135, 0)).toEqual(new Set(['back', 'left']));
    expect(faces(0, 89)).toContain('up');
    expect(faces(0, -89)).toContain('down');
  });

  it('at a narrow view needs a handful of tiles, not the level', () => {
    const { level, tiles } = visibleTiles(levels, { ...view, fov: 20, screenHeight: 600 });
    expect(level).toBeGreaterThanOrEqual(3);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(9);
  });

  it('covers the whole screen: every point of a 100×100 grid through the screen lies in a listed tile', () => {
    for (const [yaw, pitch, fov] of [
      [33, 12, 40],
      [-120, -50, 70],
      [170, 80, 90],
      [0, 0, 8],
    ] as const) {
      const v = { ...view, yaw, pitch, fov };
      const { level, tiles } = visibleTiles(levels, v);
      const listed = new Set(tiles.map((t) => `${t.face}/${t.row}/${t.col}`));
      const forward = directionOfYawPitch(yaw, pitch);
      const y = (yaw * Math.PI) / 180;
      const right = [Math.cos(y), 0, Math.sin(y)];
      const up = [right[1]! * forward[2] - right[2]! * forward[1], right[2]! * forward[0] - right[0]! * forward[2], right[0]! * forward[1] - right[1]! * forward[0]];
      const tanV = Math.tan(((fov / 2) * Math.PI) / 180);
      for (let i = 0; i <= 100; i++) {
        for (let j = 0; j <= 100; j++) {
          const sx = ((2 * i) / 100 - 1) * tanV * v.aspect;
          const sy = ((2 * j) / 100 - 1) * tanV;
          const ray = [0, 1, 2].map((k) => forward[k]! + right[k]! * sx + up[k]! * sy) as [number, number, number];
          const { face, u, v: vv } = faceUvOf(ray);
          const { row, col } = tileAt(levels[level]!, u, vv);
          expect(listed.has(`${face}/${row}/${col}`), `${yaw},${pitch},${fov}: ${face}/${row}/${col}`).toBe(true);
        }
      }
    }
  });
});
