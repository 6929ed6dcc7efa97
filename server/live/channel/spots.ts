/**
 * How many people are at each spot of the tour, for the speakers' minimap:
 * attendees following are where the presenter in control is; those looking
 * around report their scene (`here`, kept in `socket.data.scene`). Counts
 * only, never who: the names presenters see come from `presence`, not here.
 *
 * Cheap by construction: nothing is counted per camera update. A count is
 * taken (one `fetchSockets()`, which asks every process with the Redis
 * adapter) only after something that changes it — an arrival, a departure,
 * a detach or return, a `here` — and goes to the presenters' room at most
 * every `SPOTS_INTERVAL_MS` per process, and only when it differs from the
 * last one this process sent (a presenter who just arrived always gets one).
 */
import { LIVE_PROTOCOL_VERSION, SPOTS_INTERVAL_MS } from '../../../src/protocol/live';
import { presentersRoom, send, type Channel, type SocketData } from './context';

interface SpotsTimer {
  timer?: ReturnType<typeof setTimeout>;
  lastSentAt: number;
  last: string;
  /** A presenter arrived since the last count: send it even if unchanged. */
  force: boolean;
}

/** Per channel, per session code; entries go when their count went out and nothing is pending. */
const timers = new WeakMap<Channel, Map<string, SpotsTimer>>();
/** Changes this close together are counted once. */
const BUNDLE_MS = 150;

/** The counts of the session's attendees, as `spots` carries them. */
export function countSpots(people: SocketData[]): { following: number; at: Record<string, number> } {
  let following = 0;
  const at: Record<string, number> = {};
  for (const d of people) {
    if (d.presenterId !== null) continue;
    if (!d.detached) following += 1;
    else if (typeof d.scene === 'string') at[d.scene] = (at[d.scene] ?? 0) + 1;
  }
  return { following, at };
}

/** Something that may change the counts of session `code` happened; `presenterArrived`: send even if unchanged. */
export function scheduleSpots(channel: Channel, code: string, presenterArrived = false): void {
  let sessions = timers.get(channel);
  if (!sessions) timers.set(channel, (sessions = new Map()));
  let t = sessions.get(code);
  if (!t) sessions.set(code, (t = { lastSentAt: 0, last: '', force: false }));
  t.force ||= presenterArrived;
  if (t.timer) return;
  const entry = t;
  const wait = Math.max(BUNDLE_MS, entry.lastSentAt + SPOTS_INTERVAL_MS - Date.now());
  entry.timer = setTimeout(() => void count(channel, sessions, code, entry), wait);
  // A count must not hold a stopping process open.
  entry.timer.unref();
}

async function count(channel: Channel, sessions: Map<string, SpotsTimer>, code: string, t: SpotsTimer): Promise<void> {
  try {
    const spots = countSpots((await channel.io.in(code).fetchSockets()).map((s) => s.data as SocketData));
    const text = JSON.stringify(spots);
    if (text !== t.last || t.force) {
      t.last = text;
      t.force = false;
      t.lastSentAt = Date.now();
      send(channel.io.to(presentersRoom(code)), { v: LIVE_PROTOCOL_VERSION, type: 'spots', ...spots });
    }
  } catch (e) {
    channel.log(`live: people per spot of ${code} failed: ${(e as Error).message}`);
  } finally {
    t.timer = undefined;
    // Forgotten once idle for an interval: a session with nobody left leaves nothing behind.
    if (!channel.cache.has(code)) sessions.delete(code);
  }
}

/** On close: no count is left pending. */
export function stopSpots(channel: Channel): void {
  for (const t of timers.get(channel)?.values() ?? []) clearTimeout(t.timer);
  timers.delete(channel);
}
