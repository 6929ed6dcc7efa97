import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { includesKey, keyOfTile, tileOfKey } from '../../src/tiles/tileKey';
import { FACES } from '../../src/tiles/descriptor';

const tile = fc.record({ level: fc.nat(1000), face: fc.constantFrom(...FACES), row: fc.nat(65535), col: fc.nat(65535) });

describe('tileKey', () => {
  it('turns a tile into a number and back, one number per tile', () => {
    fc.assert(fc.property(tile, (t) => {
        expect(tileOfKey(keyOfTile(t))).toEqual(t);
      }));
    fc.assert(fc.property(tile, tile, (a, b) => (keyOfTile(a) === keyOfTile(b)) === (JSON.stringify(a) === JSON.stringify(b))));
  });

  it('includesKey looks at the first `count` keys only', () => {
    const keys = Float64Array.from([4, 8, 15]);
    expect(includesKey(keys, 3, 15)).toBe(true);
    expect(includesKey(keys, 2, 15)).toBe(false);
  });
});
