/**
 * Two server processes on one PostgreSQL and one Redis, as behind a load balancer: a guest
 * registers on one, guests wait in the lobby on both, the doors opened on one let both lobbies in,
 * and questions, votes and polls cross from one process to the other.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exited, start, startRedis, node } from '../live/processes';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { organizer, registration, secretOf, visitRequest } from './http';
import { call, visitClient, type VisitClient } from './liveApp';

const ORGANIZER = organizer.Authorization.slice('Bearer '.length);
const children: ChildProcess[] = [];
const clients: VisitClient[] = [];
let db: TestDatabase;
let a = '';
let b = '';

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  if (!('databaseUrl' in db.place)) throw new Error('expected PostgreSQL');
  const redis = await startRedis();
  children.push(redis.child);
  const { command, args } = node(new URL('./fixtures/serve-visits.ts', import.meta.url).pathname);
  const env = { DATABASE_URL: db.place.databaseUrl, REDIS_URL: redis.url };
  // One after the other: both would migrate the fresh database (Kysely's lock makes that safe, but slower).
  const first = await start(command, args, env, /listening (\d+)/);
  const second = await start(command, args, env, /listening (\d+)/);
  children.push(first.child, second.child);
  a = `http://127.0.0.1:${first.match[1]}`;
  b = `http://127.0.0.1:${second.match[1]}`;
}, 90_000);
afterAll(async () => {
  for (const c of clients) c.close();
  for (const child of children.reverse()) {
    child.kill('SIGTERM');
    await exited(child);
  }
  await db?.remove();
});

const client = (...args: Parameters<typeof visitClient>) => {
  const c = visitClient(...args);
  clients.push(c);
  return c;
};

it('runs one visit across two processes: lobby, doors, questions, votes and a poll', async () => {
  const visit = (await call(a, 'POST', '/api/visits', { bearer: ORGANIZER, body: visitRequest({ capacity: 5 }, 20 / 1440) })).body;
  const speakerKey = secretOf(visit.speakers[0].presenterUrl);
  const one = secretOf((await call(a, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(1) })).body.joinUrl);
  const two = secretOf((await call(b, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(2) })).body.joinUrl);
  // Both processes agree on one live session.
  const [codeA, codeB] = await Promise.all([call(a, 'GET', '/api/registrations/me', { bearer: one }), call(b, 'GET', '/api/registrations/me', { bearer: two })]);
  const { code } = codeA.body.live;
  expect(codeB.body.live.code).toBe(code);

  const speaker = client(a, code, { key: speakerKey });
  await speaker.next('visit-welcome');
  const guestA = client(a, code, { guest: one });
  const guestB = client(b, code, { guest: two });
  await guestA.next('visit-welcome', (m) => !m.doorsOpen);
  await guestB.next('visit-welcome', (m) => !m.doorsOpen);
  await speaker.next('roster', (m) => m.roster.lobby === 2);

  // The doors open through process B's API: the lobbies of both processes enter.
  expect((await call(b, 'POST', `/api/visits/${visit.code}/doors`, { bearer: speakerKey, body: {} })).status).toBe(200);
  await guestA.next('welcome');
  await guestB.next('welcome');

  // A question asked on B reaches the speaker on A; a vote on A reaches the asker on B.
  guestB.visit({ type: 'ask', ref: 'q', text: 'Across?', where: { tour: 'demo', scene: 'hall', view: { kind: 'panorama', yaw: 1, pitch: 2, fov: 60 }, card: null } });
  const question = (await guestB.next('done')).id as string;
  expect((await speaker.next('question')).question).toMatchObject({ id: question, text: 'Across?' });
  guestA.visit({ type: 'vote', question });
  expect((await guestB.next('question', (m) => m.question.votes === 1)).question.id).toBe(question);

  // A poll opened on A, voted on both, counted for everyone.
  speaker.visit({ type: 'open-poll', ref: 'p', question: 'Yes?', options: ['Yes', 'No'] });
  const poll = (await speaker.next('done', (m) => m.ref === 'p')).id as string;
  await guestB.next('poll');
  guestA.visit({ type: 'poll-vote', poll, option: 0 });
  guestB.visit({ type: 'poll-vote', poll, option: 1 });
  await guestB.next('poll', (m) => m.poll.counts.join() === '1,1');
  await speaker.next('roster', (m) => m.roster.present === 2);
}, 90_000);
