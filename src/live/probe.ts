/**
 * Can this device reach the live channel? A lobby asks before the visit.
 * A handshake the server answers — even with a refusal such as an unknown
 * session — proves the way there works (WebSocket, or long-polling where
 * WebSockets are blocked); only a transport that fails, or silence, does not.
 */
import { LIVE_PROTOCOL_VERSION } from '../protocol/live';
import { openLiveSocket } from './socket';

/** A code no session has (the alphabet has no "1" or "O"), for a check with no session yet. */
const NO_SESSION = 'PROBE1';

/** Resolves whether the channel answered within `timeoutMs`; `signal` ends the check early (resolving false). */
export function probeLiveConnection(code: string | null, signal?: AbortSignal, timeoutMs = 10_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = openLiveSocket({ v: LIVE_PROTOCOL_VERSION, code: code ?? NO_SESSION }, { separate: true });
    const finish = (works: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      socket.off();
      socket.disconnect();
      resolve(works);
    };
    const abort = () => finish(false);
    const timer = setTimeout(abort, timeoutMs);
    signal?.addEventListener('abort', abort);
    socket.on('connect', () => finish(true));
    socket.on('connect_error', (error: Error & { type?: string }) => {
      // The server's own refusals come with a message it chose; transport failures are TransportErrors.
      if (error.type !== 'TransportError' && !/(websocket|poll) error|timeout/i.test(error.message)) finish(true);
    });
  });
}
