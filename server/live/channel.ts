/**
 * The live channel on Socket.IO: authenticates each connection (session code,
 * optional presenter key), validates every message against the shared zod
 * catalogue, rate-limits per connection, and relays the presenter's state to
 * the session's room. Refused messages go back to their sender only.
 *
 * Rooms: `<code>` holds everyone (attendees and presenters who are not
 * driving follow too); `<code>:p` holds presenters (presence reports).
 * With the Redis adapter, rooms span processes; the record in the store is
 * the truth, and each process caches the sessions it has sockets for.
 */
import type { Server, Socket } from 'socket.io';
import {
  ClientMessage,
  LIVE_EVENT,
  LIVE_PROTOCOL_VERSION as v,
  LiveAuth,
  MAX_CLIENT_MESSAGE_BYTES,
  type ServerMessage,
} from '../../src/protocol/live';
import { createRateLimit } from './rateLimit';
import { secretMatches } from './secrets';
import type { SessionRecord, SessionStore } from './store';

export interface ChannelOptions {
  store: SessionStore;
  log(line: string): void;
  /** Whether other server processes share the rooms (Redis adapter). */
  clustered: boolean;
  /** How often a session's latest state is written to the store, at most. Default 250 ms. */
  saveEveryMs?: number;
  /** Messages per second per connection, and the burst allowed. Defaults 30 and 60. */
  ratePerSecond?: number;
  rateBurst?: number;
  /** How often expired sessions are closed. Default 60 s. */
  sweepEveryMs?: number;
}

interface SocketData {
  code: string;
  /** How presenters see this attendee. */
  label: string;
  presenterId: string | null;
  detached: boolean;
  fresh: SessionRecord;
}

type LiveSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

interface Cached {
  record: SessionRecord;
  sockets: number;
  saveTimer?: ReturnType<typeof setTimeout>;
  presenceTimer?: ReturnType<typeof setTimeout>;
}

/** Consecutive refused messages after which a connection is closed. */
const FLOOD_LIMIT = 200;

export function attachLiveChannel(io: Server, options: ChannelOptions): () => Promise<void> {
  const { store, log, clustered, saveEveryMs = 250, ratePerSecond = 30, rateBurst = 60, sweepEveryMs = 60_000 } = options;
  const cache = new Map<string, Cached>();
  const send = (target: { emit(event: string, m: ServerMessage): unknown }, m: ServerMessage) => target.emit(LIVE_EVENT, m);

  const failed = (code: string) => (e: Error) => log(`live: could not save session ${code}: ${e.message}`);
  const save = (c: Cached) => {
    clearTimeout(c.saveTimer);
    c.saveTimer = undefined;
    const { code, state, pointer, stateAt } = c.record;
    void store.saveState(code, { state, pointer, stateAt }).catch(failed(code));
  };
  /** The latest state reaches the store at most every `saveEveryMs` (the last one always does). */
  const stateChanged = (c: Cached) => {
    c.record.stateAt = Date.now();
    c.saveTimer ??= setTimeout(() => save(c), saveEveryMs);
  };

  const schedulePresence = (code: string) => {
    const c = cache.get(code);
    if (!c || c.presenceTimer) return;
    c.presenceTimer = setTimeout(async () => {
      c.presenceTimer = undefined;
      try {
        // fetchSockets asks every process (Redis adapter), so counts cover the whole session.
        const sockets = await io.in(code).fetchSockets();
        const attendees = sockets.filter((s) => (s.data as SocketData).presenterId === null);
        const detached = attendees.filter((s) => (s.data as SocketData).detached);
        const detachedNames = detached.slice(0, 20).map((s) => (s.data as SocketData).label);
        send(io.to(`${code}:p`), { v, type: 'presence', attendees: attendees.length, detached: detached.length, detachedNames });
      } catch (e) {
        log(`live: presence of ${code} failed: ${(e as Error).message}`);
      }
    }, 200);
  };

  const setDriver = (c: Cached, driver: string | null) => {
    c.record.driver = driver;
    c.record.pointer = null;
    void store.saveDriver(c.record.code, driver).catch(failed(c.record.code));
    stateChanged(c);
    send(io.to(c.record.code), { v, type: 'control', driver });
    send(io.to(c.record.code), { v, type: 'pointer', pointer: null });
    // Other processes cache the record too; tell them (only the Redis adapter supports this).
    if (clustered) io.serverSideEmit('live-control', c.record.code, driver);
  };
  if (clustered) {
    io.on('live-control', (code: string, driver: string | null) => {
      const c = cache.get(code);
      if (c) c.record.driver = driver;
    });
  }

  io.use(async (socket, next) => {
    const auth = LiveAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('bad-handshake'));
    let fresh: SessionRecord | null;
    try {
      fresh = await store.get(auth.data.code);
    } catch {
      return next(new Error('unavailable'));
    }
    if (!fresh) return next(new Error('unknown-session'));
    let presenterId: string | null = null;
    if (auth.data.key !== undefined) {
      const key = auth.data.key;
      const presenter = fresh.presenters.find((p) => secretMatches(key, p.keyHash));
      if (!presenter) return next(new Error('invalid-key'));
      presenterId = presenter.id;
    }
    // Names are shown as text only; control characters and extra spaces go.
    const name = auth.data.name?.replace(/[\p{C}]/gu, '').replace(/\s+/g, ' ').trim();
    const label = name || `Guest ${socket.id.slice(0, 4)}`;
    socket.data = { code: auth.data.code, label, presenterId, detached: false, fresh };
    next();
  });

  io.on('connection', (raw) => {
    const socket = raw as LiveSocket;
    const { code, presenterId, fresh } = socket.data;
    let c = cache.get(code);
    if (!c) cache.set(code, (c = { record: fresh, sockets: 0 }));
    else if (fresh !== c.record) {
      // Another process may have moved on since this one cached the session: the newest state wins.
      c.record.driver = fresh.driver;
      if (fresh.stateAt > c.record.stateAt) Object.assign(c.record, { state: fresh.state, pointer: fresh.pointer, stateAt: fresh.stateAt });
    }
    const cached = c;
    cached.sockets += 1;
    void socket.join(presenterId ? [code, `${code}:p`] : code);
    if (presenterId && cached.record.driver === null) setDriver(cached, presenterId);
    void store.touch(code).catch(failed(code));
    const { record } = cached;
    send(socket, {
      v,
      type: 'welcome',
      code,
      tour: record.tour,
      role: presenterId ? 'presenter' : 'attendee',
      you: presenterId,
      presenters: record.presenters.map(({ id, name }) => ({ id, name })),
      driver: record.driver,
      state: record.state,
      pointer: record.pointer,
    });
    schedulePresence(code);

    const limit = createRateLimit(ratePerSecond, rateBurst);
    const reject = (reason: string, message?: string) => send(socket, { v, type: 'rejected', reason, ...(message ? { message } : {}) });

    const handle = (payload: unknown): unknown => {
      if (!limit.take()) {
        if (limit.refusedInARow === 1) reject('rate-limited', 'Too many messages; some were dropped.');
        if (limit.refusedInARow > FLOOD_LIMIT) socket.disconnect(true);
        return;
      }
      let size: number;
      try {
        size = JSON.stringify(payload)?.length ?? 0;
      } catch {
        size = Infinity;
      }
      if (size > MAX_CLIENT_MESSAGE_BYTES) return reject('too-large', `Messages are limited to ${MAX_CLIENT_MESSAGE_BYTES} bytes.`);
      const parsed = ClientMessage.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return reject('invalid', issue ? `${issue.path.join('.') || '(message)'}: ${issue.message}` : undefined);
      }
      const m = parsed.data;
      const isDriver = presenterId !== null && cached.record.driver === presenterId;
      switch (m.type) {
        case 'state':
        case 'pointer':
          if (!presenterId) return reject('not-presenter', 'Only presenters can drive the tour.');
          if (!isDriver) {
            if (!clustered) return reject('not-in-control', 'Take control first.');
            // Control may have just been handed to us on another process, and the
            // room broadcast overtaken its notice to this one: the store decides.
            return void store.get(code).then((fresh) => {
              if (fresh?.driver !== presenterId) return reject('not-in-control', 'Take control first.');
              cached.record.driver = presenterId;
              handle(payload);
            }, () => reject('not-in-control', 'Take control first.'));
          }
          if (m.type === 'state') {
            cached.record.state = m.state;
            send(socket.to(code), { v, type: 'state', state: m.state, ...(m.sentAt !== undefined ? { sentAt: m.sentAt } : {}) });
          } else {
            cached.record.pointer = m.pointer;
            send(socket.to(code), { v, type: 'pointer', pointer: m.pointer });
          }
          return stateChanged(cached);
        case 'take-control':
          if (!presenterId) return reject('not-presenter', 'Only presenters can take control.');
          if (!isDriver) setDriver(cached, presenterId);
          return;
        case 'hand-over':
          if (!isDriver) return reject('not-in-control', 'Only the presenter in control can hand over.');
          if (!cached.record.presenters.some((p) => p.id === m.to)) return reject('invalid', `No presenter "${m.to}" in this session.`);
          return setDriver(cached, m.to);
        case 'detached':
          if (presenterId) return;
          socket.data.detached = m.detached;
          return schedulePresence(code);
      }
    };
    socket.on(LIVE_EVENT, (payload: unknown) => void handle(payload));

    socket.on('disconnect', () => {
      cached.sockets -= 1;
      schedulePresence(code);
      if (cached.sockets === 0) {
        clearTimeout(cached.presenceTimer);
        if (cached.saveTimer) save(cached);
        cache.delete(code);
      }
    });
  });

  const sweep = setInterval(async () => {
    // The store may be unavailable (Redis down): skip this round; the next one catches up.
    try {
      const gone = new Set(await store.sweep());
      for (const code of cache.keys()) if (!(await store.get(code))) gone.add(code);
      for (const code of gone) {
        log(`live: session ${code} expired`);
        send(io.to(code), { v, type: 'rejected', reason: 'expired', message: 'This live tour has ended.' });
        io.in(code).disconnectSockets(true);
        cache.delete(code);
      }
    } catch (e) {
      log(`live: expiry sweep skipped: ${(e as Error).message}`);
    }
  }, sweepEveryMs);
  sweep.unref();

  return async () => {
    clearInterval(sweep);
    for (const c of cache.values()) {
      clearTimeout(c.presenceTimer);
      if (c.saveTimer) save(c);
    }
  };
}
