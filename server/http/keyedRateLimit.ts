/**
 * A token bucket per key (a client address, say): bursts of `burst`, then
 * `perSecond`. Memory stays bounded however many keys arrive: buckets that
 * have refilled completely carry no information and are dropped when the map
 * grows past `maxKeys`; if it is still full, the oldest are dropped.
 */
export interface KeyedRateLimit {
  /** Takes one token for `key`: 0 when allowed, else the seconds until one is available (for Retry-After). */
  take(key: string, now?: number): number;
  /** Keys currently tracked (for tests). */
  readonly size: number;
}

export interface KeyedRateLimitOptions {
  perSecond: number;
  burst: number;
  /** Default 10,000. */
  maxKeys?: number;
}

export function createKeyedRateLimit({ perSecond, burst, maxKeys = 10_000 }: KeyedRateLimitOptions): KeyedRateLimit {
  const buckets = new Map<string, { tokens: number; last: number }>();
  const prune = (now: number) => {
    for (const [key, b] of buckets) if (b.tokens + ((now - b.last) / 1000) * perSecond >= burst) buckets.delete(key);
    // Insertion order is age order: drop the oldest until there is room.
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };
  return {
    take(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) prune(now);
        bucket = { tokens: burst, last: now };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.last) / 1000) * perSecond);
      bucket.last = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
    },
    get size() {
      return buckets.size;
    },
  };
}
