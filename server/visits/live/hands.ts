/** Raised hands, in the database so every process of the visit sees them; a guest raises once (the key is visit and guest). */
import type { Kysely } from 'kysely';
import type { Hand } from '../../../src/protocol/visitLive';
import type { Database } from '../../storage/schema';
import { iso, participantOf } from './participant';

export async function raiseHand(db: Kysely<Database>, visitId: string, registrationId: string, now: Date): Promise<void> {
  await db
    .insertInto('visit_hands')
    .values({ visit_id: visitId, registration_id: registrationId, raised_at: now.getTime() })
    .onConflict((oc) => oc.columns(['visit_id', 'registration_id']).doNothing())
    .execute();
}

export async function lowerHand(db: Kysely<Database>, visitId: string, registrationId: string): Promise<void> {
  await db.deleteFrom('visit_hands').where('visit_id', '=', visitId).where('registration_id', '=', registrationId).execute();
}

export interface RaisedHand extends Hand {
  registrationId: string;
}

/** Hands up, longest raised first. */
export async function handsOf(db: Kysely<Database>, visitId: string): Promise<RaisedHand[]> {
  const rows = await db
    .selectFrom('visit_hands as h')
    .innerJoin('registrations as r', 'r.id', 'h.registration_id')
    .select(['h.registration_id', 'h.raised_at', 'r.name'])
    .where('h.visit_id', '=', visitId)
    .orderBy('h.raised_at')
    .orderBy('h.registration_id')
    .execute();
  return rows.map((r) => ({ registrationId: r.registration_id, participant: participantOf(r.registration_id), name: r.name, since: iso(r.raised_at) }));
}

export const publicHand = ({ participant, name, since }: RaisedHand): Hand => ({ participant, name, since });
