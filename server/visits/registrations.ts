/**
 * Registering for a visit, and leaving it, with the seat count kept exact:
 * every change first writes the visit's row (a no-op update), which locks it
 * on PostgreSQL and takes SQLite's write lock, so registrations for one visit
 * take their turn however many processes or connections serve them, and the
 * count each one reads is final. A seat given back goes to the waiting list
 * in the order people registered.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, RegistrationRow, RegistrationStatus } from '../storage/schema';
import { confirmedCount, visitFromRow, type Visit } from './visitStore';

export interface Registration {
  id: string;
  visitId: string;
  name: string;
  email: string;
  organisation: string | null;
  language: string;
  status: RegistrationStatus;
  createdAt: Date;
}

export const registrationFromRow = (row: RegistrationRow): Registration => ({
  id: row.id,
  visitId: row.visit_id,
  name: row.name,
  email: row.email,
  organisation: row.organisation,
  language: row.language,
  status: row.status,
  createdAt: new Date(row.created_at),
});

/** Registration stays open until the deadline, or without one until the visit ends (late-comers may still join). */
export const registrationOpen = (visit: Visit, now: Date) => now.getTime() < (visit.registrationDeadline ?? visit.endsAt).getTime();

export interface Guest {
  name: string;
  /** Already normalised (normalEmail). */
  email: string;
  organisation: string | null;
  language: string;
}

export type RegisterOutcome =
  | { kind: 'created'; visit: Visit; registration: Registration }
  | { kind: 'existing'; visit: Visit; registration: Registration; rekeyed: boolean }
  | { kind: 'unknown-visit' }
  | { kind: 'closed'; visit: Visit }
  | { kind: 'language'; visit: Visit };

export interface RegisterOptions {
  now: Date;
  /** Hash of the new personal-link secret. */
  keyHash: string;
  /** For the same address again: replace the old link's hash with `keyHash` (when the new link can be e-mailed). */
  rekeyExisting: boolean;
}

/**
 * The visit's row, locked until the transaction ends: the turnstile for its seats. An update that changes
 * nothing locks on both engines (`SELECT … FOR UPDATE` would on PostgreSQL only; SQLite has no row locks).
 */
async function lockVisit(trx: Transaction<Database>, where: { code: string } | { id: string }): Promise<Visit | null> {
  const touch = trx.updateTable('visits').set((eb) => ({ code: eb.ref('code') }));
  const row = await ('code' in where ? touch.where('code', '=', where.code) : touch.where('id', '=', where.id)).returningAll().executeTakeFirst();
  return row ? visitFromRow(row) : null;
}

export function register(db: Kysely<Database>, code: string, guest: Guest, options: RegisterOptions): Promise<RegisterOutcome> {
  return db.transaction().execute(async (trx): Promise<RegisterOutcome> => {
    const visit = await lockVisit(trx, { code });
    if (!visit) return { kind: 'unknown-visit' };
    if (!registrationOpen(visit, options.now)) return { kind: 'closed', visit };
    if (!visit.languages.includes(guest.language)) return { kind: 'language', visit };
    const existing = await trx.selectFrom('registrations').selectAll().where('visit_id', '=', visit.id).where('email', '=', guest.email).executeTakeFirst();
    if (existing) {
      if (options.rekeyExisting) await trx.updateTable('registrations').set({ key_hash: options.keyHash }).where('id', '=', existing.id).execute();
      return { kind: 'existing', visit, registration: registrationFromRow(existing), rekeyed: options.rekeyExisting };
    }
    const taken = await confirmedCount(trx, visit.id);
    // Under the lock, the next number in this visit's line is free.
    const { next } = await trx.selectFrom('registrations').select(sql<number>`coalesce(max(seq), 0) + 1`.as('next')).where('visit_id', '=', visit.id).executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('registrations')
      .values({
        id: randomUUID(),
        seq: next,
        visit_id: visit.id,
        email: guest.email,
        name: guest.name,
        organisation: guest.organisation,
        language: guest.language,
        status: taken < visit.capacity ? 'confirmed' : 'waiting',
        key_hash: options.keyHash,
        consented_at: options.now.getTime(),
        created_at: options.now.getTime(),
        reminded_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { kind: 'created', visit, registration: registrationFromRow(row) };
  });
}

/** Gives free seats to the waiting list, first come first served; returns who moved up. */
async function fillSeats(trx: Transaction<Database>, visit: Visit): Promise<Registration[]> {
  const free = visit.capacity - (await confirmedCount(trx, visit.id));
  if (free <= 0) return [];
  const next = trx.selectFrom('registrations').select('id').where('visit_id', '=', visit.id).where('status', '=', 'waiting').orderBy('seq').limit(free);
  const rows = await trx.updateTable('registrations').set({ status: 'confirmed' }).where('id', 'in', next).returningAll().execute();
  return rows.map(registrationFromRow);
}

export interface Removal {
  removed: Registration[];
  /** Guests who got a seat because of the removal, with their visit. */
  promoted: { visit: Visit; registration: Registration }[];
}

/** Deletes the given registrations (all of one visit) and fills the seats they free, in one transaction. */
async function removeFromVisit(db: Kysely<Database>, visitId: string, select: (trx: Transaction<Database>) => Promise<string[]>): Promise<Removal> {
  return db.transaction().execute(async (trx) => {
    const visit = await lockVisit(trx, { id: visitId });
    if (!visit) return { removed: [], promoted: [] };
    const ids = await select(trx);
    if (ids.length === 0) return { removed: [], promoted: [] };
    const removed = (await trx.deleteFrom('registrations').where('id', 'in', ids).where('visit_id', '=', visitId).returningAll().execute()).map(registrationFromRow);
    const promoted = (await fillSeats(trx, visit)).map((registration) => ({ visit, registration }));
    return { removed, promoted };
  });
}

/** The registration behind a personal link's key hash, with its visit. */
export async function registrationByKey(db: Kysely<Database>, keyHash: string): Promise<{ visit: Visit; registration: Registration } | null> {
  const row = await db.selectFrom('registrations').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  if (!row) return null;
  const visit = await db.selectFrom('visits').selectAll().where('id', '=', row.visit_id).executeTakeFirst();
  return visit ? { visit: visitFromRow(visit), registration: registrationFromRow(row) } : null;
}

/** A guest cancels from their own link: the registration is deleted and the first waiting guest moves up. */
export async function cancelByKey(db: Kysely<Database>, keyHash: string): Promise<Removal | null> {
  const found = await registrationByKey(db, keyHash);
  if (!found) return null;
  return removeFromVisit(db, found.visit.id, async (trx) => (await trx.selectFrom('registrations').select('id').where('key_hash', '=', keyHash).execute()).map((r) => r.id));
}

/** Everything registered under one address is deleted (the organizer's erasure request), seats passed on visit by visit. */
export async function removeByEmail(db: Kysely<Database>, email: string): Promise<Removal> {
  const visits = await db.selectFrom('registrations').select('visit_id').distinct().where('email', '=', email).execute();
  const total: Removal = { removed: [], promoted: [] };
  for (const { visit_id } of visits) {
    const part = await removeFromVisit(db, visit_id, async (trx) => (await trx.selectFrom('registrations').select('id').where('visit_id', '=', visit_id).where('email', '=', email).execute()).map((r) => r.id));
    total.removed.push(...part.removed);
    total.promoted.push(...part.promoted);
  }
  return total;
}
