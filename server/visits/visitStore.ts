/**
 * Visits and their speakers in the database: create (with a fresh public
 * code), find by code or id, and the organizer's list with its counts.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, VisitRow } from '../storage/schema';
import { newCode } from '../live/secrets';

/** A visit as the rest of the server sees it (lists parsed, names in camelCase). */
export interface Visit {
  id: string;
  code: string;
  title: string;
  tours: string[];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  durationMinutes: number;
  capacity: number;
  languages: string[];
  meetingUrl: string | null;
  registrationDeadline: Date | null;
  liveCode: string | null;
  /** When a speaker opened the doors, or null. */
  doorsOpenedAt: Date | null;
  /** When the visit was closed (End visit, or by itself: see visitEnd.ts), or null. */
  endedAt: Date | null;
  /** Minutes it may run past its end before it closes by itself, or null: the site's (VISIT_OVERRUN_MINUTES; see `overrunOf`). */
  overrunMinutes: number | null;
  /** Origin of the visit's links (for e-mails sent without a request, such as reminders). */
  origin: string;
}

export interface NewVisit extends Omit<Visit, 'id' | 'code' | 'endsAt' | 'liveCode' | 'doorsOpenedAt' | 'endedAt' | 'overrunMinutes'> {
  /** Default null: the site's. */
  overrunMinutes?: number | null;
  speakers: { name: string; organisation: string | null; tour: string | null; keyHash: string }[];
}

export interface SpeakerSummary {
  name: string;
  organisation: string | null;
  tour: string | null;
}

export const visitFromRow = (row: VisitRow): Visit => ({
  id: row.id,
  code: row.code,
  title: row.title,
  tours: JSON.parse(row.tours) as string[],
  startsAt: new Date(row.starts_at),
  endsAt: new Date(row.ends_at),
  timeZone: row.time_zone,
  durationMinutes: row.duration_minutes,
  capacity: row.capacity,
  languages: JSON.parse(row.languages) as string[],
  meetingUrl: row.meeting_url,
  registrationDeadline: row.registration_deadline === null ? null : new Date(row.registration_deadline),
  liveCode: row.live_code,
  doorsOpenedAt: row.doors_opened_at === null ? null : new Date(row.doors_opened_at),
  endedAt: row.ended_at === null ? null : new Date(row.ended_at),
  overrunMinutes: row.overrun_minutes,
  origin: row.origin,
});

/** Stores the visit and its speakers in one transaction; the code is drawn again while it is taken. */
export async function createVisit(db: Kysely<Database>, visit: NewVisit, now: Date): Promise<Visit> {
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const endsAt = new Date(visit.startsAt.getTime() + visit.durationMinutes * 60_000);
    for (let attempt = 0; attempt < 8; attempt++) {
      const code = newCode();
      const inserted = await trx
        .insertInto('visits')
        .values({
          id,
          code,
          title: visit.title,
          tours: JSON.stringify(visit.tours),
          starts_at: visit.startsAt.getTime(),
          ends_at: endsAt.getTime(),
          time_zone: visit.timeZone,
          duration_minutes: visit.durationMinutes,
          capacity: visit.capacity,
          languages: JSON.stringify(visit.languages),
          meeting_url: visit.meetingUrl,
          registration_deadline: visit.registrationDeadline?.getTime() ?? null,
          live_code: null,
          ended_at: null,
          overrun_minutes: visit.overrunMinutes ?? null,
          origin: visit.origin,
          created_at: now.getTime(),
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) continue;
      await trx
        .insertInto('visit_speakers')
        .values(visit.speakers.map((s, position) => ({ id: randomUUID(), visit_id: id, position, name: s.name, organisation: s.organisation, tour: s.tour, key_hash: s.keyHash })))
        .execute();
      return visitFromRow(inserted);
    }
    throw new Error('could not draw a free visit code');
  });
}

export async function visitByCode(db: Kysely<Database>, code: string): Promise<Visit | null> {
  const row = await db.selectFrom('visits').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? visitFromRow(row) : null;
}

export async function visitById(db: Kysely<Database>, id: string): Promise<Visit | null> {
  const row = await db.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? visitFromRow(row) : null;
}

export async function speakersOf(db: Kysely<Database>, visitId: string): Promise<SpeakerSummary[]> {
  return db.selectFrom('visit_speakers').select(['name', 'organisation', 'tour']).where('visit_id', '=', visitId).orderBy('position').execute();
}

/** Confirmed registrations of a visit (the seats taken). */
export async function confirmedCount(db: Kysely<Database>, visitId: string): Promise<number> {
  const row = await db
    .selectFrom('registrations')
    .select(sql<number>`cast(count(*) as integer)`.as('n'))
    .where('visit_id', '=', visitId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return row.n;
}

export interface VisitSummary extends Visit {
  registered: number;
  waiting: number;
  attended: number;
}

/** Every visit with its counts: upcoming (not over yet: `isOver` of visitEnd.ts) soonest first, then past ones latest first. */
export async function listVisits(db: Kysely<Database>, now: Date, isOver: (visit: Visit, now: Date) => boolean): Promise<VisitSummary[]> {
  const rows = await db
    .selectFrom('visits as v')
    .selectAll('v')
    .select([
      sql<number>`(select cast(count(*) as integer) from registrations r where r.visit_id = v.id and r.status = 'confirmed')`.as('registered'),
      sql<number>`(select cast(count(*) as integer) from registrations r where r.visit_id = v.id and r.status = 'waiting')`.as('waiting'),
      sql<number>`(select cast(count(distinct a.registration_id) as integer) from attendance a join registrations r on r.id = a.registration_id where r.visit_id = v.id)`.as('attended'),
    ])
    .orderBy('v.starts_at')
    .execute();
  const all = rows.map((row) => ({ ...visitFromRow(row), registered: row.registered, waiting: row.waiting, attended: row.attended }));
  const upcoming = all.filter((v) => !isOver(v, now));
  const past = all.filter((v) => isOver(v, now)).reverse();
  return [...upcoming, ...past];
}
