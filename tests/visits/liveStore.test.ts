/**
 * The visit's live data in the database, on SQLite and PostgreSQL: one vote per guest however many
 * arrive at once, poll votes never counted after the close they raced with, a deleted guest's
 * question kept without them, and overlapping stays (two tabs) counted once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/open';
import { attendanceOf, recordJoined, recordLeft } from '../../server/visits/attendance';
import { askQuestion, questionsOf, voteQuestion } from '../../server/visits/live/questions';
import { closePoll, openPoll, pollsOf, votePoll } from '../../server/visits/live/polls';
import { cancelByKey, register } from '../../server/visits/registrations';
import { createTestDatabase, ENGINES, type TestDatabase } from '../storage/engines';
import { guest, HOUR, scheduleVisit } from './fixtures';

const where = { tour: 'demo', scene: 'hall', view: { kind: 'panorama' as const, yaw: 0, pitch: 0, fov: 70 }, card: null };

describe.each(ENGINES)('visit live data on %s', (engine) => {
  let test: TestDatabase;
  let storage: Storage;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    storage = await test.open();
  }, 60_000);
  afterAll(async () => {
    await storage?.close();
    await test?.remove();
  });

  async function visitWithGuests(n: number) {
    const now = new Date();
    const visit = await scheduleVisit(storage.db, now, { capacity: n });
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const outcome = await register(storage.db, visit.code, guest(i), { now, keyHash: `key-${visit.code}-${i}`, rekeyExisting: false });
      if (outcome.kind !== 'created') throw new Error(outcome.kind);
      ids.push(outcome.registration.id);
    }
    return { visit, ids, now };
  }

  it('counts one vote per guest, however many arrive at once', async () => {
    const { visit, ids, now } = await visitWithGuests(11);
    const [asker, ...voters] = ids as [string, ...string[]];
    const question = await askQuestion(storage.db, visit.id, asker, 'Why?', where, now);
    const twice = await Promise.all([...voters, ...voters].map((id) => voteQuestion(storage.db, visit.id, id, question.id)));
    expect(twice.filter((o) => o.kind === 'ok')).toHaveLength(10);
    expect(twice.filter((o) => o.kind === 'already')).toHaveLength(10);
    expect((await questionsOf(storage.db, visit.id))[0]?.votes).toBe(10);
  }, 60_000);

  it('never counts a poll vote after the close it raced with', async () => {
    const { visit, ids, now } = await visitWithGuests(12);
    const poll = await openPoll(storage.db, visit.id, 'Which?', ['A', 'B'], now);
    const racing = ids.map((id, i) => (i === 6 ? closePoll(storage.db, visit.id, poll.id, now) : votePoll(storage.db, visit.id, id, poll.id, i % 2)));
    const outcomes = await Promise.all(racing);
    const counted = outcomes.filter((o) => o && 'kind' in o && o.kind === 'ok').length;
    const [final] = await pollsOf(storage.db, visit.id);
    expect(final?.open).toBe(false);
    expect((final?.counts ?? []).reduce((a, b) => a + b, 0)).toBe(counted);
    expect(outcomes.filter((o) => o && 'kind' in o && o.kind === 'closed').length).toBe(11 - counted);
  }, 60_000);

  it('keeps a cancelled guest’s question without them, and drops their votes', async () => {
    const { visit, ids, now } = await visitWithGuests(3);
    const question = await askQuestion(storage.db, visit.id, ids[0] as string, 'Kept?', where, now);
    const other = await askQuestion(storage.db, visit.id, ids[1] as string, 'Other', where, now);
    await voteQuestion(storage.db, visit.id, ids[0] as string, other.id);
    await cancelByKey(storage.db, `key-${visit.code}-0`);
    const questions = await questionsOf(storage.db, visit.id);
    expect(questions.find((q) => q.id === question.id)).toMatchObject({ text: 'Kept?', asker: '' });
    expect(await storage.db.selectFrom('visit_question_votes').selectAll().where('question_id', '=', other.id).execute()).toEqual([]);
  }, 60_000);

  it('counts overlapping stays once', async () => {
    const { visit, ids } = await visitWithGuests(1);
    const start = visit.startsAt.getTime();
    const tab1 = await recordJoined(storage.db, ids[0] as string, new Date(start));
    const tab2 = await recordJoined(storage.db, ids[0] as string, new Date(start + 10 * 60_000));
    await recordLeft(storage.db, tab1, new Date(start + 30 * 60_000));
    await recordLeft(storage.db, tab2, new Date(start + 40 * 60_000));
    const [row] = await attendanceOf(storage.db, visit, new Date(start + 2 * HOUR), 0);
    expect(row?.minutes).toBe(40);
  }, 60_000);
});
