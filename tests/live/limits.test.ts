/**
 * What abuse of the live channel costs, on the real server with real
 * Socket.IO clients: a flooding connection is closed, an honest presenter
 * never is, refusal notices are limited, and handshakes and connections are
 * limited per client address (127.0.0.2 plays another office; its own limits).
 */
import { describe, expect, it } from 'vitest';
import { channelLimitsFromEnv, DEFAULT_LIMITS } from '../../server/live/channel/limits';
import { connectError, createSession, keyOf, panorama, startServer, trackClients, type Client, type connect, type TestServer } from './helpers';

let server: TestServer;
const client = trackClients(() => server);
/** A client whose connections come from another loopback address: another office. */
const fromOtherOffice = (url: string, code: string) => client(url, code, undefined, { localAddress: '127.0.0.2' } as Parameters<typeof connect>[3]);

/** Sends `perTick` state messages every 25 ms (40 ticks a second) until stopped. */
function sendAtRate(c: Client, perSecond: number) {
  const perTick = perSecond / 40;
  let sent = 0;
  let due = 0;
  const timer = setInterval(() => {
    due += perTick;
    for (; sent < due; sent++) c.send({ type: 'state', state: panorama(sent % 180) });
  }, 25);
  return { stop: () => clearInterval(timer), sent: () => sent };
}

describe('live channel limits', () => {
  it('closes a connection flooding at 480 messages/s within 5 s, with few notices; others carry on', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    const attendee = client(server.url, code);
    await presenter.next('welcome');
    await attendee.next('welcome');
    const started = Date.now();
    const closed = new Promise<string>((resolve) => presenter.socket.once('disconnect', resolve));
    const flood = sendAtRate(presenter, 480);
    const reason = await closed;
    flood.stop();
    const elapsed = Date.now() - started;
    expect(reason).toBe('io server disconnect');
    expect(elapsed).toBeLessThan(5000);
    const notices = presenter.received.filter((m) => m.type === 'rejected');
    // More than a hundred messages were refused (the budget), yet the sender heard of a few only, and why it was closed.
    expect(flood.sent() - attendee.received.filter((m) => m.type === 'state').length).toBeGreaterThan(100);
    expect(notices.some((m) => m.reason === 'rate-limited')).toBe(true);
    expect(notices.at(-1)?.reason).toBe('too-many-refused');
    expect(notices.length).toBeLessThanOrEqual(12 + Math.ceil(elapsed / 1000));
    expect(attendee.socket.connected).toBe(true);
    expect(server.logs.join('\n')).toContain('closed for too many refused messages');
  });

  it('never closes or refuses an honest presenter sending 20 messages/s for 10 s', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    const attendee = client(server.url, code);
    await presenter.next('welcome');
    await attendee.next('welcome');
    const honest = sendAtRate(presenter, 20);
    // The attendee's 200th state is the signal that 10 s of messages went through.
    const states = () => attendee.received.filter((m) => m.type === 'state').length;
    await attendee.next('state', () => states() >= 200, 15_000);
    honest.stop();
    expect(presenter.received.filter((m) => m.type === 'rejected')).toEqual([]);
    expect(presenter.socket.connected).toBe(true);
  }, 20_000);

  it('limits handshakes per address; another address has its own budget; a refused client is told when to retry', async () => {
    server = await startServer({ channel: { handshakesPerSecond: 0.01, handshakesBurst: 3 } });
    const { code } = await createSession(server.url);
    for (let i = 0; i < 3; i++) await client(server.url, code).next('welcome');
    const refused = client(server.url, code);
    const error = await new Promise<Error & { data?: { retryAfter?: number } }>((resolve) => refused.socket.once('connect_error', resolve));
    expect(error.message).toBe('rate-limited');
    expect(error.data?.retryAfter).toBeGreaterThan(0);
    await fromOtherOffice(server.url, code).next('welcome');
  });

  it('limits open connections per address; a closed one frees its place', async () => {
    server = await startServer({ channel: { maxConnectionsPerIp: 3 } });
    const { code } = await createSession(server.url);
    const first = [client(server.url, code), client(server.url, code), client(server.url, code)];
    for (const c of first) await c.next('welcome');
    expect(await connectError(client(server.url, code))).toBe('too-many-connections');
    await fromOtherOffice(server.url, code).next('welcome');
    first[0]?.close();
    // The server counts the place free once the transport closed; until then a try is refused (a real answer, not a sleep).
    for (let attempt = 0; ; attempt++) {
      const c = client(server.url, code);
      const outcome = await Promise.race([c.next('welcome').then(() => 'welcome'), connectError(c)]);
      if (outcome === 'welcome') break;
      expect(outcome).toBe('too-many-connections');
      c.close();
      expect(attempt).toBeLessThan(50);
    }
  });

  it('the defaults let a 50-person office behind one address in at once', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    await presenter.next('welcome');
    const office = Array.from({ length: 50 }, () => client(server.url, code));
    await Promise.all(office.map((c) => c.next('welcome', undefined, 15_000)));
    await presenter.next('presence', (m) => m.attendees === 50, 10_000);
  }, 30_000);

  it('reads its limits from the environment, and refuses nonsense', () => {
    expect(channelLimitsFromEnv({})).toEqual({});
    expect(channelLimitsFromEnv({ LIVE_MAX_CONNECTIONS_PER_IP: '250', LIVE_HANDSHAKES_PER_SECOND: '5', LIVE_PRESENTER_GRACE_SECONDS: '7.5', LIVE_REFUSED_BURST: '' })).toEqual({
      maxConnectionsPerIp: 250,
      handshakesPerSecond: 5,
      presenterGraceMs: 7500,
    });
    expect(() => channelLimitsFromEnv({ LIVE_MESSAGES_PER_SECOND: 'lots' })).toThrow('LIVE_MESSAGES_PER_SECOND must be a positive number, not "lots"');
    expect(() => channelLimitsFromEnv({ LIVE_HANDSHAKES_BURST: '0' })).toThrow('LIVE_HANDSHAKES_BURST');
    expect(() => channelLimitsFromEnv({ LIVE_PRESENTER_GRACE_SECONDS: '60' })).toThrow('at most 15');
    expect(DEFAULT_LIMITS.presenterGraceMs).toBeLessThanOrEqual(15_000);
  });
});
