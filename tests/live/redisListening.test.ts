/**
 * A server process that starts while its Redis subscription is slow to become active (Redis busy,
 * a slow network) must not let attendees in before it hears the other processes: a room broadcast
 * published before the subscription is active is lost for good (Redis pub/sub keeps nothing), so
 * an attendee let in early would never get the presenter's state from the other process. Here process B reaches Redis through a proxy that holds its PSUBSCRIBE back for a
 * while; B is up (it prints `listening`) all along. Attendees of B are let in only once B hears A,
 * and then get Anna's state from A.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { connectError, createSession, keyOf, panorama, trackClients, type Client } from './helpers';
import { exited, serveLive, startRedis } from './processes';

/** How long the proxy holds B's subscription back. */
const HOLD_MS = 2500;
const children: ChildProcess[] = [];
let proxy: Server;
const sockets: Socket[] = [];
let urlA = '';
let urlB = '';

/** A TCP proxy to Redis that forwards everything, except that a chunk with PSUBSCRIBE waits HOLD_MS (and what follows it waits behind it). */
function holdingProxy(redisPort: number): Promise<number> {
  proxy = createServer((inbound) => {
    const outbound = createConnection(redisPort, '127.0.0.1');
    sockets.push(inbound, outbound);
    let queue = Promise.resolve();
    inbound.on('data', (chunk) => {
      const hold = /psubscribe/i.test(chunk.toString('latin1'));
      queue = queue.then(() => (hold ? new Promise((r) => setTimeout(r, HOLD_MS)) : undefined)).then(() => void outbound.write(chunk));
    });
    outbound.on('data', (chunk) => inbound.write(chunk));
    for (const [a, b] of [[inbound, outbound], [outbound, inbound]] as const) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve((proxy.address() as { port: number }).port)));
}

beforeAll(async () => {
  const redis = await startRedis();
  children.push(redis.child);
  const port = await holdingProxy(Number(new URL(redis.url).port));
  const a = await serveLive({ REDIS_URL: redis.url });
  children.push(a.child);
  urlA = a.url;
  const b = await serveLive({ REDIS_URL: `redis://127.0.0.1:${port}`, LIVE_LISTEN_AT_ONCE: '1' });
  children.push(b.child);
  urlB = b.url;
}, 60_000);
afterAll(async () => {
  for (const child of children.reverse()) {
    child.kill('SIGTERM');
    await exited(child);
  }
  for (const s of sockets) s.destroy();
  await new Promise((r) => proxy?.close(r));
});

const client = trackClients();

/** Joins as an attendee as the pages do: a refusal that asks to retry (`unavailable`) is retried. */
async function attendee(url: string, code: string): Promise<Client> {
  for (;;) {
    const c = client(url, code, undefined, { reconnection: false });
    const outcome = await Promise.race([c.next('welcome', undefined, 10_000).then(() => 'welcome'), connectError(c)]);
    if (outcome === 'welcome') return c;
    expect(outcome).toBe('unavailable');
    c.close();
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('lets attendees of a process in only once it hears the other processes, so they get the state', async () => {
  const { code, presenters } = await createSession(urlA, { presenters: ['Anna'] });
  const anna = client(urlA, code, keyOf(presenters[0]!.url));
  await anna.next('welcome');
  const started = Date.now();
  const onB = await attendee(urlB, code);
  anna.send({ type: 'state', state: panorama(11) });
  expect((await onB.next('state')).state).toEqual(panorama(11));
  // B was up before its subscription was: the wait was the handshake's, not the process start's.
  expect(Date.now() - started).toBeGreaterThan(HOLD_MS / 2);
}, 60_000);
