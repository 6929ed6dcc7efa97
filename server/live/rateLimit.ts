/**
 * A token bucket per connection: bursts of `burst` messages, then `perSecond`.
 * Presenter clients coalesce camera updates to 20/s, so honest clients never
 * hit it; a flooding client is refused message by message, then disconnected.
 */
export interface RateLimit {
  /** Whether one more message may pass now. */
  take(now?: number): boolean;
  /** Messages refused since the last one that passed. */
  readonly refusedInARow: number;
}

export function createRateLimit(perSecond: number, burst: number): RateLimit {
  let tokens = burst;
  let last = Date.now();
  let refused = 0;
  return {
    take(now = Date.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        refused = 0;
        return true;
      }
      refused += 1;
      return false;
    },
    get refusedInARow() {
      return refused;
    },
  };
}
