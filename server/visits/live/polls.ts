/**
 * Polls in the database: opened by a speaker with 2–6 options, one vote per
 * guest (the vote's key is the poll and the guest), live counts, closed by a
 * speaker. A vote and a close take the poll's row first, so a vote never
 * lands after the close it raced with.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Poll } from '../../../src/protocol/visitLive';
import type { Database } from '../../storage/schema';
import { iso } from './participant';

type PollRow = Database['visit_polls'];

async function countsOf(db: Kysely<Database> | Transaction<Database>, ids: string[]): Promise<Map<string, Map<number, number>>> {
  const byPoll = new Map<string, Map<number, number>>();
  if (ids.length === 0) return byPoll;
  const rows = await db
    .selectFrom('visit_poll_votes')
    .select(['poll_id', 'choice', sql<number>`cast(count(*) as integer)`.as('n')])
    .where('poll_id', 'in', ids)
    .groupBy(['poll_id', 'choice'])
    .execute();
  for (const r of rows) {
    const counts = byPoll.get(r.poll_id) ?? new Map<number, number>();
    counts.set(r.choice, Number(r.n));
    byPoll.set(r.poll_id, counts);
  }
  return byPoll;
}

function pollFromRow(row: PollRow, counts: Map<number, number> | undefined): Poll {
  const options = JSON.parse(row.options) as string[];
  return { id: row.id, question: row.question, options, counts: options.map((_, i) => counts?.get(i) ?? 0), open: row.closed_at === null, openedAt: iso(row.opened_at), closedAt: row.closed_at === null ? null : iso(row.closed_at) };
}

export async function openPoll(db: Kysely<Database>, visitId: string, question: string, options: string[], now: Date): Promise<Poll> {
  const row: PollRow = { id: randomUUID(), visit_id: visitId, question, options: JSON.stringify(options), opened_at: now.getTime(), closed_at: null };
  await db.insertInto('visit_polls').values(row).execute();
  return pollFromRow(row, undefined);
}

/** The poll's row, locked until the transaction ends (a no-op update locks on both engines). */
const lockPoll = (trx: Transaction<Database>, visitId: string, pollId: string) =>
  trx.updateTable('visit_polls').set((eb) => ({ id: eb.ref('id') })).where('id', '=', pollId).where('visit_id', '=', visitId).returningAll().executeTakeFirst();

/** The closed poll with its final counts (closing twice changes nothing), or null when there is no such poll. */
export function closePoll(db: Kysely<Database>, visitId: string, pollId: string, now: Date): Promise<Poll | null> {
  return db.transaction().execute(async (trx) => {
    const row = await lockPoll(trx, visitId, pollId);
    if (!row) return null;
    if (row.closed_at === null) {
      row.closed_at = now.getTime();
      await trx.updateTable('visit_polls').set({ closed_at: row.closed_at }).where('id', '=', pollId).execute();
    }
    return pollFromRow(row, (await countsOf(trx, [pollId])).get(pollId));
  });
}

export type PollVoteOutcome = { kind: 'ok'; poll: Poll } | { kind: 'unknown' | 'closed' | 'option' | 'already' };

export function votePoll(db: Kysely<Database>, visitId: string, registrationId: string, pollId: string, choice: number): Promise<PollVoteOutcome> {
  return db.transaction().execute(async (trx): Promise<PollVoteOutcome> => {
    const row = await lockPoll(trx, visitId, pollId);
    if (!row) return { kind: 'unknown' };
    if (row.closed_at !== null) return { kind: 'closed' };
    if (choice >= (JSON.parse(row.options) as string[]).length) return { kind: 'option' };
    const vote = await trx
      .insertInto('visit_poll_votes')
      .values({ poll_id: pollId, registration_id: registrationId, choice })
      .onConflict((oc) => oc.columns(['poll_id', 'registration_id']).doNothing())
      .returning('poll_id')
      .executeTakeFirst();
    if (!vote) return { kind: 'already' };
    return { kind: 'ok', poll: pollFromRow(row, (await countsOf(trx, [pollId])).get(pollId)) };
  });
}

/** Every poll of the visit with its counts, newest first. */
export async function pollsOf(db: Kysely<Database>, visitId: string): Promise<Poll[]> {
  const rows = await db.selectFrom('visit_polls').selectAll().where('visit_id', '=', visitId).orderBy('opened_at', 'desc').orderBy('id').execute();
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((r) => pollFromRow(r, counts.get(r.id)));
}

/** The option each poll of the visit got from this guest. */
export async function pollVotesBy(db: Kysely<Database>, registrationId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom('visit_poll_votes').select(['poll_id', 'choice']).where('registration_id', '=', registrationId).execute();
  return Object.fromEntries(rows.map((r) => [r.poll_id, r.choice]));
}
