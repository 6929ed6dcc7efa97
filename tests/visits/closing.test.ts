/**
 * A visit nobody ends closes by itself at its scheduled end plus the overrun grace
 * (VISIT_OVERRUN_MINUTES), with two server processes on one PostgreSQL and one Redis that were
 * killed and started again after the visit began (their closing timers come from the database):
 * during the overrun guests and the speaker get back in; at the closing time everyone hears
 * `ended` and is disconnected on both processes, the visit is recorded closed once (by one
 * process), the stays the killed processes left open are closed, and nobody gets in again. A
 * visit a speaker ended early is left as the speaker ended it. A visit scheduled with its own
 * overrun closes by that one, not the site's: 0 at its scheduled end, 30 minutes well after the site's.
 *
 * The restarted processes' clocks run ahead of the real one (CLOCK_AHEAD_MS), so the visit's
 * closing time comes seconds after their start rather than minutes.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/open';
import { exited, node, start, startRedis } from '../live/processes';
import { createTestDatabase, type TestDatabase } from '../storage/engines';
import { organizer, registration, secretOf, visitRequest } from './http';
import { call, visitClient, type VisitClient } from './liveApp';

const ORGANIZER = organizer.Authorization.slice('Bearer '.length);
const OVERRUN_MINUTES = 2;
/** How long after the restarted processes' start the visit closes, in real time: enough to reconnect on a loaded machine. */
const LEAD_MS = 20_000;
const children: ChildProcess[] = [];
const clients: VisitClient[] = [];
let db: TestDatabase;
let storage: Storage;
let redisUrl = '';

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  storage = await db.open();
  const redis = await startRedis();
  children.push(redis.child);
  redisUrl = redis.url;
}, 60_000);
afterAll(async () => {
  for (const c of clients) c.close();
  for (const child of children.reverse()) {
    child.kill('SIGTERM');
    await exited(child);
  }
  await storage?.close();
  await db?.remove();
});

async function serve(aheadMs: number) {
  if (!('databaseUrl' in db.place)) throw new Error('expected PostgreSQL');
  const { command, args } = node(new URL('./fixtures/serve-visits.ts', import.meta.url).pathname);
  const env = { DATABASE_URL: db.place.databaseUrl, REDIS_URL: redisUrl, VISIT_OVERRUN_MINUTES: String(OVERRUN_MINUTES), CLOCK_AHEAD_MS: String(aheadMs) };
  const server = await start(command, args, env, /listening (\d+)/);
  children.push(server.child);
  return { ...server, url: `http://127.0.0.1:${server.match[1]}` };
}

const client = (...args: Parameters<typeof visitClient>) => {
  const c = visitClient(...args);
  clients.push(c);
  return c;
};
const disconnected = (c: VisitClient) => new Promise<void>((resolve) => (c.socket.disconnected ? resolve() : c.socket.once('disconnect', () => resolve())));
const closedBy = (output: string, code: string) => output.split('\n').filter((line) => line.includes(`visit ${code} closed by itself`)).length;

it('closes a visit by itself at its end plus the overrun, once, after both processes restarted', async () => {
  const [a, b] = [await serve(0), await serve(0)];
  const request = visitRequest({ capacity: 5, durationMinutes: 5 }, 2 / 1440);
  const startsAt = new Date(request.startsAt).getTime();
  const schedule = async () => (await call(a.url, 'POST', '/api/visits', { bearer: ORGANIZER, body: request })).body;
  const visit = await schedule();
  const early = await schedule();
  const speakerKey = secretOf(visit.speakers[0].presenterUrl);
  const guests = [
    secretOf((await call(a.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(1) })).body.joinUrl),
    secretOf((await call(b.url, 'POST', `/api/visits/${visit.code}/registrations`, { body: registration(2) })).body.joinUrl),
  ];
  const { code } = (await call(a.url, 'GET', '/api/registrations/me', { bearer: guests[0] })).body.live;
  expect((await call(b.url, 'POST', `/api/visits/${visit.code}/doors`, { bearer: speakerKey, body: {} })).status).toBe(200);
  const before = [client(a.url, code, { guest: guests[0] }), client(b.url, code, { guest: guests[1] })];
  await Promise.all(before.map((g) => g.next('welcome')));

  // The other visit: its speaker opens the doors and ends it at once.
  const earlyKey = secretOf(early.speakers[0].presenterUrl);
  const earlyLive = (await call(a.url, 'POST', `/api/visits/${early.code}/doors`, { bearer: earlyKey, body: {} })).body.live.code;
  const earlySpeaker = client(a.url, earlyLive, { key: earlyKey });
  await earlySpeaker.next('visit-welcome');
  earlySpeaker.visit({ type: 'end-visit', ref: 'end' });
  await earlySpeaker.next('done', (m) => m.ref === 'end');
  const earlyEnded = (await storage.db.selectFrom('visits').select(['ended_at', 'ends_at']).where('code', '=', early.code).executeTakeFirstOrThrow()).ended_at;
  expect(earlyEnded).not.toBeNull();

  // Both processes die while guests are in (their stays stay open), and come back in the visit's overrun.
  for (const p of [a, b]) p.child.kill('SIGKILL');
  await Promise.all([exited(a.child), exited(b.child), ...before.map(disconnected)]);
  const closesAt = startsAt + (5 + OVERRUN_MINUTES) * 60_000;
  const ahead = closesAt - LEAD_MS - Date.now();
  const [a2, b2] = await Promise.all([serve(ahead), serve(ahead)]);
  const serverNow = () => Date.now() + ahead;
  expect(serverNow()).toBeGreaterThan(startsAt + 5 * 60_000); // past the scheduled end

  const again = [client(a2.url, code, { guest: guests[0] }), client(b2.url, code, { guest: guests[1] })];
  const speaker = client(b2.url, code, { key: speakerKey });
  await Promise.all([...again.map((g) => g.next('visit-welcome')), ...again.map((g) => g.next('welcome')), speaker.next('welcome')]);
  const me = (await call(b2.url, 'GET', '/api/registrations/me', { bearer: guests[1] })).body;
  expect(me.live.code).toBe(code);
  expect(me.visit.ended).toBe(false);
  expect(serverNow()).toBeLessThan(closesAt); // all of that happened before the close: the test proves the overrun

  // The closing time: everyone of the visit, on both processes, hears it and is disconnected.
  for (const c of [...again, speaker]) await c.next('ended', undefined, LEAD_MS + 30_000);
  await Promise.all([...again, speaker].map(disconnected));
  expect(serverNow()).toBeGreaterThanOrEqual(closesAt);

  const late = client(a2.url, code, { guest: guests[0] });
  expect(await late.refused()).toBe('visit-ended');
  expect((await call(b2.url, 'POST', `/api/visits/${visit.code}/presenter`, { bearer: speakerKey, body: {} })).status).toBe(410);
  expect((await call(a2.url, 'GET', `/api/visits/${visit.code}/follow-up`)).body.ended).toBe(true);
  const after = (await call(a2.url, 'GET', '/api/registrations/me', { bearer: guests[0] })).body;
  expect(after.visit.ended).toBe(true);
  expect(after.live).toBeUndefined();

  const row = await storage.db.selectFrom('visits').select(['id', 'ended_at', 'ends_at']).where('code', '=', visit.code).executeTakeFirstOrThrow();
  expect(row.ended_at).toBe(closesAt);
  expect(row.ends_at).toBe(startsAt + 5 * 60_000); // the schedule is kept
  const stays = await storage.db.selectFrom('attendance as s').innerJoin('registrations as r', 'r.id', 's.registration_id').select(['s.joined_at', 's.left_at']).where('r.visit_id', '=', row.id).execute();
  // Two stays the killed processes left open, two after the restart: all end at the close.
  expect(stays.map((s) => s.left_at)).toEqual([closesAt, closesAt, closesAt, closesAt]);

  // Recorded closed by one of the two processes; the visit a speaker had ended is left as it was.
  await expect.poll(() => closedBy(a2.output(), visit.code) + closedBy(b2.output(), visit.code)).toBe(1);
  expect(closedBy(a2.output(), early.code) + closedBy(b2.output(), early.code)).toBe(0);
  expect((await storage.db.selectFrom('visits').select('ended_at').where('code', '=', early.code).executeTakeFirstOrThrow()).ended_at).toBe(earlyEnded);
}, 120_000);

it('closes each visit by its own overrun when it has one, else by the site’s', async () => {
  const a = await serve(0);
  const schedule = async (overrunMinutes?: number) =>
    (await call(a.url, 'POST', '/api/visits', { bearer: ORGANIZER, body: visitRequest({ capacity: 5, durationMinutes: 5, ...(overrunMinutes === undefined ? {} : { overrunMinutes }) }, 2 / 1440) })).body;
  // All three start together and end 5 minutes later; the site's overrun is OVERRUN_MINUTES (2).
  const [hard, site, long] = [await schedule(0), await schedule(), await schedule(30)];
  const end = new Date((await call(a.url, 'GET', `/api/visits/${site.code}`)).body.endsAt).getTime();
  const keys = [site, long].map((v) => secretOf(v.speakers[0].presenterUrl));
  const lives = await Promise.all([site, long].map(async (v, i) => (await call(a.url, 'POST', `/api/visits/${v.code}/doors`, { bearer: keys[i], body: {} })).body.live.code as string));
  a.child.kill('SIGTERM');
  await exited(a.child);

  // Started again "later": the site's overrun closes `site` LEAD_MS from now; `hard` closed at its end while it was down.
  const siteCloses = end + OVERRUN_MINUTES * 60_000;
  const ahead = siteCloses - LEAD_MS - Date.now();
  const b = await serve(ahead);
  const speakers = [client(b.url, lives[0] as string, { key: keys[0] as string }), client(b.url, lives[1] as string, { key: keys[1] as string })];
  await Promise.all(speakers.map((s) => s.next('welcome')));
  const endedAt = async (code: string) => (await storage.db.selectFrom('visits').select('ended_at').where('code', '=', code).executeTakeFirstOrThrow()).ended_at;
  await expect.poll(() => endedAt(hard.code)).toBe(end);
  expect(await endedAt(site.code)).toBeNull();

  // The site's overrun: `site` closes (its speaker hears it); `long`, with 30 minutes of its own, runs on.
  await speakers[0]?.next('ended', undefined, LEAD_MS + 30_000);
  expect(await endedAt(site.code)).toBe(siteCloses);
  expect(await endedAt(long.code)).toBeNull();
  expect(speakers[1]?.received.some((m) => m.type === 'ended')).toBe(false);
  expect((await call(b.url, 'GET', `/api/visits/${long.code}`)).body.ended).toBe(false);
  const back = client(b.url, lives[1] as string, { key: keys[1] as string });
  await back.next('welcome');
  const listed = (await call(b.url, 'GET', '/api/visits', { bearer: ORGANIZER })).body as { code: string; overrunMinutes: number; ended: boolean }[];
  expect([hard, site, long].map((v) => listed.find((l) => l.code === v.code)).map((l) => [l?.overrunMinutes, l?.ended])).toEqual([
    [0, true],
    [OVERRUN_MINUTES, true],
    [30, false],
  ]);
  const lines = b.output().split('\n');
  expect(lines.some((l) => l.includes(`visit ${hard.code} closed by itself, 0 min after its scheduled end`))).toBe(true);
  expect(lines.some((l) => l.includes(`visit ${site.code} closed by itself, ${OVERRUN_MINUTES} min after its scheduled end`))).toBe(true);
  expect(lines.some((l) => l.includes(`visit ${long.code} closed`))).toBe(false);
}, 120_000);
