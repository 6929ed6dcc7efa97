/**
 * A token bucket for one connection: bursts of `burst`, then `perSecond`.
 * The channel keeps three per connection: messages that may pass, refusals it
 * may cause before it is closed, and "refused" notices it may hear.
 */
export interface RateLimit {
  /** Whether one more may pass now (and takes it). */
  take(now?: number): boolean;
}

export function createRateLimit(perSecond: number, burst: number): RateLimit {
  let tokens = burst;
  let last = Date.now();
  return {
    take(now = Date.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
