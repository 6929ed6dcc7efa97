/**
 * People per spot on the real server with real Socket.IO clients: speakers
 * hear how many attendees follow and how many look around at which scene
 * (counts only, never who), at most once a second and only when a count
 * changed; attendees never hear it; a presenter cannot report a scene; a
 * flood of reports is refused.
 */
import { describe, expect, it } from 'vitest';
import { SPOTS_INTERVAL_MS } from '../../src/protocol/live';
import { createSession, keyOf, startServer, trackClients, type TestServer } from './helpers';

let server: TestServer;
const client = trackClients(() => server);

describe('people per spot', () => {
  it('speakers see followers and the scenes of those looking around, at most once a second; attendees hear none of it', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const anna = client(server.url, code, keyOf(presenterUrl));
    await anna.next('welcome');
    expect(await anna.next('spots')).toMatchObject({ following: 0, at: {} });

    const [a, b, c] = [client(server.url, code), client(server.url, code), client(server.url, code)];
    await Promise.all([a, b, c].map((x) => x.next('welcome')));
    await anna.next('spots', (m) => m.following === 3);

    // a looks around in the tank farm; b in the pump room, then the tank farm too; c follows.
    a.send({ type: 'detached', detached: true });
    a.send({ type: 'here', scene: 'tank-farm' });
    b.send({ type: 'detached', detached: true });
    b.send({ type: 'here', scene: 'pump-room' });
    const first = await anna.next('spots', (m) => m.following === 1 && m.at['pump-room'] === 1);
    expect(first.at).toEqual({ 'tank-farm': 1, 'pump-room': 1 });
    const firstAt = Date.now();
    b.send({ type: 'here', scene: 'tank-farm' });
    const second = await anna.next('spots', (m) => m.at['tank-farm'] === 2);
    // Bundled: at most one count a second per process.
    expect(Date.now() - firstAt).toBeGreaterThanOrEqual(SPOTS_INTERVAL_MS - 250);
    expect(second).toEqual({ v: 1, type: 'spots', following: 1, at: { 'tank-farm': 2 } });
    // Counts only: nothing that says who.
    expect(JSON.stringify(anna.received.filter((m) => m.type === 'spots'))).not.toMatch(/Guest|name|id/);

    // A report that changes nothing sends nothing; a return to the presenter moves a count back.
    b.send({ type: 'here', scene: 'tank-farm' });
    a.send({ type: 'detached', detached: false });
    expect(await anna.next('spots', undefined, 3000)).toMatchObject({ following: 2, at: { 'tank-farm': 1 } });
    // A departure counts too.
    c.close();
    expect(await anna.next('spots', undefined, 3000)).toMatchObject({ following: 1, at: { 'tank-farm': 1 } });

    // Attendees never hear counts.
    for (const x of [a, b]) expect(x.received.some((m) => m.type === 'spots')).toBe(false);
    // A speaker who arrives gets the current counts even though nothing changed.
    const late = client(server.url, code, keyOf(presenterUrl));
    await late.next('welcome');
    expect(await late.next('spots', undefined, 3000)).toMatchObject({ following: 1, at: { 'tank-farm': 1 } });
  }, 30_000);

  it('refuses reports from presenters, bad scene ids and floods; the counts stay right', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const anna = client(server.url, code, keyOf(presenterUrl));
    await anna.next('welcome');
    anna.send({ type: 'here', scene: 'hall' });
    expect((await anna.next('rejected')).reason).toBe('not-attendee');

    const a = client(server.url, code);
    await a.next('welcome');
    a.send({ type: 'here', scene: '../etc' });
    expect((await a.next('rejected')).reason).toBe('invalid');
    a.send({ type: 'detached', detached: true });
    for (let i = 0; i < 10; i++) a.send({ type: 'here', scene: `scene-${i}` });
    expect((await a.next('rejected')).reason).toBe('rate-limited');
    // The reports that passed (a burst of 4) left a at the last of them; refused ones changed nothing.
    const spots = await anna.next('spots', (m) => m.following === 0, 3000);
    expect(spots.at).toEqual({ 'scene-3': 1 });
  }, 30_000);
});
