/**
 * Sessions in Redis, shared by several server processes. Redis can go away:
 * while it is unreachable every read and create rejects at once (the API
 * answers 503, handshakes are refused with `unavailable`), and the outage is
 * logged once. Each process keeps a mirror of the sessions it created or
 * served; when Redis returns, even empty, the mirror is written back, so those
 * sessions carry on without a restart.
 */
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { CREATE, OPEN_KEY, RESTORE, UPDATE, sessionKey } from './redisScripts';
import type { SessionRecord, SessionStore, StoreHealth } from './types';

export interface RedisStoreOptions {
  log(line: string): void;
  /** Told when Redis becomes unavailable (also at start) and when it is back. */
  onAvailability?(available: boolean): void;
}

/** At start, how long a command waits for the first connection before it fails. */
const FIRST_CONNECT_WAIT_MS = 2000;

type Meta = Pick<SessionRecord, 'code' | 'tour' | 'presenters'>;
type StatePart = Pick<SessionRecord, 'state' | 'pointer' | 'stateAt'>;

export function createRedisStore(redis: Redis, ttlSeconds: number, options: RedisStoreOptions): SessionStore & { health(): StoreHealth } {
  const { log, onAvailability } = options;
  const mirror = new Map<string, SessionRecord>();
  let phase: 'starting' | 'up' | 'down' = 'starting';
  let outage: { since: number; problem: string } | null = null;
  const expired = (r: SessionRecord, now = Date.now()) => now - r.touchedAt > ttlSeconds * 1000;
  const expiry = () => String(Date.now() + ttlSeconds * 1000);
  const unavailable = () => new Error(`Redis is unavailable (${outage?.problem ?? 'not connected'})`);

  let closing = false;
  const wentDown = (problem: string) => {
    if (phase === 'down' || closing) return;
    phase = 'down';
    outage = { since: Date.now(), problem };
    log(`live: Redis unavailable (${problem}); new sessions get 503 and live connections are closed until it is back; reconnecting`);
    onAvailability?.(false);
  };
  redis.on('error', (e: Error) => wentDown(e.message));
  // A connection that closes (Redis stopped, or something else on its port) may bring no error event.
  redis.on('close', () => wentDown('connection closed'));
  redis.on('ready', () => {
    const was = outage;
    phase = 'up';
    outage = null;
    if (!was) return;
    void restoreAll().then(
      (n) => log(`live: Redis is back after ${Math.round((Date.now() - was.since) / 1000)} s; ${n} session(s) it had lost written back from memory`),
      (e: Error) => log(`live: Redis is back, but writing back sessions failed: ${e.message}`),
    );
    onAvailability?.(true);
  });

  /** Commands fail at once while Redis is down; only at start do they wait a moment for the first connection. */
  const ready = async () => {
    if (redis.status === 'ready') return;
    if (phase !== 'starting') throw unavailable();
    try {
      await once(redis, 'ready', { signal: AbortSignal.timeout(FIRST_CONNECT_WAIT_MS) });
    } catch {
      throw unavailable();
    }
  };

  const restore = async (r: SessionRecord) => {
    const meta: Meta = { code: r.code, tour: r.tour, presenters: r.presenters };
    const state: StatePart = { state: r.state, pointer: r.pointer, stateAt: r.stateAt };
    const args = [String(ttlSeconds), expiry(), r.code, JSON.stringify(meta), r.driver ?? '', JSON.stringify(state), String(r.stateAt)];
    return (await redis.eval(RESTORE, 2, sessionKey(r.code), OPEN_KEY, ...args)) === 1;
  };
  const restoreAll = async () => {
    let restored = 0;
    for (const r of [...mirror.values()]) {
      if (expired(r)) mirror.delete(r.code);
      else if (await restore(r)) restored += 1;
    }
    return restored;
  };

  /**
   * A write to a live session this process mirrors survives an outage: the mirror is written back when
   * Redis returns. A session already expired here stays over (the write neither renews nor resurrects it).
   */
  const write = async (code: string, change: Partial<SessionRecord>, fields: string[]) => {
    let mine = mirror.get(code);
    if (mine && expired(mine)) {
      mirror.delete(code);
      mine = undefined;
    }
    if (mine) Object.assign(mine, change, { touchedAt: Date.now() });
    try {
      // Sent in the caller's turn when connected: a broadcast it makes next (a new driver's `control`) then reaches
      // Redis after this write, so a process that reads the session on hearing it reads the new value.
      if (redis.status !== 'ready') await ready();
      const done = await redis.eval(UPDATE, 2, sessionKey(code), OPEN_KEY, String(ttlSeconds), expiry(), code, ...fields);
      // Gone from Redis while still alive here: Redis lost it.
      if (done === 0 && mine) await restore(mine);
    } catch (e) {
      if (!mine) throw e;
    }
  };

  return {
    async get(code) {
      await ready();
      const replies = await redis.multi().hgetall(sessionKey(code)).pttl(sessionKey(code)).exec();
      const h = (replies?.[0]?.[1] ?? {}) as Record<string, string>;
      if (!h.meta) {
        const mine = mirror.get(code);
        if (!mine || expired(mine)) return null;
        // Redis lost it (restarted empty) before the write-back reached it.
        await restore(mine);
        return { ...mine };
      }
      const meta = JSON.parse(h.meta) as Meta;
      const state = h.state ? (JSON.parse(h.state) as StatePart) : { state: null, pointer: null, stateAt: 0 };
      // Last activity, as far as Redis knows: when its TTL was last renewed (by any process).
      const touchedAt = Date.now() - (ttlSeconds * 1000 - Math.max(0, Number(replies?.[1]?.[1] ?? 0)));
      const record: SessionRecord = { ...meta, ...state, driver: h.driver ? h.driver : null, touchedAt };
      const mine = mirror.get(code);
      mirror.set(code, { ...record, touchedAt: Math.max(touchedAt, mine?.touchedAt ?? 0) });
      return record;
    },
    async create(record) {
      await ready();
      const meta: Meta = { code: record.code, tour: record.tour, presenters: record.presenters };
      const created = (await redis.eval(CREATE, 2, sessionKey(record.code), OPEN_KEY, JSON.stringify(meta), String(ttlSeconds), expiry(), record.code)) === 1;
      if (created) mirror.set(record.code, { ...record });
      return created;
    },
    async saveState(code, { state, pointer, stateAt }) {
      await write(code, { state, pointer, stateAt }, ['state', JSON.stringify({ state, pointer, stateAt }), 'stateAt', String(stateAt)]);
    },
    async saveDriver(code, driver) {
      await write(code, { driver }, ['driver', driver ?? '']);
    },
    async touch(code) {
      await write(code, {}, []);
    },
    async delete(code) {
      mirror.delete(code);
      await ready();
      await redis.multi().del(sessionKey(code)).zrem(OPEN_KEY, code).exec();
    },
    async count() {
      await ready();
      const replies = await redis.multi().zremrangebyscore(OPEN_KEY, '-inf', Date.now()).zcard(OPEN_KEY).exec();
      const [error, open] = replies?.[1] ?? [new Error('no reply')];
      if (error) throw error;
      return Number(open);
    },
    async sweep(now = Date.now()) {
      // Redis expires the sessions themselves; the mirror forgets them too.
      for (const r of [...mirror.values()]) if (expired(r, now)) mirror.delete(r.code);
      return [];
    },
    health() {
      return outage ? { kind: 'redis', available: false, problem: outage.problem, since: outage.since } : { kind: 'redis', available: phase === 'up' };
    },
    async close() {
      closing = true;
    },
  };
}
