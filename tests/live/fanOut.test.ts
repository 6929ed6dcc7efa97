/**
 * Room broadcasts as ready frames (server/live/fanOut.ts): WebSocket attendees get the presenter's
 * camera written straight to their connection, without Engine.IO's per-packet path, and every
 * attendee — WebSocket or long-polling, on the fast path or not — gets the same messages in the order
 * they were sent, interleaved correctly with the messages sent to them alone.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLive } from '../../server/live/index';
import type { ServerMessage } from '../../src/protocol/live';
import { connect, createSession, keyOf, type Client } from './helpers';

const panorama = (yaw: number) => ({ scene: 'hall', view: { kind: 'panorama' as const, yaw, pitch: 0, fov: 70 }, card: null });
const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function serverCountingPackets(frameFanOut: boolean) {
  const live = createLive({ defaultTour: 'processum', tourExists: () => true, log: () => {}, api: { createPerMinute: 0 }, frameFanOut });
  const http = createServer((req, res) => void live.handleApi(req, res));
  const io = live.attach(http);
  /** Engine.IO message packets created per connection, by Socket.IO socket id. */
  const enginePackets = new Map<string, number>();
  io.on('connection', (socket) => {
    enginePackets.set(socket.id, 0);
    socket.conn.on('packetCreate', (p: { type: string }) => p.type === 'message' && enginePackets.set(socket.id, (enginePackets.get(socket.id) ?? 0) + 1));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    await live.close();
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  });
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, enginePackets };
}

const yaws = (c: Client) => c.received.flatMap((m: ServerMessage) => (m.type === 'state' && m.state?.view.kind === 'panorama' ? [m.state.view.yaw] : []));

describe.each([true, false])('room broadcasts with frameFanOut %s', (frameFanOut) => {
  it('reach WebSocket and long-polling attendees alike, in order, after their welcome and before a later control change', async () => {
    const { url, enginePackets } = await serverCountingPackets(frameFanOut);
    const session = await createSession(url, { presenters: ['Anna', 'Bo'] });
    const anna = connect(url, session.code, keyOf(session.presenters[0]?.url ?? ''));
    closers.push(() => anna.close());
    await anna.next('welcome');
    const attendees = [connect(url, session.code), connect(url, session.code, undefined, { transports: ['polling'] }), connect(url, session.code)];
    for (const a of attendees) closers.push(() => a.close());
    for (const a of attendees) await a.next('welcome');

    // 40 camera moves within the burst the channel allows, then Bo takes control.
    for (let yaw = 1; yaw <= 40; yaw++) anna.send({ type: 'state', state: panorama(yaw) });
    for (const a of attendees) await a.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 40);
    const bo = connect(url, session.code, keyOf(session.presenters[1]?.url ?? ''));
    closers.push(() => bo.close());
    await bo.next('welcome');
    bo.send({ type: 'take-control' });
    for (const a of attendees) {
      await a.next('control', (m) => m.driver === 'p2');
      expect(yaws(a)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      const types = a.received.map((m) => m.type);
      expect(types[0]).toBe('welcome');
      expect(types.lastIndexOf('state')).toBeLessThan(types.lastIndexOf('control'));
    }

    // Only WebSocket connections take the fast path: their camera moves never became Engine.IO packets.
    const [ws1, polling, ws2] = attendees.map((a) => enginePackets.get(a.socket.id ?? '') ?? 0);
    expect(polling).toBeGreaterThanOrEqual(41);
    if (frameFanOut) for (const n of [ws1, ws2]) expect(n).toBeLessThan(10);
    else for (const n of [ws1, ws2]) expect(n).toBeGreaterThanOrEqual(41);
  }, 30_000);
});
