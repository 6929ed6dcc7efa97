/**
 * Ending a visit: a speaker presses End visit once the doors are open. Its
 * end time becomes now, so every page, the follow-up and its e-mail agree it
 * is over; everyone of the visit (lobby included) hears `ended`; a moment
 * later every connection of the visit is closed, on every process (Redis
 * adapter), so guests' stays end with the visit, and nobody enters again
 * (admission.ts refuses `visit-ended`).
 */
import { VISIT_PROTOCOL_VERSION } from '../../../src/protocol/visitLive';
import { visitById } from '../visitStore';
import { db, rooms, sendVisit, type VisitLiveContext } from './context';

/** Time for the pages to show the end (and close by themselves) before the server closes what is left. */
export const CLOSE_AFTER_MS = 2000;

/** False when the doors were never opened (a rehearsal is not a visit to end). */
export async function endVisit(ctx: VisitLiveContext, visitId: string, code: string): Promise<boolean> {
  const database = await db(ctx);
  const visit = await visitById(database, visitId);
  if (!visit?.doorsOpenedAt) return false;
  const now = ctx.now().getTime();
  if (visit.endsAt.getTime() > now) {
    // Run early, before its planned start: it began when the doors opened.
    const began = visit.startsAt.getTime() > now ? { starts_at: visit.doorsOpenedAt.getTime() } : {};
    await database.updateTable('visits').set({ ends_at: now, ...began }).where('id', '=', visitId).execute();
  }
  sendVisit(ctx.io.to(rooms.visit(code)), { v: VISIT_PROTOCOL_VERSION, type: 'ended' });
  setTimeout(() => ctx.io.in(rooms.visit(code)).disconnectSockets(true), CLOSE_AFTER_MS).unref();
  return true;
}
