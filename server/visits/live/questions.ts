/**
 * Guests' questions in the database: asked with the view they were asked
 * from, voted up (one vote per guest: the vote's key is the question and the
 * guest, so a second is a conflict; the vote and the count change in one
 * transaction), and marked answered or hidden by a speaker.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Question, QuestionStatus, QuestionWhere } from '../../../src/protocol/visitLive';
import type { Database } from '../../storage/schema';
import { iso, participantOf } from './participant';

type QuestionRow = Database['visit_questions'];

export const questionFromRow = (row: QuestionRow): Question => ({
  id: row.id,
  text: row.text,
  where: { tour: row.tour, scene: row.scene, view: JSON.parse(row.view) as QuestionWhere['view'], card: row.card },
  status: row.status,
  votes: row.votes,
  asker: row.registration_id ? participantOf(row.registration_id) : '',
  askedAt: iso(row.asked_at),
});

export async function askQuestion(db: Kysely<Database>, visitId: string, registrationId: string, text: string, where: QuestionWhere, now: Date): Promise<Question> {
  const row: QuestionRow = {
    id: randomUUID(),
    visit_id: visitId,
    registration_id: registrationId,
    text,
    tour: where.tour,
    scene: where.scene,
    view: JSON.stringify(where.view),
    card: where.card,
    status: 'open',
    votes: 0,
    asked_at: now.getTime(),
  };
  await db.insertInto('visit_questions').values(row).execute();
  return questionFromRow(row);
}

export type VoteOutcome = { kind: 'ok'; question: Question } | { kind: 'unknown' | 'own' | 'already' };

export function voteQuestion(db: Kysely<Database>, visitId: string, registrationId: string, questionId: string): Promise<VoteOutcome> {
  return db.transaction().execute(async (trx): Promise<VoteOutcome> => {
    const question = await trx.selectFrom('visit_questions').select(['status', 'registration_id']).where('id', '=', questionId).where('visit_id', '=', visitId).executeTakeFirst();
    if (!question || question.status === 'hidden') return { kind: 'unknown' };
    if (question.registration_id === registrationId) return { kind: 'own' };
    const vote = await trx
      .insertInto('visit_question_votes')
      .values({ question_id: questionId, registration_id: registrationId })
      .onConflict((oc) => oc.columns(['question_id', 'registration_id']).doNothing())
      .returning('question_id')
      .executeTakeFirst();
    if (!vote) return { kind: 'already' };
    const row = await trx
      .updateTable('visit_questions')
      .set((eb) => ({ votes: eb('votes', '+', 1) }))
      .where('id', '=', questionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { kind: 'ok', question: questionFromRow(row) };
  });
}

/** The question with its new status, or null when the visit has no such question. */
export async function markQuestion(db: Kysely<Database>, visitId: string, questionId: string, status: QuestionStatus): Promise<Question | null> {
  const row = await db.updateTable('visit_questions').set({ status }).where('id', '=', questionId).where('visit_id', '=', visitId).returningAll().executeTakeFirst();
  return row ? questionFromRow(row) : null;
}

/** Most votes first, then oldest first. */
export async function questionsOf(db: Kysely<Database>, visitId: string, statuses: QuestionStatus[] = ['open', 'answered', 'hidden']): Promise<Question[]> {
  const rows = await db.selectFrom('visit_questions').selectAll().where('visit_id', '=', visitId).where('status', 'in', statuses).orderBy('votes', 'desc').orderBy('asked_at').orderBy('id').execute();
  return rows.map(questionFromRow);
}

/** Ids of the questions a guest voted for. */
export async function votesBy(db: Kysely<Database>, registrationId: string): Promise<string[]> {
  return (await db.selectFrom('visit_question_votes').select('question_id').where('registration_id', '=', registrationId).execute()).map((r) => r.question_id);
}
