/**
 * The Redis session store against a real redis-server: count() (for the
 * global cap) sees every process's open sessions and forgets expired ones;
 * writes never resurrect an expired session; a session Redis lost is written
 * back from this process's mirror when it is asked for.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createRedisStore } from '../../server/live/store';
import { createRedisClients } from '../../server/live/redisClients';
import { exited, startRedis } from './processes';
import { panorama } from './helpers';

let child: ChildProcess;
let redisUrl = '';
const clients: Redis[] = [];
beforeAll(async () => {
  ({ child, url: redisUrl } = await startRedis());
}, 30_000);
afterAll(async () => {
  for (const c of clients) c.disconnect();
  child.kill('SIGKILL');
  await exited(child);
});

const storeWith = (ttlSeconds: number) => {
  const { client, subscriber } = createRedisClients(redisUrl);
  clients.push(client, subscriber);
  return createRedisStore(client, ttlSeconds, { log: () => {} });
};
const record = (code: string) => ({ code, tour: 'processum', presenters: [{ id: 'p1', name: 'Anna', keyHash: 'h' }], driver: null, state: null, pointer: null, stateAt: 0, touchedAt: Date.now() });

it('counts open sessions across processes, forgets expired ones, and never resurrects them', async () => {
  const a = storeWith(1);
  const b = storeWith(1);
  expect(await a.create(record('CNT001'))).toBe(true);
  expect(await b.create(record('CNT001'))).toBe(false);
  expect(await b.create(record('CNT002'))).toBe(true);
  expect(await a.count()).toBe(2);
  await expect.poll(() => b.count(), { timeout: 5000, interval: 100 }).toBe(0);
  await a.saveState('CNT001', { state: panorama(1), pointer: null, stateAt: 1 });
  expect(await a.get('CNT001')).toBeNull();
  expect(await b.get('CNT002')).toBeNull();
});

it('a session Redis lost is written back from the mirror of the process that holds it', async () => {
  const a = storeWith(3600);
  await a.create(record('LOST01'));
  await a.saveState('LOST01', { state: panorama(9), pointer: null, stateAt: 9 });
  const admin = new Redis(redisUrl);
  clients.push(admin);
  await admin.flushall();
  expect(await a.get('LOST01')).toMatchObject({ state: panorama(9), stateAt: 9 });
  expect(await admin.exists('sitevisit:live:LOST01')).toBe(1);
  expect(await admin.ttl('sitevisit:live:LOST01')).toBeGreaterThan(3000);
  expect(await a.count()).toBe(1);
});
