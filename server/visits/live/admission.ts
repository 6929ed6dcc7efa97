/**
 * Who may enter a visit's live session: its speakers (their presenter key
 * matched already) and its confirmed guests (their personal link's secret in
 * the handshake's `guest`). Anyone else is refused with a reason the page can
 * explain, and everyone once the visit is over (`visit-ended`; during its overrun grace
 * after the scheduled end, guests and speakers still get back in). Sessions
 * that run no visit are left to the plain live rules.
 */
import type { Kysely } from 'kysely';
import type { LiveAuth } from '../../../src/protocol/live';
import type { Admission } from '../../live/channel/extension';
import { hashSecret } from '../../live/secrets';
import type { LazyStorage } from '../../storage/lazy';
import type { Database } from '../../storage/schema';
import { registrationByKey } from '../registrations';
import { visitById } from '../visitStore';
import { isOver } from '../visitEnd';
import { participantOf } from './participant';
import type { VisitSocketData } from './context';

/** How long "this session runs no visit" is remembered (a visit's session is new when its code first appears). */
const NOT_A_VISIT_MS = 10_000;
const MAX_REMEMBERED = 10_000;

export function createAdmission(storage: LazyStorage, now: () => Date, overrunMinutes: number) {
  const known = new Map<string, { visitId: string | null; at: number }>();

  async function visitOfSession(db: Kysely<Database>, code: string): Promise<string | null> {
    const hit = known.get(code);
    if (hit && (hit.visitId !== null || Date.now() - hit.at < NOT_A_VISIT_MS)) return hit.visitId;
    const row = await db.selectFrom('visits').select('id').where('live_code', '=', code).executeTakeFirst();
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(code, { visitId: row?.id ?? null, at: Date.now() });
    return row?.id ?? null;
  }

  return async function admit(code: string, auth: LiveAuth, presenterId: string | null): Promise<Admission | null> {
    // A site that never opened its visits database runs no visit.
    const open = storage.ifOpen();
    if (!open) return null;
    const visitId = await visitOfSession(open.db, code);
    if (!visitId) return null;
    const base = { visitId, attendanceId: null };
    if (presenterId) {
      const visit = await visitById(open.db, visitId);
      if (!visit || isOver(visit, now(), overrunMinutes)) return { refuse: 'visit-ended' };
      return { data: { ...base, tours: visit.tours, role: 'speaker', registrationId: null, participant: presenterId, held: false } satisfies VisitSocketData };
    }
    if (!auth.guest) return { refuse: 'not-registered' };
    const found = await registrationByKey(open.db, hashSecret(auth.guest));
    if (!found || found.visit.id !== visitId) return { refuse: 'not-registered' };
    if (found.registration.status !== 'confirmed') return { refuse: 'waiting-list' };
    if (isOver(found.visit, now(), overrunMinutes)) return { refuse: 'visit-ended' };
    const { registration } = found;
    const data: VisitSocketData = { ...base, tours: found.visit.tours, role: 'guest', registrationId: registration.id, participant: participantOf(registration.id), held: found.visit.doorsOpenedAt === null };
    return { label: registration.name, data };
  };
}
