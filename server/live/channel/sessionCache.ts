/**
 * The sessions this process has sockets for. With the Redis adapter each
 * process caches the sessions its sockets are in; the store's record is the
 * truth, and the newest state wins when a process joins late.
 */
import type { SessionRecord } from '../store';
import { saveFailed, type Cached, type Channel } from './context';

/** The cached session for a socket that passed the handshake with `fresh` (the store's record then). */
export function joinSession(channel: Channel, fresh: SessionRecord): Cached {
  const c = channel.cache.get(fresh.code);
  if (!c) {
    const created: Cached = { record: fresh, sockets: 1, away: null };
    channel.cache.set(fresh.code, created);
    return created;
  }
  if (fresh !== c.record) {
    // Another process may have moved on since this one cached the session: the newest state wins.
    c.record.driver = fresh.driver;
    if (fresh.stateAt > c.record.stateAt) Object.assign(c.record, { state: fresh.state, pointer: fresh.pointer, stateAt: fresh.stateAt });
  }
  c.sockets += 1;
  return c;
}

/** A socket left: the last one on this process writes the latest state and drops the session from memory. */
export function leaveSession(channel: Channel, c: Cached): void {
  c.sockets -= 1;
  if (c.sockets > 0) return;
  clearTimeout(c.presenceTimer);
  // Other processes may still hold the session's people: their grace check (fetchSockets) spans processes.
  if (!channel.clustered) clearTimeout(c.graceTimer);
  if (c.saveTimer) saveNow(channel, c);
  if (channel.cache.get(c.record.code) === c) channel.cache.delete(c.record.code);
}

export function saveNow(channel: Channel, c: Cached): void {
  clearTimeout(c.saveTimer);
  c.saveTimer = undefined;
  const { code, state, pointer, stateAt } = c.record;
  channel.store.saveState(code, { state, pointer, stateAt }).catch(saveFailed(channel, code));
}

/** The latest state reaches the store at most every `saveEveryMs` (the last one always does). */
export function stateChanged(channel: Channel, c: Cached): void {
  c.record.stateAt = Date.now();
  c.saveTimer ??= setTimeout(() => saveNow(channel, c), channel.saveEveryMs);
}

/** On close: every pending state is written, no timer is left. */
export function flushSessions(channel: Channel): void {
  for (const c of channel.cache.values()) {
    clearTimeout(c.presenceTimer);
    clearTimeout(c.graceTimer);
    if (c.saveTimer) saveNow(channel, c);
  }
}
