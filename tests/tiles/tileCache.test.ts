/** The tile cache on its own: a byte budget kept by evicting the least recently needed tiles, never the view's. */
import { describe, expect, it } from 'vitest';
import { TileCache } from '../../src/tiles/tileCache';

function harness(budget: number) {
  const released: string[] = [];
  const cache = new TileCache<string>(budget, (value) => released.push(value));
  return { cache, released };
}

describe('TileCache', () => {
  it('holds tiles within its budget, evicting the least recently needed first and releasing each', () => {
    const { cache, released } = harness(300);
    cache.add(1, 'a', 100, 1, 1);
    cache.add(2, 'b', 100, 2, 2);
    cache.add(3, 'c', 100, 3, 3);
    expect(released).toEqual([]);
    cache.touch(1, 4); // the view of generation 4 needs 'a' again
    cache.add(4, 'd', 100, 4, 4);
    expect(released).toEqual(['b']);
    cache.add(5, 'e', 150, 5, 5);
    expect(released).toEqual(['b', 'c', 'a']);
    expect(cache.has(1)).toBe(false);
    expect([cache.size, cache.bytes]).toEqual([2, 250]);
  });

  it('never evicts a tile the current view needs, even over budget', () => {
    const { cache, released } = harness(100);
    cache.add(1, 'a', 100, 7, 7);
    cache.add(2, 'b', 100, 7, 7);
    expect(released).toEqual([]);
    expect(cache.bytes).toBe(200);
    // The next view needs 'b' only: 'a' can go now.
    cache.touch(2, 8);
    cache.add(3, 'c', 0, 8, 8);
    expect(released).toEqual(['a']);
    expect(cache.bytes).toBe(100);
  });

  it('evicts the earliest held first among tiles last needed by the same view', () => {
    const { cache, released } = harness(200);
    cache.add(9, 'first', 100, 1, 1);
    cache.add(3, 'second', 100, 1, 1);
    cache.add(5, 'third', 100, 2, 2);
    expect(released).toEqual(['first']);
  });

  it('clear forgets every tile without releasing it', () => {
    const { cache, released } = harness(1000);
    cache.add(1, 'a', 100, 1, 1);
    cache.clear();
    expect([cache.size, cache.bytes, cache.has(1), released.length]).toEqual([0, 0, false, 0]);
  });
});
