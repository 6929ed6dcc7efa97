/**
 * The tiles a panorama holds on the GPU, within a byte budget: when a tile
 * arrives over budget, the least recently needed go first, and never one the
 * current view needs. Knows tiles by key and their size; what a tile is (a
 * mesh, a texture) is the owner's, who frees it in `release`.
 */

interface Held<T> {
  value: T;
  bytes: number;
  /** The view generation that last needed this tile. */
  lastNeeded: number;
}

export class TileCache<T> {
  private readonly held = new Map<number, Held<T>>();
  private totalBytes = 0;

  constructor(
    /** Bytes the tiles may hold together. */
    readonly budget: number,
    /** Frees an evicted tile. */
    private readonly release: (value: T) => void,
  ) {}

  get size(): number {
    return this.held.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  has(key: number): boolean {
    return this.held.has(key);
  }

  /** Marks a tile as needed by view `generation` (a number that grows with each view). */
  touch(key: number, generation: number): void {
    const tile = this.held.get(key);
    if (tile) tile.lastNeeded = generation;
  }

  /** Holds a tile, then evicts down to the budget any tile not needed by view `generation`. */
  add(key: number, value: T, bytes: number, lastNeeded: number, generation: number): void {
    this.held.set(key, { value, bytes, lastNeeded });
    this.totalBytes += bytes;
    this.evict(generation);
  }

  /** Forgets every tile without releasing it: the owner frees them all at once. */
  clear(): void {
    this.held.clear();
    this.totalBytes = 0;
  }

  /** Least recently needed first (the earliest held on a tie), until under budget or only needed tiles are left. */
  private evict(generation: number): void {
    while (this.totalBytes > this.budget) {
      let oldestKey = -1;
      let oldest: Held<T> | undefined;
      for (const [key, tile] of this.held) {
        if (tile.lastNeeded < generation && (!oldest || tile.lastNeeded < oldest.lastNeeded)) {
          oldestKey = key;
          oldest = tile;
        }
      }
      if (!oldest) return;
      this.held.delete(oldestKey);
      this.totalBytes -= oldest.bytes;
      this.release(oldest.value);
    }
  }
}
