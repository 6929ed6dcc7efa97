/**
 * An attendee looking around tells the server which scene they are in, for the speakers' people-per-spot
 * counts: only when it changes, at most `MAX_HERE_PER_SECOND` times a second (the latest one wins).
 */
import { MAX_HERE_PER_SECOND } from '../protocol/live';

export interface HereReporter {
  /** The scene of the session's tour the visitor is in now (null: elsewhere). */
  report(scene: string | null): void;
  /** After a reconnection the server knows nothing: the next report goes out even if unchanged. */
  reset(): void;
  dispose(): void;
}

export function createHereReporter(send: (scene: string | null) => void, minIntervalMs = 1000 / MAX_HERE_PER_SECOND): HereReporter {
  /** What the server was told last; undefined: nothing yet. */
  let sent: string | null | undefined;
  let pending: string | null | undefined;
  let lastAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const scene = pending;
    pending = undefined;
    if (scene === undefined || scene === sent) return;
    sent = scene;
    lastAt = Date.now();
    send(scene);
  };
  return {
    report(scene) {
      pending = scene;
      if (timer) return;
      const wait = lastAt + minIntervalMs - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    reset() {
      sent = undefined;
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
