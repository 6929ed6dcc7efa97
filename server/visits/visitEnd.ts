/**
 * When a visit is over. A speaker ends it with End visit; otherwise it closes
 * by itself at its scheduled end plus an overrun grace (its own `overrunMinutes`,
 * else the site's VISIT_OVERRUN_MINUTES: `siteOverrunMinutes` below),
 * so a presentation that runs a little long is not cut off mid-sentence, and
 * guests who reconnect during the overrun still get back in. Closing is one
 * conditional write (`ended_at` from null), so when several processes try, one
 * does it and the others see it done.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import type { Visit } from './visitStore';

/** Minutes a visit may run past its scheduled end before it closes by itself (VISIT_OVERRUN_MINUTES). */
export const DEFAULT_OVERRUN_MINUTES = 15;

/** The visit's overrun grace in minutes: the one it was scheduled with, else the site's. */
export const overrunOf = (visit: Pick<Visit, 'overrunMinutes'>, siteOverrunMinutes: number): number => visit.overrunMinutes ?? siteOverrunMinutes;

/** When the visit closes by itself unless a speaker ends it first (ms since 1970). */
export const closesAt = (visit: Pick<Visit, 'endsAt' | 'overrunMinutes'>, siteOverrunMinutes: number): number =>
  visit.endsAt.getTime() + overrunOf(visit, siteOverrunMinutes) * 60_000;

/** Closed, or past its closing time (the timer that closes it may not have run yet). */
export const isOver = (visit: Pick<Visit, 'endsAt' | 'endedAt' | 'overrunMinutes'>, now: Date, siteOverrunMinutes: number): boolean =>
  visit.endedAt !== null || now.getTime() >= closesAt(visit, siteOverrunMinutes);

/** `closesAt` of a `visits` row inside a query (ms since 1970; both engines compute it alike). */
export const closesAtSql = (siteOverrunMinutes: number) => sql<number>`(ends_at + coalesce(overrun_minutes, ${siteOverrunMinutes}) * 60000)`;

/**
 * Marks the visit closed at `at` unless it is closed already; true when this call closed it. `endsAt` moves
 * to `at` when that is earlier (ended ahead of schedule), and `startsAt` when given (run before its planned start).
 * Guests' stays still open are closed at `at` in the same transaction.
 */
export async function markEnded(db: Kysely<Database>, visit: Pick<Visit, 'id' | 'endsAt'>, at: number, startsAt?: number): Promise<boolean> {
  const earlier = at < visit.endsAt.getTime() ? { ends_at: at } : {};
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('visits')
      .set({ ended_at: at, ...earlier, ...(startsAt !== undefined ? { starts_at: startsAt } : {}) })
      .where('id', '=', visit.id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    // Stays still open end with the visit, also those a crashed process could not close.
    const guests = trx.selectFrom('registrations').select('id').where('visit_id', '=', visit.id);
    await trx.updateTable('attendance').set({ left_at: at }).where('left_at', 'is', null).where('registration_id', 'in', guests).execute();
    return true;
  });
}

/** Visits not closed yet whose closing time comes before `until`, for the closing timers. */
export async function visitsClosingBefore(db: Kysely<Database>, until: number, siteOverrunMinutes: number): Promise<{ id: string; liveCode: string | null; closesAt: number }[]> {
  const closing = closesAtSql(siteOverrunMinutes);
  const rows = await db
    .selectFrom('visits')
    .select(['id', 'live_code', closing.as('closes_at')])
    .where('ended_at', 'is', null)
    // No overrun is negative: `ends_at` alone narrows the search on the (ended_at, ends_at) index first.
    .where('ends_at', '<', until)
    .where(closing, '<', until)
    .execute();
  return rows.map((r) => ({ id: r.id, liveCode: r.live_code, closesAt: Number(r.closes_at) }));
}
