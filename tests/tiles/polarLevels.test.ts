import { describe, expect, it } from 'vitest';
import { halvedLevels, horizontalFootprint } from '../../cli/tile/polarLevels';

describe('polar pre-filter', () => {
  it('halves the columns by averaging pairs, down to the narrowest level', () => {
    // One row of 32 RGB pixels alternating 0 and 255.
    const row = new Uint8Array(32 * 3).map((_, i) => (Math.floor(i / 3) % 2 ? 255 : 0));
    const levels = halvedLevels(row, 32, 1);
    expect(levels.map((l) => l.width)).toEqual([32, 16, 8]);
    expect([...levels[1]!.data].every((v) => v === 128)).toBe(true);
  });

  it('measures one source column per face pixel at a face centre on the horizon, more towards the pole', () => {
    // The deepest face is W/π wide: at its centre a pixel spans 2/size = 2π/W radians, one source column.
    const W = 16384;
    const size = W / Math.PI;
    expect(horizontalFootprint(0, 0, size, 1, W)).toBeCloseTo(1, 5);
    expect(horizontalFootprint(0, 0, size, Math.cos((80 * Math.PI) / 180), W)).toBeGreaterThan(4);
  });
});
