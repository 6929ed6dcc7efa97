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
  /** Last activity, ms since the epoch. */
  touchedAt: number;
}

export interface SessionStore {
  get(code: string): Promise<SessionRecord | null>;
  /** Stores a new session; false when the code is taken. */
  create(record: SessionRecord): Promise<boolean>;
  save(record: SessionRecord): Promise<void>;
  delete(code: string): Promise<void>;
  /** Drops sessions idle for longer than the TTL (Redis does this by itself). */
  sweep(now?: number): Promise<string[]>;
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
    writeFileSync(`${file}.tmp`, JSON.stringify([...sessions.values()]));
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
    async save(record) {
      sessions.set(record.code, record);
      scheduleFlush();
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
    async close() {
      flush();
    },
  };
}

const key = (code: string) => `sitevisit:live:${code}`;

export function createRedisStore(redis: Redis, ttlSeconds: number): SessionStore {
  return {
    async get(code) {
      const json = await redis.get(key(code));
      return json ? (JSON.parse(json) as SessionRecord) : null;
    },
    async create(record) {
      return (await redis.set(key(record.code), JSON.stringify(record), 'EX', ttlSeconds, 'NX')) === 'OK';
    },
    async save(record) {
      await redis.set(key(record.code), JSON.stringify(record), 'EX', ttlSeconds);
    },
    async delete(code) {
      await redis.del(key(code));
    },
    async sweep() {
      return []; // keys expire in Redis
    },
    async close() {},
  };
}
