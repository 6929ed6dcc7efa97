/**
 * Two servers (each with its own connection pool, as two processes behind a
 * load balancer have) on one PostgreSQL database: 100 guests registering at
 * once for a 50-seat visit, half through each, end as exactly 50 confirmed and
 * 50 on the waiting list, none lost or doubled; a cancellation on one server
 * moves a guest up that the other one reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { organizer, registration, secretOf, startVisitsServer, visitRequest, type VisitsServer } from './http';

let test: TestDatabase;
let a: VisitsServer;
let b: VisitsServer;
beforeAll(async () => {
  test = await createTestDatabase('postgres');
  if (!('databaseUrl' in test.place)) throw new Error('expected a PostgreSQL database');
  a = await startVisitsServer({ databaseUrl: test.place.databaseUrl, poolSize: 10 }, { registerPerMinute: 0 });
  b = await startVisitsServer({ databaseUrl: test.place.databaseUrl, poolSize: 10 }, { registerPerMinute: 0 });
}, 60_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await test?.remove();
});

describe('two servers on one PostgreSQL', () => {
  it('seat exactly 50 of 100 simultaneous registrations and wait-list the rest', async () => {
    const { code, id } = (await a.call('POST', '/api/visits', { headers: organizer, body: visitRequest({ capacity: 50 }) })).body;
    const answers = await Promise.all(Array.from({ length: 100 }, (_, n) => (n % 2 ? a : b).call('POST', `/api/visits/${code}/registrations`, { body: registration(n) })));
    expect(answers.map((r) => r.status)).toEqual(Array(100).fill(201));
    const statuses = answers.map((r) => r.body.status as string);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(50);
    const list = (await b.call('GET', `/api/visits/${id}/registrations`, { headers: organizer })).body as { email: string; status: string }[];
    expect(list).toHaveLength(100);
    expect(new Set(list.map((r) => r.email)).size).toBe(100);

    // A confirmed guest cancels through server A; the first on the waiting list, asked through B, has the seat.
    const confirmed = answers.find((r) => r.body.status === 'confirmed')!;
    const firstWaiting = list.find((r) => r.status === 'waiting')!;
    expect((await a.call('DELETE', '/api/registrations/me', { headers: { Authorization: `Bearer ${secretOf(confirmed.body.joinUrl)}` } })).status).toBe(204);
    const waitingAnswer = answers.find((r, n) => `guest${n}@example.org` === firstWaiting.email)!;
    expect((await b.call('GET', '/api/registrations/me', { headers: { Authorization: `Bearer ${secretOf(waitingAnswer.body.joinUrl)}` } })).body.status).toBe('confirmed');
    expect((await a.call('GET', '/api/visits', { headers: organizer })).body[0]).toMatchObject({ registered: 50, waiting: 49 });
  }, 60_000);
});
