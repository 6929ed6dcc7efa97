/**
 * The guest's data rights and the retention rule: everything stored under one
 * address can be exported or deleted on request, and registrations are
 * deleted a set number of days after their visit ended.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { visitFromRow } from './visitStore';

/** Default days after a visit's end before its registrations are deleted (VISIT_RETENTION_DAYS). */
export const DEFAULT_RETENTION_DAYS = 30;

export interface PersonalDataExport {
  email: string;
  registrations: {
    visit: { code: string; title: string; startsAt: string };
    name: string;
    organisation: string | null;
    language: string;
    status: string;
    registeredAt: string;
    consentedAt: string;
    attendance: { joinedAt: string; leftAt: string | null }[];
  }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function exportByEmail(db: Kysely<Database>, email: string): Promise<PersonalDataExport> {
  const rows = await db
    .selectFrom('registrations as r')
    .innerJoin('visits as v', 'v.id', 'r.visit_id')
    .select(['r.id', 'r.name', 'r.organisation', 'r.language', 'r.status', 'r.created_at', 'r.consented_at', 'v.code', 'v.title', 'v.starts_at'])
    .where('r.email', '=', email)
    .orderBy('r.created_at')
    .execute();
  const stays = rows.length
    ? await db.selectFrom('attendance').selectAll().where('registration_id', 'in', rows.map((r) => r.id)).orderBy('joined_at').execute()
    : [];
  return {
    email,
    registrations: rows.map((r) => ({
      visit: { code: r.code, title: r.title, startsAt: iso(r.starts_at) },
      name: r.name,
      organisation: r.organisation,
      language: r.language,
      status: r.status,
      registeredAt: iso(r.created_at),
      consentedAt: iso(r.consented_at),
      attendance: stays.filter((s) => s.registration_id === r.id).map((s) => ({ joinedAt: iso(s.joined_at), leftAt: s.left_at === null ? null : iso(s.left_at) })),
    })),
  };
}

/** Deletes the registrations (and with them their attendance) of visits that ended more than `days` ago; returns how many. */
export async function deleteExpired(db: Kysely<Database>, now: Date, days: number): Promise<number> {
  const ended = db.selectFrom('visits').select('id').where('ends_at', '<', now.getTime() - days * 86_400_000);
  const result = await db.deleteFrom('registrations').where('visit_id', 'in', ended).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Claims the confirmed guests whose visit starts within `minutes`, and who
 * registered before that window opened, for their reminder: the claim and the
 * mark are one statement, so two processes never remind the same guest twice.
 */
export async function claimDueReminders(db: Kysely<Database>, now: Date, minutes: number) {
  const at = now.getTime();
  const window = minutes * 60_000;
  const soon = db.selectFrom('visits').select('id').where('starts_at', '>', at).where('starts_at', '<=', at + window);
  const claimed = await db
    .updateTable('registrations')
    .set({ reminded_at: at })
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .where('visit_id', 'in', soon)
    .where('created_at', '<', sql<number>`(select v.starts_at from visits v where v.id = registrations.visit_id) - ${window}`)
    .returning(['id', 'name', 'email', 'language', 'visit_id'])
    .execute();
  return withTheirVisits(db, claimed);
}

/** Claimed guests with their visits: SQLite's RETURNING may name only the updated table, so the visits come in a second read. */
export async function withTheirVisits<G extends { visit_id: string }>(db: Kysely<Database>, claimed: G[]) {
  if (claimed.length === 0) return [];
  const visits = await db.selectFrom('visits').selectAll().where('id', 'in', [...new Set(claimed.map((c) => c.visit_id))]).execute();
  return claimed.flatMap((guest) => {
    const visit = visits.find((v) => v.id === guest.visit_id);
    return visit ? [{ guest, visit: visitFromRow(visit) }] : [];
  });
}
