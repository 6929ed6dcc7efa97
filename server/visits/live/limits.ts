/**
 * How much one connection may send on a visit's `visit` event
 * (docs/visits-live.md). People ask, vote and raise hands by hand, so a
 * visit page never comes near these; a script that keeps sending is refused,
 * then closed, and the refusal notices it hears are themselves limited (a
 * flood must not make the server flood back).
 */
import { createRateLimit } from '../../live/rateLimit';

/** Visit messages a connection may send: 5 a second, bursts of 20. */
export const MESSAGES_PER_SECOND = 5;
export const MESSAGES_BURST = 20;
/**
 * Refused messages (over the rate, too large, invalid, or refused by their handler) a connection may cause before
 * it is closed: 2 a second, bursts of 40. Flooding at 50 messages a second is closed within about 1.5 s, at 10 a
 * second (twice the rate) within about 20 s; a person clicking never gets there.
 */
export const REFUSED_PER_SECOND = 2;
export const REFUSED_BURST = 40;
/** `refused` notices a connection hears: 10, then one a second. */
export const NOTICES_PER_SECOND = 1;
export const NOTICES_BURST = 10;

export interface VisitLimits {
  /** Whether one more message may be handled now. */
  admit(): boolean;
  /** A message was refused: whether to tell the sender, or to close the connection (it spent its budget). */
  refused(): 'notify' | 'quiet' | 'close';
  /** How many messages were refused so far (for the log line). */
  readonly refusedCount: number;
}

export function createVisitLimits(): VisitLimits {
  const messages = createRateLimit(MESSAGES_PER_SECOND, MESSAGES_BURST);
  const refusals = createRateLimit(REFUSED_PER_SECOND, REFUSED_BURST);
  const notices = createRateLimit(NOTICES_PER_SECOND, NOTICES_BURST);
  let count = 0;
  return {
    admit: () => messages.take(),
    refused() {
      count++;
      if (!refusals.take()) return 'close';
      return notices.take() ? 'notify' : 'quiet';
    },
    get refusedCount() {
      return count;
    },
  };
}
