/** Ends expired sessions: their people are told and disconnected. A failing store is logged and tried again next time. */
import { LIVE_PROTOCOL_VERSION } from '../../../src/protocol/live';
import { send, type Channel } from './context';

export function startSweep(channel: Channel, everyMs: number): () => void {
  const { io, store, log, cache } = channel;
  let running = false;
  const sweep = async () => {
    // A slow store must not stack sweeps on top of each other.
    if (running) return;
    running = true;
    try {
      const gone = new Set(await store.sweep());
      for (const code of cache.keys()) if (!(await store.get(code))) gone.add(code);
      for (const code of gone) {
        log(`live: session ${code} expired`);
        send(io.to(code), { v: LIVE_PROTOCOL_VERSION, type: 'rejected', reason: 'expired', message: 'This live tour has ended.' });
        io.in(code).disconnectSockets(true);
        const c = cache.get(code);
        if (c) {
          clearTimeout(c.graceTimer);
          clearTimeout(c.presenceTimer);
        }
        cache.delete(code);
      }
    } catch (e) {
      log(`live: expiring sessions failed (tried again in ${everyMs / 1000} s): ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
