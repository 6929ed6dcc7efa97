/** The tile loader on its own: scheduling, retries and giving up, with loads the test resolves by hand. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TILE_RETRY_DELAYS_MS, TileLoadError, TileLoader, type TileLoaderOptions } from '../../src/tiles/tileLoader';

interface Pending {
  key: number;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

function harness(options: Partial<TileLoaderOptions<string>> = {}) {
  const pending: Pending[] = [];
  const requested: number[] = [];
  const held = new Map<number, string>();
  const failed: number[] = [];
  const discarded: string[] = [];
  const loader = new TileLoader<string>({
    load: (key, signal) =>
      new Promise<string>((resolve, reject) => {
        requested.push(key);
        pending.push({ key, signal, resolve, reject });
      }),
    onLoaded: (key, value) => held.set(key, value),
    onFailed: (key) => failed.push(key),
    isHeld: (key) => held.has(key),
    discard: (value) => discarded.push(value),
    ...options,
  });
  /** Settles the oldest pending load of `key`, then lets the loader react. */
  const settle = async (key: number, outcome: string | Error) => {
    const index = pending.findIndex((p) => p.key === key);
    const [load] = pending.splice(index, 1);
    if (typeof outcome === 'string') load!.resolve(outcome);
    else load!.reject(outcome);
    // A few microtasks, not time: fake timers must not move here.
    for (let i = 0; i < 20 && loader.inFlight !== pending.length; i++) await Promise.resolve();
    expect(loader.inFlight).toBe(pending.length);
  };
  return { loader, pending, requested, held, failed, discarded, settle };
}

const keys = (...k: number[]) => Float64Array.from(k);

afterEach(() => {
  vi.useRealTimers();
});

describe('TileLoader', () => {
  it('asks for the wanted tiles in order, no more than `concurrency` at once, and starts the next as one arrives', async () => {
    const t = harness({ concurrency: 2 });
    t.loader.want(keys(5, 3, 9, 1), 4);
    expect(t.requested).toEqual([5, 3]);
    expect(t.loader.progress()).toBe('loading');
    await t.settle(3, 'three');
    expect(t.requested).toEqual([5, 3, 9]);
    await t.settle(5, 'five');
    await t.settle(9, 'nine');
    await t.settle(1, 'one');
    expect(t.requested).toEqual([5, 3, 9, 1]);
    expect([...t.held.keys()].sort()).toEqual([1, 3, 5, 9]);
    expect(t.loader.progress()).toBe('sharp');
  });

  it('counts only the first `count` keys, and never asks for a tile that is held or already on its way', async () => {
    const t = harness();
    t.held.set(2, 'two');
    t.loader.want(keys(1, 2, 7), 2);
    t.loader.want(keys(1, 2, 7), 2);
    expect(t.requested).toEqual([1]);
    await t.settle(1, 'one');
    expect(t.loader.progress()).toBe('sharp');
  });

  it('asks again after 1, 3 and 8 s when a tile failed on the way, then gives up and reports partial', async () => {
    vi.useFakeTimers();
    const t = harness();
    t.loader.want(keys(4), 1);
    let at = 0;
    for (const delay of TILE_RETRY_DELAYS_MS) {
      await t.settle(4, new TileLoadError('HTTP 503', true));
      expect(t.loader.progress()).toBe('loading');
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(t.requested).toHaveLength(1 + at);
      await vi.advanceTimersByTimeAsync(1);
      expect(t.requested).toHaveLength(2 + at);
      at += 1;
    }
    expect(TILE_RETRY_DELAYS_MS).toEqual([1000, 3000, 8000]);
    await t.settle(4, new TileLoadError('network error', true));
    expect(t.failed).toEqual([4]);
    expect(t.loader.progress()).toBe('partial');
    await vi.runAllTimersAsync();
    expect(t.requested).toHaveLength(4);
  });

  it('gives up at once on a tile that is missing or broken', async () => {
    const t = harness();
    t.loader.want(keys(1, 2), 2);
    await t.settle(1, new TileLoadError('HTTP 404', false));
    await t.settle(2, new Error('undecodable'));
    expect(t.failed).toEqual([1, 2]);
    expect(t.loader.progress()).toBe('partial');
    t.loader.want(keys(1, 2), 2);
    expect(t.requested).toEqual([1, 2]);
  });

  it('forgets a failed tile the view no longer needs when its retry is due, and asks afresh when a later view needs it', async () => {
    vi.useFakeTimers();
    const t = harness({ retryDelaysMs: [50] });
    t.loader.want(keys(1), 1);
    await t.settle(1, new TileLoadError('HTTP 503', true));
    t.loader.want(keys(2), 1);
    await vi.advanceTimersByTimeAsync(50);
    expect(t.requested).toEqual([1, 2]);
    t.loader.want(keys(1), 1);
    expect(t.requested).toEqual([1, 2, 1]);
    // Asked afresh: a full round of retries again.
    await t.settle(1, new TileLoadError('HTTP 503', true));
    await vi.advanceTimersByTimeAsync(50);
    expect(t.requested).toEqual([1, 2, 1, 1]);
  });

  it('on dispose aborts the requests, cancels the retries and discards what still arrives', async () => {
    vi.useFakeTimers();
    const t = harness({ retryDelaysMs: [50] });
    t.loader.want(keys(1, 2), 2);
    await t.settle(2, new TileLoadError('HTTP 503', true));
    const first = t.pending[0]!;
    t.loader.dispose();
    expect(first.signal.aborted).toBe(true);
    first.resolve('late');
    await vi.runAllTimersAsync();
    expect(t.discarded).toEqual(['late']);
    expect(t.held.size).toBe(0);
    expect(t.requested).toEqual([1, 2]);
  });
});
