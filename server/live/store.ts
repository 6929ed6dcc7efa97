/**
 * Where live sessions are kept: in memory (optionally snapshotted to a file,
 * so a restarted server still knows its sessions and presenter keys), or in
 * Redis when several server processes share the sessions. Both expire a
 * session after `ttlSeconds` without activity.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Redis } from 'ioredis';
import type { LivePointer, LiveState } from '../../src/protocol/live';

export interface SessionRecord {
  code: string;
  tour: string;
  /** Speakers with the hash of their secret (never the secret). */
  presenters: { id: string; name: string; keyHash: string }[];
  /** Id of the presenter in control, or null. */
  driver: string | null;
  state: LiveState | null;
  pointer: LivePointer;
  /** When `state` or `pointer` last changed, ms since the epoch (the newest copy wins). */
  stateAt: number;
  /** Last activity, ms since the epoch. */
  touchedAt: number;
}

/**
 * Each write names the part it changes, so processes sharing a store never
 * overwrite each other's newer parts with a stale copy.
 */

export interface SessionStore {
  get(code: string): Promise<SessionRecord | null>;
  /** Stores a new session; false when the code is taken. */
  create(record: SessionRecord): Promise<boolean>;
  /** The presenter's latest state (written by the process that accepted it). */
  saveState(code: string, state: Pick<SessionRecord, 'state' | 'pointer' | 'stateAt'>): Promise<void>;
  saveDriver(code: string, driver: string | null): Promise<void>;
  /** Marks activity: the session lives on for another TTL. */
  touch(code: string): Promise<void>;
  delete(code: string): Promise<void>;
  /** Drops sessions idle for longer than the TTL (Redis does this by itself). */
  sweep(now?: number): Promise<string[]>;
  /** Sessions held (for the cap on open sessions; idle ones count until swept). */
  count(): Promise<number>;
  close(): Promise<void>;
}

export function createMemoryStore(ttlSeconds: number, file?: string): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  if (file) {
    try {
      for (const record of JSON.parse(readFileSync(file, 'utf8')) as SessionRecord[]) sessions.set(record.code, record);
    } catch {
      // No snapshot yet (first start) or an unreadable one: start empty.
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename: a crash mid-write never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify([...sessions.values()]), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  // Camera moves arrive 20 times a second; the file needs only the latest, once a second.
  const scheduleFlush = () => {
    if (file && !timer) timer = setTimeout(flush, 1000);
  };
  const expired = (r: SessionRecord, now: number) => now - r.touchedAt > ttlSeconds * 1000;

  return {
    async get(code) {
      const record = sessions.get(code);
      return record && !expired(record, Date.now()) ? record : null;
    },
    async create(record) {
      if (sessions.has(record.code)) return false;
      sessions.set(record.code, record);
      flush();
      return true;
    },
    async saveState(code, state) {
      const record = sessions.get(code);
      if (record) Object.assign(record, state, { touchedAt: Date.now() });
      scheduleFlush();
    },
    async saveDriver(code, driver) {
      const record = sessions.get(code);
      if (record) Object.assign(record, { driver, touchedAt: Date.now() });
      scheduleFlush();
    },
    async touch(code) {
      const record = sessions.get(code);
      if (record) record.touchedAt = Date.now();
    },
    async delete(code) {
      sessions.delete(code);
      scheduleFlush();
    },
    async sweep(now = Date.now()) {
      const gone = [...sessions.values()].filter((r) => expired(r, now)).map((r) => r.code);
      for (const code of gone) sessions.delete(code);
      if (gone.length) scheduleFlush();
      return gone;
    },
    async count() {
      return sessions.size;
    },
    async close() {
      flush();
    },
  };
}

/** One hash per session: `meta` (code, tour, presenters), `driver`, and `state` (state, pointer, stateAt). */
const key = (code: string) => `sitevisit:live:${code}`;

export function createRedisStore(redis: Redis, ttlSeconds: number): SessionStore {
  /** Writes fields only if the session still exists (an expired one stays gone), renewing its TTL. */
  const update = async (code: string, fields: Record<string, string>) => {
    const k = key(code);
    await redis.multi().hset(k, fields).expire(k, ttlSeconds, 'XX').exec();
    // HSET on a vanished key created it without a TTL: drop that fragment.
    if ((await redis.ttl(k)) === -1) await redis.del(k);
  };
  return {
    async get(code) {
      const h = await redis.hgetall(key(code));
      if (!h.meta) return null;
      const meta = JSON.parse(h.meta) as Pick<SessionRecord, 'code' | 'tour' | 'presenters'>;
      const state = h.state ? (JSON.parse(h.state) as Pick<SessionRecord, 'state' | 'pointer' | 'stateAt'>) : { state: null, pointer: null, stateAt: 0 };
      return { ...meta, ...state, driver: h.driver ? h.driver : null, touchedAt: Date.now() };
    },
    async create(record) {
      const k = key(record.code);
      if (!(await redis.hsetnx(k, 'meta', JSON.stringify({ code: record.code, tour: record.tour, presenters: record.presenters })))) return false;
      await redis.expire(k, ttlSeconds);
      return true;
    },
    async saveState(code, { state, pointer, stateAt }) {
      await update(code, { state: JSON.stringify({ state, pointer, stateAt }) });
    },
    async saveDriver(code, driver) {
      await update(code, { driver: driver ?? '' });
    },
    async touch(code) {
      await redis.expire(key(code), ttlSeconds);
    },
    async delete(code) {
      await redis.del(key(code));
    },
    async sweep() {
      return []; // keys expire in Redis
    },
    async count() {
      let n = 0;
      for await (const keys of redis.scanStream({ match: key('*'), count: 1000 }) as AsyncIterable<string[]>) n += keys.length;
      return n;
    },
    async close() {},
  };
}
