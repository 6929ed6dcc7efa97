/**
 * The storage layer on both real engines: migrations bring an empty database
 * to the schema and are idempotent across restarts, a transaction that fails
 * leaves nothing behind, constraints hold, and times and counts come back as
 * the same numbers from both.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, useTestStorage } from './engines';
import { migrations } from '../../server/storage/migrations';
import { visitById } from '../../server/visits/visitStore';
import { visitsClosingBefore } from '../../server/visits/visitEnd';
import { HOUR, scheduleVisit } from '../visits/fixtures';

const visitRow = (id: string, code: string) => ({
  id,
  code,
  title: 'Distillery',
  tours: '["demo"]',
  starts_at: Date.parse('2027-05-04T08:00:00Z'),
  ends_at: Date.parse('2027-05-04T09:30:00Z'),
  time_zone: 'Europe/Stockholm',
  duration_minutes: 90,
  capacity: 50,
  languages: '["en","sv"]',
  meeting_url: null,
  registration_deadline: null,
  live_code: null,
  origin: 'http://example.test',
  created_at: Date.now(),
});

describe.each(ENGINES)('storage on %s', (engine) => {
  const testDb = useTestStorage(engine);

  it('reports its engine and applies every migration once, also when opened again', async () => {
    expect(testDb.storage.engine).toBe(engine);
    await testDb.reopen(); // a restart: nothing left to apply, nothing applied twice
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(testDb.storage.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
  });

  it('returns times (ms since 1970) and counts as numbers', async () => {
    await testDb.storage.db.insertInto('visits').values(visitRow('11111111-1111-4111-8111-111111111111', 'AAAAAA')).execute();
    const row = await testDb.storage.db.selectFrom('visits').selectAll().where('code', '=', 'AAAAAA').executeTakeFirstOrThrow();
    expect(row.starts_at).toBe(Date.parse('2027-05-04T08:00:00Z'));
    expect(row.capacity).toBe(50);
    const count = await testDb.storage.db.selectFrom('visits').select(sql<number>`cast(count(*) as integer)`.as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    // A time far beyond 2^32 seconds survives as an exact number too.
    const far = Date.parse('2999-12-31T23:59:59.999Z');
    await testDb.storage.db.updateTable('visits').set({ ends_at: far }).where('code', '=', 'AAAAAA').execute();
    expect((await testDb.storage.db.selectFrom('visits').select('ends_at').where('code', '=', 'AAAAAA').executeTakeFirstOrThrow()).ends_at).toBe(far);
  });

  it('keeps nothing of a transaction that fails half-way', async () => {
    const attempt = testDb.storage.db.transaction().execute(async (trx) => {
      await trx.insertInto('visits').values(visitRow('22222222-2222-4222-8222-222222222222', 'BBBBBB')).execute();
      await trx.insertInto('visits').values(visitRow('33333333-3333-4333-8333-333333333333', 'BBBBBB')).execute(); // same code: refused
    });
    await expect(attempt).rejects.toThrow(/unique|duplicate/i);
    const left = await testDb.storage.db.selectFrom('visits').select('code').where('code', '=', 'BBBBBB').execute();
    expect(left).toEqual([]);
  });

  it('refuses a visit without seats at the database too', async () => {
    const zero = { ...visitRow('44444444-4444-4444-8444-444444444444', 'CCCCCC'), capacity: 0 };
    await expect(testDb.storage.db.insertInto('visits').values(zero).execute()).rejects.toThrow(/check/i);
  });

  it('keeps a visit’s own overrun (null: the site’s) and finds visits by their own closing time', async () => {
    const { db } = testDb.storage;
    const now = new Date('2027-06-01T08:00:00Z');
    // All three end at 11:00; the site's overrun is 15 minutes.
    const schedule = (overrunMinutes?: number) => scheduleVisit(db, now, { startsAt: new Date(now.getTime() + 2 * HOUR), ...(overrunMinutes === undefined ? {} : { overrunMinutes }) });
    const [own, site, none] = [await schedule(30), await schedule(), await schedule(0)];
    expect([own, site, none].map((v) => v.overrunMinutes)).toEqual([30, null, 0]);
    expect((await visitById(db, own.id))?.overrunMinutes).toBe(30);
    expect((await visitById(db, site.id))?.overrunMinutes).toBeNull();
    // A row written before migration 004 (no column given) follows the site's.
    await db.insertInto('visits').values(visitRow('66666666-6666-4666-8666-666666666666', 'EEEEEE')).execute();
    expect((await db.selectFrom('visits').select('overrun_minutes').where('code', '=', 'EEEEEE').executeTakeFirstOrThrow()).overrun_minutes).toBeNull();

    const end = now.getTime() + 3 * HOUR;
    const closing = async (until: number) => (await visitsClosingBefore(db, until, 15)).filter((v) => [own.id, site.id, none.id].includes(v.id));
    expect(await closing(end)).toEqual([]);
    expect(await closing(end + 1)).toEqual([{ id: none.id, liveCode: null, closesAt: end }]);
    const byTheHalfHour = await closing(end + 31 * 60_000);
    expect(byTheHalfHour.map((v) => [v.id, v.closesAt]).sort()).toEqual(
      [
        [own.id, end + 30 * 60_000],
        [site.id, end + 15 * 60_000],
        [none.id, end],
      ].sort(),
    );
    // Out of range at the database too.
    await expect(db.updateTable('visits').set({ overrun_minutes: 241 }).where('id', '=', own.id).execute()).rejects.toThrow(/check/i);
    await expect(db.updateTable('visits').set({ overrun_minutes: -1 }).where('id', '=', own.id).execute()).rejects.toThrow(/check/i);
  });

  it('deletes a visit’s speakers and registrations with it', async () => {
    const id = '55555555-5555-4555-8555-555555555555';
    await testDb.storage.db.insertInto('visits').values(visitRow(id, 'DDDDDD')).execute();
    await testDb.storage.db.insertInto('visit_speakers').values({ id: 'sp-1', visit_id: id, position: 0, name: 'Anna', organisation: null, tour: null, key_hash: 'h1' }).execute();
    await testDb.storage.db.deleteFrom('visits').where('id', '=', id).execute();
    expect(await testDb.storage.db.selectFrom('visit_speakers').selectAll().where('visit_id', '=', id).execute()).toEqual([]);
  });
});
