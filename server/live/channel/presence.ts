/**
 * Who is there: attendee counts (to everyone; names of those looking around
 * to presenters only), and what happens when the presenter in control goes:
 * after a grace period (a reload or a network blip changes nothing) everyone
 * is told, and control passes to another connected speaker if there is one.
 *
 * Several processes (Redis adapter): `fetchSockets()` asks every process, so
 * counts cover the whole session and the grace check sees a presenter who came
 * back on another process. The timer runs on the process where the presenter's
 * socket closed.
 */
import { LIVE_PROTOCOL_VERSION } from '../../../src/protocol/live';
import { presentersRoom, send, type Cached, type Channel, type SocketData } from './context';
import { announceControl, setDriver } from './control';

/** Names of attendees looking around that presenters see, at most. */
const MAX_DETACHED_NAMES = 20;
/** Presence changes within this time go out as one report. */
const PRESENCE_DELAY_MS = 200;

const dataOf = (socket: { data: unknown }) => socket.data as SocketData;

export function schedulePresence(channel: Channel, code: string): void {
  const c = channel.cache.get(code);
  if (!c || c.presenceTimer) return;
  c.presenceTimer = setTimeout(async () => {
    c.presenceTimer = undefined;
    try {
      const attendees = (await channel.io.in(code).fetchSockets()).map(dataOf).filter((d) => d.presenterId === null);
      const detached = attendees.filter((d) => d.detached);
      const detachedNames = detached.slice(0, MAX_DETACHED_NAMES).map((d) => d.label);
      send(channel.io.to(presentersRoom(code)), { v: LIVE_PROTOCOL_VERSION, type: 'presence', attendees: attendees.length, detached: detached.length, detachedNames });
      send(channel.io.to(code), { v: LIVE_PROTOCOL_VERSION, type: 'audience', attendees: attendees.length });
    } catch (e) {
      channel.log(`live: presence of ${code} failed: ${(e as Error).message}`);
    }
  }, PRESENCE_DELAY_MS);
}

/** The presenter in control lost their connection: wait for the grace period, then tell everyone and hand over. */
export function driverLeft(channel: Channel, c: Cached, presenterId: string): void {
  clearTimeout(c.graceTimer);
  c.graceTimer = setTimeout(async () => {
    c.graceTimer = undefined;
    if (c.record.driver !== presenterId) return;
    try {
      const speakers = (await channel.io.in(presentersRoom(c.record.code)).fetchSockets()).map(dataOf);
      // Back in time (a reload), maybe on another process, or control moved on meanwhile: nothing to do.
      if (c.record.driver !== presenterId || speakers.some((d) => d.presenterId === presenterId)) return;
      c.away = presenterId;
      const next = speakers.find((d) => d.presenterId !== null)?.presenterId;
      if (next) setDriver(channel, c, next);
      else announceControl(channel, c);
      channel.log(`live: session ${c.record.code}: the presenter in control left${next ? '; control passed on' : ''}`);
    } catch (e) {
      channel.log(`live: presence of ${c.record.code} failed: ${(e as Error).message}`);
    }
  }, channel.limits.presenterGraceMs);
  // With several processes it may outlive the session's cache entry here; it must not hold a stopping process open.
  c.graceTimer.unref();
}

/**
 * A presenter connected. Back within the grace period: the timer ends, nothing else changes.
 * Back after it while nobody took over: they present again. Back after another took over: they are
 * offered control (true). And while the one in control is away, a speaker who arrives takes over.
 */
export function presenterArrived(channel: Channel, c: Cached, presenterId: string): boolean {
  const { record } = c;
  if (record.driver === presenterId) {
    clearTimeout(c.graceTimer);
    c.graceTimer = undefined;
  }
  if (c.away === presenterId) {
    c.away = null;
    announceControl(channel, c);
    return record.driver !== null && record.driver !== presenterId;
  }
  if (record.driver === null || (c.away !== null && c.away === record.driver)) setDriver(channel, c, presenterId);
  return false;
}
