import { describe, expect, it } from 'vitest';
import { MAX_TILE_BUDGET, MIN_TILE_BUDGET, tileBudgetBytes } from '../../src/tiles/budget';

const MB = 1024 * 1024;

describe('tileBudgetBytes', () => {
  it('grows with the device memory between a floor and a ceiling', () => {
    expect(tileBudgetBytes(0.25)).toBe(MIN_TILE_BUDGET);
    expect(tileBudgetBytes(2)).toBe(64 * MB);
    expect(tileBudgetBytes(4)).toBe(128 * MB);
    expect(tileBudgetBytes(8)).toBe(MAX_TILE_BUDGET);
  });

  it('treats an unknown or nonsensical reading as a 4 GB device', () => {
    for (const reading of [undefined, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(tileBudgetBytes(reading)).toBe(128 * MB);
  });
});
