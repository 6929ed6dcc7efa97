/**
 * After the visit: what guests get (the follow-up page's data and e-mail: the
 * self-guided links to the same tours and the answered questions, each with a
 * link to the view it was asked from) and what the organizer downloads (every
 * question with its status and view link, as CSV). No names: a question is the
 * visit's, not its asker's.
 */
import type { Kysely } from 'kysely';
import type { FollowUp, Question } from '../../src/protocol/visitLive';
import type { View } from '../../src/protocol/common';
import type { Database } from '../storage/schema';
import { csvField } from './attendance';
import { questionsOf } from './live/questions';
import type { Visit } from './visitStore';
import { withTheirVisits } from './personalData';
import { closesAtSql, isOver } from './visitEnd';

/** The self-guided link to a tour: it opens at the tour's start. */
export const tourUrl = (origin: string, tour: string) => new URL(`/t/${encodeURIComponent(tour)}`, origin).href;

const fixed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** A view as deep links write it (`v=` of src/deeplink/codec.ts, which the server does not import): degrees to 0.1, metres to 0.01. */
export const viewParam = (v: View): string =>
  (v.kind === 'panorama' ? [v.yaw, v.pitch, v.fov].map((n) => fixed(n, 1)) : [...[...v.position, ...v.target].map((n) => fixed(n, 2)), fixed(v.fov, 1)]).join(',');

/** The deep link to the view a question was asked from (scene, camera, open card). */
export function viewUrl(origin: string, { where }: Pick<Question, 'where'>): string {
  const card = where.card ? `&card=${encodeURIComponent(where.card)}` : '';
  return new URL(`/t/${encodeURIComponent(where.tour)}/${encodeURIComponent(where.scene)}?v=${viewParam(where.view)}${card}`, origin).href;
}

export async function followUpOf(db: Kysely<Database>, visit: Visit, origin: string, now: Date, overrunMinutes: number): Promise<FollowUp> {
  const answered = await questionsOf(db, visit.id, ['answered']);
  return {
    code: visit.code,
    title: visit.title,
    startsAt: visit.startsAt.toISOString(),
    endsAt: visit.endsAt.toISOString(),
    ended: isOver(visit, now, overrunMinutes),
    tours: visit.tours.map((id) => ({ id, url: tourUrl(origin, id) })),
    questions: answered.map((q) => ({ id: q.id, text: q.text, where: q.where, viewUrl: viewUrl(origin, q), votes: q.votes, askedAt: q.askedAt })),
  };
}

export const QUESTION_COLUMNS = ['asked at', 'question', 'status', 'votes', 'tour', 'scene', 'card', 'view link'] as const;

/** RFC 4180 text (CRLF line ends), oldest question first. */
export async function questionsCsv(db: Kysely<Database>, visit: Visit, origin: string): Promise<string> {
  const questions = (await questionsOf(db, visit.id)).sort((a, b) => a.askedAt.localeCompare(b.askedAt));
  const lines = [QUESTION_COLUMNS.join(',')];
  for (const q of questions) lines.push([q.askedAt, q.text, q.status, String(q.votes), q.where.tour, q.where.scene, q.where.card ?? '', viewUrl(origin, q)].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Claims the confirmed guests who attended a visit that has been closed, for their follow-up e-mail: claim and
 * mark are one statement, so several processes never send it twice. Visits that ended more than a day ago
 * are left alone (a server that was down that long does not mail stale follow-ups).
 */
export async function claimDueFollowUps(db: Kysely<Database>, now: Date, siteOverrunMinutes: number) {
  const at = now.getTime();
  const day = 86_400_000;
  const closing = closesAtSql(siteOverrunMinutes);
  // Over (isOver): closed, or past its own closing time — not merely past its scheduled end, while it may still run.
  const ended = db
    .selectFrom('visits')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('ended_at', '<=', at), eb('ended_at', '>', at - day)]),
        eb.and([eb('ended_at', 'is', null), eb(closing, '<=', at), eb(closing, '>', at - day)]),
      ]),
    );
  const attended = db.selectFrom('attendance').select('registration_id');
  const claimed = await db
    .updateTable('registrations')
    .set({ followed_up_at: at })
    .where('status', '=', 'confirmed')
    .where('followed_up_at', 'is', null)
    .where('visit_id', 'in', ended)
    .where('id', 'in', attended)
    .returning(['id', 'name', 'email', 'language', 'visit_id'])
    .execute();
  return withTheirVisits(db, claimed);
}

