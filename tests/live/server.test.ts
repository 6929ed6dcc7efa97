/**
 * The live server as clients see it: a real Socket.IO server and clients on
 * loopback. Session creation, following, control, refusals of hostile
 * messages, reconnection, restart with the session store, expiry.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectError, createSession, keyOf, panorama, startServer, trackClients, type TestServer } from './helpers';

let server: TestServer;
const client = trackClients(() => server);

describe('POST /api/live', () => {
  it('creates a session with a short attendee link and secret presenter links, and never logs a secret', async () => {
    server = await startServer();
    const session = await createSession(server.url, { tour: 'processum', presenters: ['Anna', 'Bo'] });
    expect(session.attendeeUrl).toMatch(new RegExp(`^${server.url}/live/[2-9A-HJKMNP-Z]{6}$`));
    expect(session.presenterUrl).toBe(session.presenters[0]?.url);
    expect(session.presenters.map((p) => p.name)).toEqual(['Anna', 'Bo']);
    const keys = session.presenters.map((p) => keyOf(p.url));
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key.length).toBeGreaterThanOrEqual(32);
    expect(server.logs.join('\n')).toContain(session.code);
    for (const key of keys) expect(server.logs.join('\n')).not.toContain(key);
  });

  it('defaults to the default tour and refuses unknown tours, bad JSON and big bodies with clear errors', async () => {
    server = await startServer();
    const post = (body: string) => fetch(`${server.url}/api/live`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    const empty = await post('');
    expect(empty.status).toBe(201);
    expect(((await empty.json()) as { tour: string }).tour).toBe('processum');
    const unknown = await post('{"tour":"nope"}');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Unknown tour "nope".' });
    expect((await post('{not json')).status).toBe(400);
    const invalid = await post('{"tour":"processum","extra":1}');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { problems: string[] }).problems.length).toBeGreaterThan(0);
    expect((await post(JSON.stringify({ presenters: ['x'.repeat(5000)] }))).status).toBe(413);
    expect((await fetch(`${server.url}/api/live`)).status).toBe(405);
  });
});

describe('live channel', () => {
  it('relays the presenter state to attendees; late joiners get the current state at once', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    const welcome = await presenter.next('welcome');
    expect(welcome).toMatchObject({ role: 'presenter', you: 'p1', driver: 'p1', tour: 'processum', state: null });
    const attendee = client(server.url, code);
    expect(await attendee.next('welcome')).toMatchObject({ role: 'attendee', you: null, driver: 'p1', presenters: [{ id: 'p1', name: 'Presenter' }] });

    presenter.send({ type: 'state', state: panorama(30), sentAt: 1 });
    expect((await attendee.next('state')).state).toEqual(panorama(30));
    presenter.send({ type: 'pointer', pointer: { x: 0.1, y: -0.2 } });
    expect((await attendee.next('pointer')).pointer).toEqual({ x: 0.1, y: -0.2 });

    const late = client(server.url, code, undefined, { auth: { v: 1, code, name: ' Anna\u0000 Lind ' } });
    expect(await late.next('welcome')).toMatchObject({ state: panorama(30), pointer: { x: 0.1, y: -0.2 } });
    const presence = await presenter.next('presence', (m) => m.attendees === 2);
    expect(presence.detached).toBe(0);
    late.send({ type: 'detached', detached: true });
    expect(await presenter.next('presence', (m) => m.detached === 1)).toMatchObject({ attendees: 2, detachedNames: ['Anna Lind'] });
    attendee.send({ type: 'detached', detached: true });
    const both = await presenter.next('presence', (m) => m.detached === 2);
    expect(both.detachedNames).toContain('Anna Lind');
    expect(both.detachedNames.find((n) => n !== 'Anna Lind')).toMatch(/^Guest .{4}$/);
  });

  it('refuses a wrong presenter key and unknown sessions at the handshake', async () => {
    server = await startServer();
    const { code } = await createSession(server.url);
    expect(await connectError(client(server.url, code, 'forged-key'))).toBe('invalid-key');
    expect(await connectError(client(server.url, 'ZZZZZZ'))).toBe('unknown-session');
    expect(await connectError(client(server.url, 'lower!'))).toBe('bad-handshake');
  });

  it('refuses drive messages from attendees; nobody else receives them', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    await presenter.next('welcome');
    const forger = client(server.url, code);
    const victim = client(server.url, code);
    await forger.next('welcome');
    await victim.next('welcome');
    forger.send({ type: 'state', state: panorama(99) });
    forger.send({ type: 'take-control' });
    forger.send({ type: 'pointer', pointer: { x: 0, y: 0 } });
    expect((await forger.next('rejected')).reason).toBe('not-presenter');
    expect((await forger.next('rejected')).reason).toBe('not-presenter');
    expect((await forger.next('rejected')).reason).toBe('not-presenter');
    // A marker from the real presenter arrives after anything the forger could have caused.
    presenter.send({ type: 'state', state: panorama(5) });
    await victim.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 5);
    expect(victim.received.filter((m) => m.type === 'state' || m.type === 'pointer' || m.type === 'control')).toHaveLength(1);
  });

  it('refuses malformed, oversized and flooding messages per connection; others are unaffected', async () => {
    server = await startServer({ channel: { messagesPerSecond: 30, messagesBurst: 60 } });
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    const attendee = client(server.url, code);
    await presenter.next('welcome');
    await attendee.next('welcome');

    presenter.send({ type: 'state', state: { scene: 'x', view: { kind: 'panorama', yaw: 'NaN' }, card: null } });
    expect((await presenter.next('rejected')).reason).toBe('invalid');
    presenter.socket.emit('live', { v: 999, type: 'state', state: panorama(1) });
    expect((await presenter.next('rejected')).reason).toBe('invalid');
    presenter.socket.emit('live', 'just a string');
    expect((await presenter.next('rejected')).reason).toBe('invalid');
    presenter.send({ type: 'state', state: { ...panorama(1), scene: 'a'.repeat(2000) } });
    expect((await presenter.next('rejected')).reason).toBe('too-large');

    // A flood: 500 messages at once pass only up to the burst (and the rate meanwhile); the sender hears
    // "rate-limited", then spends its budget of refusals and is cut off.
    const started = Date.now();
    const cutOff = new Promise<void>((resolve) => presenter.socket.once('disconnect', () => resolve()));
    for (let i = 0; i < 500; i++) presenter.send({ type: 'state', state: panorama(i % 180) });
    expect((await presenter.next('rejected')).reason).toBe('rate-limited');
    await cutOff;
    // The attendee got at most that, never the invalid ones, and is still connected. Its connection is not the
    // presenter's: what passed may reach it after the presenter's was cut.
    await attendee.next('state');
    const states = attendee.received.filter((m) => m.type === 'state');
    expect(states.length).toBeLessThanOrEqual(60 + Math.ceil(((Date.now() - started) / 1000) * 30));
    expect(attendee.socket.connected).toBe(true);
  });

  it('passes control explicitly between presenters; only the one in control drives', async () => {
    server = await startServer();
    const { code, presenters } = await createSession(server.url, { presenters: ['Anna', 'Bo'] });
    const anna = client(server.url, code, keyOf(presenters[0]!.url));
    await anna.next('welcome');
    const bo = client(server.url, code, keyOf(presenters[1]!.url));
    expect(await bo.next('welcome')).toMatchObject({ you: 'p2', driver: 'p1' });
    const attendee = client(server.url, code);
    await attendee.next('welcome');

    bo.send({ type: 'state', state: panorama(1) });
    expect((await bo.next('rejected')).reason).toBe('not-in-control');
    anna.send({ type: 'hand-over', to: 'p2' });
    expect((await attendee.next('control')).driver).toBe('p2');
    bo.send({ type: 'state', state: panorama(2) });
    expect((await attendee.next('state')).state).toEqual(panorama(2));
    anna.send({ type: 'state', state: panorama(3) });
    expect((await anna.next('rejected')).reason).toBe('not-in-control');
    anna.send({ type: 'take-control' });
    expect((await attendee.next('control')).driver).toBe('p1');
  });

  it('a dropped connection reconnects by itself and resyncs to what it missed', async () => {
    server = await startServer();
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    await presenter.next('welcome');
    const attendee = client(server.url, code);
    await attendee.next('welcome');
    presenter.send({ type: 'state', state: panorama(10) });
    await attendee.next('state');

    // Cut the transport under the client, as a network drop would.
    attendee.socket.io.engine.close();
    presenter.send({ type: 'state', state: panorama(20) });
    const again = await attendee.next('welcome');
    expect(again.state).toEqual(panorama(20));
  });

  it('after a server restart, clients reconnect to the restored session and the presenter resumes', async () => {
    const storeFile = join(mkdtempSync(join(tmpdir(), 'sitevisit-live-')), 'sessions.json');
    server = await startServer({ storeFile });
    const port = server.port;
    const { code, presenterUrl } = await createSession(server.url);
    const presenter = client(server.url, code, keyOf(presenterUrl));
    await presenter.next('welcome');
    const attendee = client(server.url, code);
    await attendee.next('welcome');
    presenter.send({ type: 'state', state: panorama(42) });
    await attendee.next('state');

    await server.close();
    expect(readFileSync(storeFile, 'utf8')).not.toContain(keyOf(presenterUrl));
    server = await startServer({ storeFile }, port);
    const [p, a] = await Promise.all([presenter.next('welcome', undefined, 10_000), attendee.next('welcome', undefined, 10_000)]);
    expect(p).toMatchObject({ role: 'presenter', driver: 'p1', state: panorama(42) });
    expect(a.state).toEqual(panorama(42));
    presenter.send({ type: 'state', state: panorama(43) });
    expect((await attendee.next('state')).state).toEqual(panorama(43));
  }, 20_000);

  it('sessions expire after inactivity: attendees are told and disconnected; the code stops working', async () => {
    server = await startServer({ ttlSeconds: 0.3, channel: { sweepEveryMs: 100 } });
    const { code } = await createSession(server.url);
    const attendee = client(server.url, code);
    await attendee.next('welcome');
    expect((await attendee.next('rejected', undefined, 3000)).reason).toBe('expired');
    expect(await connectError(client(server.url, code))).toBe('unknown-session');
  });
});
