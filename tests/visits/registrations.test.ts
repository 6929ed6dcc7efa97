/**
 * Seats, the waiting list and the guest's data on both real engines: the same
 * cases against SQLite and PostgreSQL. 100 registrations racing for 50 seats
 * end as exactly 50 confirmed and 50 waiting; a cancellation moves the first
 * waiting guest up; the same address twice is one registration; erasure,
 * retention and reminders touch exactly what they should.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES, useTestStorage } from '../storage/engines';
import type { Storage } from '../../server/storage/open';
import { cancelByKey, register, registrationByKey, removeByEmail } from '../../server/visits/registrations';
import { claimDueReminders, deleteExpired, exportByEmail } from '../../server/visits/personalData';
import { attendanceCsv, attendanceOf, recordJoined, recordLeft } from '../../server/visits/attendance';
import { guest, HOUR, scheduleVisit } from './fixtures';

const now = new Date('2027-03-01T12:00:00Z');
const join = (db: Storage['db'], code: string, n: number, keyHash = `key-${code}-${n}`, at = now) => register(db, code, guest(n), { now: at, keyHash, rekeyExisting: false });

describe.each(ENGINES)('registrations on %s', (engine) => {
  const testDb = useTestStorage(engine);

  it('gives 50 seats to exactly 50 of 100 guests registering at once, and waiting places to the other 50', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now, { capacity: 50 });
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, n) => join(testDb.storage.db, visit.code, n)));
    const statuses = outcomes.map((o) => (o.kind === 'created' ? o.registration.status : o.kind));
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(50);
    const stored = await testDb.storage.db.selectFrom('registrations').select(['status', 'email']).where('visit_id', '=', visit.id).execute();
    expect(stored).toHaveLength(100);
    expect(new Set(stored.map((r) => r.email)).size).toBe(100);
  }, 60_000);

  it('keeps one registration per address, whatever its case', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now);
    const first = await join(testDb.storage.db, visit.code, 1);
    const again = await register(testDb.storage.db, visit.code, { ...guest(1), name: 'Someone else' }, { now, keyHash: 'other', rekeyExisting: false });
    expect(first.kind).toBe('created');
    expect(again).toMatchObject({ kind: 'existing', rekeyed: false, registration: { name: 'Guest 1' } });
    // The old link still works; with e-mail on, the address gets a new one and the old stops.
    expect(await registrationByKey(testDb.storage.db, `key-${visit.code}-1`)).not.toBeNull();
    await register(testDb.storage.db, visit.code, guest(1), { now, keyHash: 'new-key', rekeyExisting: true });
    expect(await registrationByKey(testDb.storage.db, `key-${visit.code}-1`)).toBeNull();
    expect((await registrationByKey(testDb.storage.db, 'new-key'))?.registration.email).toBe('guest1@example.org');
  });

  it('moves the first waiting guest up when a confirmed guest cancels, and nobody when a waiting one does', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now, { capacity: 2 });
    for (const n of [1, 2, 3, 4]) await join(testDb.storage.db, visit.code, n);
    const cancelled = await cancelByKey(testDb.storage.db, `key-${visit.code}-1`);
    expect(cancelled?.removed.map((r) => r.email)).toEqual(['guest1@example.org']);
    expect(cancelled?.promoted.map((p) => p.registration.email)).toEqual(['guest3@example.org']);
    expect((await cancelByKey(testDb.storage.db, `key-${visit.code}-4`))?.promoted).toEqual([]);
    const left = await testDb.storage.db.selectFrom('registrations').select(['email', 'status']).where('visit_id', '=', visit.id).orderBy('seq').execute();
    expect(left).toEqual([
      { email: 'guest2@example.org', status: 'confirmed' },
      { email: 'guest3@example.org', status: 'confirmed' },
    ]);
    expect(await cancelByKey(testDb.storage.db, `key-${visit.code}-1`)).toBeNull(); // a cancelled link is dead
  });

  it('refuses registrations after the deadline, for unknown codes and in languages the visit does not offer', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now, { registrationDeadline: new Date(now.getTime() + HOUR) });
    expect((await join(testDb.storage.db, visit.code, 1, 'k', new Date(now.getTime() + 2 * HOUR))).kind).toBe('closed');
    expect((await join(testDb.storage.db, 'ZZZZZZ', 1)).kind).toBe('unknown-visit');
    expect((await register(testDb.storage.db, visit.code, guest(2, 'de'), { now, keyHash: 'de', rekeyExisting: false })).kind).toBe('language');
    expect(await testDb.storage.db.selectFrom('registrations').selectAll().where('visit_id', '=', visit.id).execute()).toEqual([]);
  });

  it('exports and deletes everything under one address, passing freed seats on', async () => {
    const a = await scheduleVisit(testDb.storage.db, now, { capacity: 1 });
    const b = await scheduleVisit(testDb.storage.db, now, { capacity: 1, title: 'Biorefinery' });
    // Addresses no other case here uses (the 100-guest case took guest0 … guest99).
    await join(testDb.storage.db, a.code, 107);
    await join(testDb.storage.db, a.code, 108);
    await join(testDb.storage.db, b.code, 107);
    const exported = await exportByEmail(testDb.storage.db, 'guest107@example.org');
    expect(exported.registrations.map((r) => r.visit.title).sort()).toEqual(['Biorefinery', 'Distillation column']);
    const removal = await removeByEmail(testDb.storage.db, 'guest107@example.org');
    expect(removal.removed).toHaveLength(2);
    expect(removal.promoted.map((p) => p.registration.email)).toEqual(['guest108@example.org']);
    expect((await exportByEmail(testDb.storage.db, 'guest107@example.org')).registrations).toEqual([]);
  });

  it('deletes registrations a set number of days after their visit ended, and no others', async () => {
    const old = await scheduleVisit(testDb.storage.db, now, { startsAt: new Date(now.getTime() + HOUR) });
    const later = await scheduleVisit(testDb.storage.db, now);
    await join(testDb.storage.db, old.code, 1);
    await join(testDb.storage.db, later.code, 1);
    const afterOld = new Date(old.endsAt.getTime() + 30 * 24 * HOUR);
    expect(await deleteExpired(testDb.storage.db, new Date(afterOld.getTime() - HOUR), 30)).toBe(0);
    expect(await deleteExpired(testDb.storage.db, new Date(afterOld.getTime() + HOUR), 30)).toBe(1);
    expect(await testDb.storage.db.selectFrom('registrations').select('visit_id').where('visit_id', 'in', [old.id, later.id]).execute()).toEqual([{ visit_id: later.id }]);
  });

  it('claims each due reminder once, only for confirmed guests who registered before the reminder window', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now, { capacity: 1, startsAt: new Date(now.getTime() + 3 * HOUR) });
    await join(testDb.storage.db, visit.code, 1); // confirmed
    await join(testDb.storage.db, visit.code, 2); // waiting
    expect(await claimDueReminders(testDb.storage.db, new Date(now.getTime() + HOUR), 60)).toEqual([]); // too early
    const due = new Date(now.getTime() + 2.5 * HOUR);
    const [first, second] = await Promise.all([claimDueReminders(testDb.storage.db, due, 60), claimDueReminders(testDb.storage.db, due, 60)]);
    expect([...first!, ...second!].map((r) => r.guest.email)).toEqual(['guest1@example.org']);
  });

  it('sums each guest’s minutes present for the attendance CSV', async () => {
    const visit = await scheduleVisit(testDb.storage.db, now);
    await join(testDb.storage.db, visit.code, 1);
    await register(testDb.storage.db, visit.code, { ...guest(2), name: '=cmd|evil', organisation: 'Acme, "Ltd"' }, { now, keyHash: 'csv-2', rekeyExisting: false });
    const one = (await registrationByKey(testDb.storage.db, `key-${visit.code}-1`))!.registration;
    const start = visit.startsAt.getTime();
    const first = await recordJoined(testDb.storage.db, one.id, new Date(start));
    await recordLeft(testDb.storage.db, first, new Date(start + 20 * 60_000));
    const second = await recordJoined(testDb.storage.db, one.id, new Date(start + 30 * 60_000));
    await recordLeft(testDb.storage.db, second, new Date(start + 45 * 60_000));
    const rows = await attendanceOf(testDb.storage.db, visit, new Date(start + 2 * HOUR), 0);
    expect(rows.map((r) => [r.name, r.minutes])).toEqual([['Guest 1', 35], ['=cmd|evil', 0]]);
    const csv = attendanceCsv(rows).split('\r\n');
    expect(csv[0]).toBe('name,organisation,language,joined,left,minutes present');
    expect(csv[1]).toBe(`Guest 1,,en,${new Date(start).toISOString()},${new Date(start + 45 * 60_000).toISOString()},35`);
    expect(csv[2]).toBe(`'=cmd|evil,"Acme, ""Ltd""",en,,,0`);
  });
});
