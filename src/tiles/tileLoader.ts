/**
 * The network side of a tiled panorama: asks for the tiles the view needs,
 * nearest to its centre first, a few at a time, and asks again after a pause
 * when a tile failed on the way. Knows tiles by key (see tileKey) and nothing
 * of images or GPUs: what a load yields goes to `onLoaded`, and the loader
 * forgets the tile (whoever holds it says so through `isHeld`).
 */
import { includesKey } from './tileKey';

/** A tile that could not be had; `transient` when asking again may help (network, 5xx, 408, 429). */
export class TileLoadError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** Parallel tile requests by default: the browser's HTTP/1.1 limit per host. */
export const TILE_CONCURRENCY = 6;
/** Waits before each retry of a tile that failed on the way (not one that is missing). */
export const TILE_RETRY_DELAYS_MS: readonly number[] = [1000, 3000, 8000];

export interface TileLoaderOptions<T> {
  /** Fetches one tile; rejects with a TileLoadError to say whether to ask again. */
  load: (key: number, signal: AbortSignal) => Promise<T>;
  /** A tile arrived: the callee holds it from now on. */
  onLoaded: (key: number, value: T) => void;
  /** A tile was given up on. */
  onFailed: (key: number) => void;
  /** Whether a tile is held already, so needs no loading. */
  isHeld: (key: number) => boolean;
  /** Releases a tile that arrived after dispose(). */
  discard: (value: T) => void;
  /** Default TILE_CONCURRENCY. */
  concurrency?: number;
  /** Default TILE_RETRY_DELAYS_MS. */
  retryDelaysMs?: readonly number[];
}

/** `waiting`: failed on the way, waiting to be asked for again; `due`: waited, and queued for a free slot. */
type Status = 'loading' | 'waiting' | 'due' | 'failed';

interface Entry {
  key: number;
  status: Status;
  /** Failed loads so far; a transient failure is retried while retryDelaysMs has a delay for it. */
  failures: number;
}

/** Where the tiles of a view stand: all held, some given up on, or not there yet. */
export type TileProgress = 'loading' | 'sharp' | 'partial';

export class TileLoader<T> {
  private readonly entries = new Map<number, Entry>();
  private wanted: ArrayLike<number> = [];
  private wantedCount = 0;
  private inFlightCount = 0;
  private readonly abort = new AbortController();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly concurrency: number;
  private readonly retryDelays: readonly number[];

  constructor(private readonly options: TileLoaderOptions<T>) {
    this.concurrency = options.concurrency ?? TILE_CONCURRENCY;
    this.retryDelays = options.retryDelaysMs ?? TILE_RETRY_DELAYS_MS;
  }

  /** Requests in flight. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** The tiles the view needs, in load order; the first `count` of `keys` count. Kept by reference, not copied. */
  want(keys: ArrayLike<number>, count: number): void {
    this.wanted = keys;
    this.wantedCount = count;
    this.pump();
  }

  /** 'sharp' when every wanted tile is held; 'partial' when the rest were given up on. */
  progress(): TileProgress {
    let failed = false;
    for (let i = 0; i < this.wantedCount; i++) {
      const key = this.wanted[i]!;
      if (this.options.isHeld(key)) continue;
      if (this.entries.get(key)?.status !== 'failed') return 'loading';
      failed = true;
    }
    return failed ? 'partial' : 'sharp';
  }

  /** Cancels every request and pending retry; later arrivals are discarded. */
  dispose(): void {
    this.abort.abort();
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    this.entries.clear();
  }

  /** Starts the next wanted tiles, nearest to the view centre first. */
  private pump(): void {
    for (let i = 0; i < this.wantedCount; i++) {
      if (this.inFlightCount >= this.concurrency || this.abort.signal.aborted) return;
      const key = this.wanted[i]!;
      const existing = this.entries.get(key);
      if (existing?.status === 'due') this.start(existing);
      if (existing || this.options.isHeld(key)) continue;
      const entry: Entry = { key, status: 'loading', failures: 0 };
      this.entries.set(key, entry);
      this.start(entry);
    }
  }

  private start(entry: Entry): void {
    entry.status = 'loading';
    this.inFlightCount += 1;
    void this.load(entry).finally(() => {
      this.inFlightCount -= 1;
      this.pump();
    });
  }

  private async load(entry: Entry): Promise<void> {
    const { signal } = this.abort;
    try {
      const value = await this.options.load(entry.key, signal);
      if (signal.aborted) return this.options.discard(value);
      this.options.onLoaded(entry.key, value);
      this.entries.delete(entry.key);
    } catch (error) {
      if (signal.aborted) return;
      const delay = error instanceof TileLoadError && error.transient ? this.retryDelays[entry.failures] : undefined;
      entry.failures += 1;
      if (delay !== undefined) return this.retryLater(entry, delay);
      // A missing or broken tile leaves the coarser image underneath: still a picture, and progress() says 'partial'.
      entry.status = 'failed';
      this.options.onFailed(entry.key);
    }
  }

  /** Queues a retry after `delay` if the view still needs the tile then; otherwise forgets it, so a later view asks afresh. */
  private retryLater(entry: Entry, delay: number): void {
    // 'waiting' counts as loading to progress(): the view is not sharp yet, and not given up on.
    entry.status = 'waiting';
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (this.abort.signal.aborted) return;
      if (includesKey(this.wanted, this.wantedCount, entry.key)) {
        entry.status = 'due';
        this.pump();
      } else this.entries.delete(entry.key);
    }, delay);
    this.retryTimers.add(timer);
  }
}
