/**
 * Redis going away under a live server (a real `redis-server` without
 * persistence, killed and restarted empty on the same port): while it is
 * down, POST /api/live answers 503, live connections are closed and their
 * handshakes refused with `unavailable` (pages show "reconnecting" and retry),
 * the outage is logged once and the process carries on; when Redis returns,
 * empty, the server writes back the sessions it holds, and the presenter and
 * attendees reconnect by themselves and follow again. Also: Redis down at start.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { connect, createSession, keyOf, panorama, startServer, type Client, type TestServer } from './helpers';
import { exited, freePort, startRedis } from './processes';

const children: ChildProcess[] = [];
const clients: Client[] = [];
let server: TestServer | undefined;
let other: TestServer | undefined;
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  await other?.close();
  server = other = undefined;
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
});

async function redisOn(port: number) {
  const { child } = await startRedis(port);
  children.push(child);
  return {
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** A client that, like the live page (src/live/start.ts), retries a refused handshake by itself. */
function page(...args: Parameters<typeof connect>) {
  const c = connect(...args);
  clients.push(c);
  const refusals: string[] = [];
  c.socket.on('connect_error', (e) => {
    refusals.push(e.message);
    if (!c.socket.active) setTimeout(() => c.socket.connect(), 200);
  });
  return { ...c, refusals };
}

const post = (url: string) => fetch(`${url}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
const outages = () => server?.logs.filter((l) => l.includes('Redis unavailable')) ?? [];

it('Redis killed under a running session and restarted empty: 503 while down, then the session carries on', async () => {
  const port = await freePort();
  const redis = await redisOn(port);
  server = await startServer({ redisUrl: `redis://127.0.0.1:${port}` });
  const url = server.url;
  const session = await createSession(url, { presenters: ['Anna'] });
  const presenter = page(url, session.code, keyOf(session.presenterUrl));
  await presenter.next('welcome');
  const attendee = page(url, session.code);
  await attendee.next('welcome');
  // A second server sharing the Redis (the rooms span both through its pub/sub).
  other = await startServer({ redisUrl: `redis://127.0.0.1:${port}` });
  const elsewhere = page(other.url, session.code);
  await elsewhere.next('welcome');
  presenter.send({ type: 'state', state: panorama(10) });
  expect((await attendee.next('state')).state).toEqual(panorama(10));
  expect((await elsewhere.next('state')).state).toEqual(panorama(10));
  // The state reaches the store's mirror with the channel's next save (250 ms); Redis is about to lose it anyway.

  const dropped = new Promise<string>((resolve) => attendee.socket.once('disconnect', resolve));
  await redis.kill();
  // Connected pages lose their connection (and show "reconnecting"), not a frozen tour.
  expect(await dropped).toBe('transport close');
  await expect.poll(() => attendee.refusals.filter((r) => r === 'unavailable').length, { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(3);
  const started = Date.now();
  const refused = await post(url);
  expect(refused.status).toBe(503);
  expect(await refused.json()).toEqual({ error: 'live sessions are unavailable' });
  expect(Date.now() - started).toBeLessThan(1000);
  expect(server.live.health()).toMatchObject({ kind: 'redis', available: false });
  // Several reconnection attempts and refusals later, the outage is one line.
  expect(outages()).toHaveLength(1);

  await redisOn(port); // empty: no persistence
  const [p, a] = await Promise.all([presenter.next('welcome', undefined, 15_000), attendee.next('welcome', undefined, 15_000)]);
  expect(p).toMatchObject({ role: 'presenter', driver: 'p1', state: panorama(10) });
  expect(a).toMatchObject({ role: 'attendee', driver: 'p1', state: panorama(10) });
  await elsewhere.next('welcome', undefined, 15_000);
  presenter.send({ type: 'state', state: panorama(20) });
  expect((await attendee.next('state')).state).toEqual(panorama(20));
  // Across servers too: the pub/sub subscriptions were renewed.
  expect((await elsewhere.next('state')).state).toEqual(panorama(20));
  expect((await post(url)).status).toBe(201);
  // Both servers mirror the session (one created it, the other served it); whichever is first writes it back.
  const written = (t?: TestServer) => Number(t?.logs.join('\n').match(/Redis is back after \d+ s; (\d+) session\(s\) it had lost written back/)?.[1] ?? NaN);
  await expect.poll(() => written(server) + written(other), { timeout: 5000, interval: 50 }).toBe(1);
  expect(outages()).toHaveLength(1);

  // The session is in Redis again, whole, for the other processes.
  const check = new Redis(port, '127.0.0.1');
  try {
    const hash = await check.hgetall(`sitevisit:live:${session.code}`);
    expect(JSON.parse(hash.meta as string)).toMatchObject({ code: session.code, tour: 'processum' });
    expect(await check.ttl(`sitevisit:live:${session.code}`)).toBeGreaterThan(0);
    expect(server.logs.join('\n')).not.toContain(keyOf(session.presenterUrl));
  } finally {
    check.disconnect();
  }
}, 60_000);

it('Redis down at start: 503 at once, logged once while it keeps reconnecting, sessions work once it is up', async () => {
  const port = await freePort();
  // Something that accepts and drops connections, counting the attempts, stands in for a Redis that is not there.
  let attempts = 0;
  const sockets = new Set<Socket>();
  const refuser: Server = createServer((socket) => {
    attempts += 1;
    sockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => refuser.listen(port, '127.0.0.1', resolve));
  server = await startServer({ redisUrl: `redis://127.0.0.1:${port}` });

  const started = Date.now();
  const refused = await post(server.url);
  expect(refused.status).toBe(503);
  expect(Date.now() - started).toBeLessThan(3000);
  await expect.poll(() => attempts, { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(4);
  expect((await post(server.url)).status).toBe(503);
  expect(outages()).toHaveLength(1);

  await new Promise((resolve) => refuser.close(resolve));
  await redisOn(port);
  await expect.poll(async () => (await post(server!.url)).status, { timeout: 10_000, interval: 100 }).toBe(201);
  const session = await createSession(server.url);
  const presenter = page(server.url, session.code, keyOf(session.presenterUrl));
  await presenter.next('welcome');
  expect(outages()).toHaveLength(1);
}, 60_000);
