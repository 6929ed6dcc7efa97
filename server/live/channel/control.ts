/**
 * Who presents: the driver (the presenter in control) and, when they left,
 * who is away. Every change reaches everyone of the session (the room spans
 * processes) and the other processes' caches.
 */
import { LIVE_PROTOCOL_VERSION } from '../../../src/protocol/live';
import { saveFailed, send, type Cached, type Channel } from './context';
import { stateChanged } from './sessionCache';

/** Tells the other processes' caches who presents and who is away, and then everyone. */
export function announceControl(channel: Channel, c: Cached): void {
  const { code, driver } = c.record;
  // The caches first (only the Redis adapter supports server-side events): both travel through one Redis subscription
  // in the order they were published, so a process knows the new driver before its presenter hears of it. The other
  // way round, a presenter given control on another process could send a state before that process knew, and have it
  // refused `not-in-control` (redis.test.ts failed so now and then under load).
  if (channel.clustered) channel.io.serverSideEmit('live-control', code, driver, c.away);
  send(channel.io.to(code), { v: LIVE_PROTOCOL_VERSION, type: 'control', driver, away: c.away });
}

/** Control passes to `driver` (null: nobody); the pointer of the last one goes. */
export function setDriver(channel: Channel, c: Cached, driver: string | null): void {
  clearTimeout(c.graceTimer);
  c.graceTimer = undefined;
  c.record.driver = driver;
  c.record.pointer = null;
  channel.store.saveDriver(c.record.code, driver).catch(saveFailed(channel, c.record.code));
  stateChanged(channel, c);
  announceControl(channel, c);
  send(channel.io.to(c.record.code), { v: LIVE_PROTOCOL_VERSION, type: 'pointer', pointer: null });
}

/** Keeps this process's cache in step with control changes made on others. */
export function followControlOfOtherProcesses(channel: Channel): void {
  if (!channel.clustered) return;
  channel.io.on('live-control', (code: string, driver: string | null, away: string | null = null) => {
    const c = channel.cache.get(code);
    if (!c) return;
    c.record.driver = driver;
    c.away = away;
    // The driver is back on another process (or control moved on): this process's grace timer is moot.
    if (driver !== away) {
      clearTimeout(c.graceTimer);
      c.graceTimer = undefined;
    }
  });
}
