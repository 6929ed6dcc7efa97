/**
 * Sessions held in this process's memory, expiring `ttlSeconds` after their
 * last activity. With `persistence` (the file log), every change is also
 * handed on: a new session only counts as created once it is durable.
 */
import type { SessionRecord, SessionStore } from './types';

export interface Persistence {
  /** Resolves once `record` is durable; rejects promptly when it cannot be made so. */
  created(record: SessionRecord): Promise<void>;
  /** `record` changed; it may be written later (coalesced). */
  changed(record: SessionRecord): void;
  deleted(code: string): void;
  close(): Promise<void>;
}

/** count() rescans the sessions at most this often; creates and deletes in between adjust it. */
const COUNT_RESCAN_MS = 1000;

export function createMapStore(ttlSeconds: number, sessions = new Map<string, SessionRecord>(), persistence?: Persistence): SessionStore {
  const expired = (r: SessionRecord, now: number) => now - r.touchedAt > ttlSeconds * 1000;
  const live = (code: string) => {
    const record = sessions.get(code);
    return record && !expired(record, Date.now()) ? record : undefined;
  };
  let counted = { at: -Infinity, open: 0 };
  const changed = (record: SessionRecord | undefined, change: Partial<SessionRecord>) => {
    if (!record) return;
    Object.assign(record, change, { touchedAt: Date.now() });
    persistence?.changed(record);
  };

  return {
    async get(code) {
      return live(code) ?? null;
    },
    async create(record) {
      if (live(record.code)) return false;
      sessions.set(record.code, record);
      counted.open += 1;
      try {
        await persistence?.created(record);
      } catch (e) {
        // Nobody will hear of this session: forget it, so it neither counts nor reaches the file later.
        if (sessions.get(record.code) === record) {
          sessions.delete(record.code);
          counted.open -= 1;
        }
        throw e;
      }
      return true;
    },
    async saveState(code, state) {
      changed(sessions.get(code), state);
    },
    async saveDriver(code, driver) {
      changed(sessions.get(code), { driver });
    },
    async touch(code) {
      changed(sessions.get(code), {});
    },
    async delete(code) {
      if (live(code)) counted.open -= 1;
      if (sessions.delete(code)) persistence?.deleted(code);
    },
    async count() {
      const now = Date.now();
      if (now - counted.at > COUNT_RESCAN_MS) {
        let open = 0;
        for (const r of sessions.values()) if (!expired(r, now)) open += 1;
        counted = { at: now, open };
      }
      return counted.open;
    },
    async sweep(now = Date.now()) {
      const gone = [...sessions.values()].filter((r) => expired(r, now)).map((r) => r.code);
      for (const code of gone) {
        sessions.delete(code);
        persistence?.deleted(code);
      }
      return gone;
    },
    async close() {
      await persistence?.close();
    },
  };
}
