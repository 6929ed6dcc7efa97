/**
 * Who may connect: per client address, a rate of handshakes and a number of
 * open connections; then the session code, the presenter key if any, and the
 * attendee's name. Refusals are Socket.IO `connect_error`s whose message the
 * client knows: `rate-limited` and `too-many-connections` (with `data.retryAfter`
 * in seconds) mean "back off and retry"; `unavailable` too (the store cannot answer, or this process
 * does not hear the other processes yet); `unknown-session`,
 * `invalid-key` and `bad-handshake` are final.
 */
import type { ExtendedError, Socket } from 'socket.io';
import { LiveAuth } from '../../../src/protocol/live';
import { clientAddress } from '../../http/clientAddress';
import { createKeyedRateLimit } from '../../http/keyedRateLimit';
import { secretMatches } from '../secrets';
import type { SessionRecord } from '../store';
import type { Channel, SocketData } from './context';
import type { Admission } from './extension';

/** How long a client refused for too many connections waits before it retries, in seconds. */
const CONNECTIONS_RETRY_AFTER = 5;

const refusal = (message: string, retryAfter?: number): ExtendedError =>
  Object.assign(new Error(message), retryAfter === undefined ? {} : { data: { retryAfter } });

export function createHandshake(channel: Channel, trustedProxies: number) {
  const { limits } = channel;
  const handshakes = createKeyedRateLimit({ perSecond: limits.handshakesPerSecond, burst: limits.handshakesBurst });
  /** Open connections per address, counted per transport connection (closed when it closes). */
  const open = new Map<string, number>();
  const counted = new WeakSet<object>();

  const count = (socket: Socket, address: string) => {
    if (counted.has(socket.conn)) return;
    counted.add(socket.conn);
    open.set(address, (open.get(address) ?? 0) + 1);
    socket.conn.once('close', () => {
      const n = (open.get(address) ?? 1) - 1;
      if (n > 0) open.set(address, n);
      else open.delete(address);
    });
  };

  return async (socket: Socket, next: (err?: ExtendedError) => void) => {
    const address = clientAddress(socket.request, trustedProxies);
    const wait = handshakes.take(address);
    if (wait > 0) return next(refusal('rate-limited', wait));
    const auth = LiveAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(refusal('bad-handshake'));
    // Let in before this process hears the others, a connection would miss for good what they broadcast meanwhile
    // (Redis pub/sub keeps nothing): the presenter's state, control. Pages retry `unavailable` by themselves.
    if (!channel.hearsOthers()) return next(refusal('unavailable', 1));
    let fresh: SessionRecord | null;
    try {
      fresh = await channel.store.get(auth.data.code);
    } catch {
      return next(refusal('unavailable', 2));
    }
    if (!fresh) return next(refusal('unknown-session'));
    let presenterId: string | null = null;
    if (auth.data.key !== undefined) {
      const key = auth.data.key;
      const presenter = fresh.presenters.find((p) => secretMatches(key, p.keyHash));
      if (!presenter) return next(refusal('invalid-key'));
      presenterId = presenter.id;
    }
    let admission: Admission | null;
    try {
      admission = (await channel.extension?.admit(auth.data.code, auth.data, presenterId)) ?? null;
    } catch {
      return next(refusal('unavailable', 2));
    }
    if (admission && 'refuse' in admission) return next(refusal(admission.refuse));
    // Checked last, after the await, so that concurrent handshakes cannot all pass on one stale count.
    if (!counted.has(socket.conn) && (open.get(address) ?? 0) >= limits.maxConnectionsPerIp) return next(refusal('too-many-connections', CONNECTIONS_RETRY_AFTER));
    count(socket, address);
    // Names are shown as text only; control characters and extra spaces go.
    const name = auth.data.name?.replace(/[\p{C}]/gu, '').replace(/\s+/g, ' ').trim();
    const label = admission?.label ?? (name || `Guest ${socket.id.slice(0, 4)}`);
    const data: SocketData = { code: auth.data.code, label, presenterId, detached: false, fresh, ...(admission ? { extension: admission.data } : {}) };
    socket.data = data;
    next();
  };
}
