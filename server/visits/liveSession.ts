/**
 * The seam to the live part: a visit's live session, opened when its lobby
 * opens — not when the visit is scheduled, since live sessions end after
 * hours without activity and a visit may be months ahead. The speakers'
 * presenter links already carry their secrets and `visit_speakers` holds the
 * hashes, so the session's presenters are the visit's speakers and the links
 * they were given let them present. Opening again while the session is still
 * there returns it; two processes opening at once agree on one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import type { SessionStore } from '../live/store';
import { newCode } from '../live/secrets';
import { visitById } from './visitStore';

export async function openLiveSession(db: Kysely<Database>, store: Pick<SessionStore, 'get' | 'create' | 'delete'>, visitId: string, now = Date.now()): Promise<string | null> {
  const visit = await visitById(db, visitId);
  if (!visit?.tours[0]) return null;
  if (visit.liveCode && (await store.get(visit.liveCode))) return visit.liveCode;
  const speakers = await db.selectFrom('visit_speakers').select(['name', 'key_hash']).where('visit_id', '=', visitId).orderBy('position').execute();
  const presenters = speakers.map((s, i) => ({ id: `p${i + 1}`, name: s.name, keyHash: s.key_hash }));
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newCode();
    if (!(await store.create({ code, tour: visit.tours[0], presenters, driver: null, state: null, pointer: null, stateAt: 0, touchedAt: now }))) continue;
    // Compare and set: only over the code this call saw, so a process that got there first keeps its session.
    const seen = visit.liveCode;
    const won = await db
      .updateTable('visits')
      .set({ live_code: code })
      .where('id', '=', visitId)
      .where((eb) => (seen === null ? eb('live_code', 'is', null) : eb('live_code', '=', seen)))
      .executeTakeFirst();
    if (Number(won.numUpdatedRows) === 1) return code;
    await store.delete(code);
    return (await visitById(db, visitId))?.liveCode ?? null;
  }
  throw new Error('could not draw a free live session code');
}
