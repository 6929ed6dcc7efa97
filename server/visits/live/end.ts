/**
 * Ending a visit: a speaker presses End visit once the doors are open. Its
 * end time becomes now, so every page, the follow-up and its e-mail agree it
 * is over; everyone of the visit (lobby included) hears `ended`; a moment
 * later every connection of the visit is closed, on every process (Redis
 * adapter), so guests' stays end with the visit, and nobody enters again
 * (admission.ts refuses `visit-ended`). A visit nobody ends closes by itself
 * (closing.ts) the same way.
 */
import { VISIT_PROTOCOL_VERSION } from '../../../src/protocol/visitLive';
import { markEnded } from '../visitEnd';
import { visitById } from '../visitStore';
import { db, rooms, sendVisit, type VisitLiveContext } from './context';

/** Time for the pages to show the end (and close by themselves) before the server closes what is left. */
export const CLOSE_AFTER_MS = 2000;

/**
 * Everyone of the visit hears `ended`, and what is still connected is closed a moment later:
 * `everywhere` through the adapter (every process), else this process's connections only.
 */
export function closeConnections(ctx: VisitLiveContext, code: string, everywhere: boolean): void {
  const target = everywhere ? ctx.io : ctx.io.local;
  sendVisit(target.to(rooms.visit(code)), { v: VISIT_PROTOCOL_VERSION, type: 'ended' });
  setTimeout(() => target.in(rooms.visit(code)).disconnectSockets(true), CLOSE_AFTER_MS).unref();
}

/** False when the doors were never opened (a rehearsal is not a visit to end). */
export async function endVisit(ctx: VisitLiveContext, visitId: string, code: string): Promise<boolean> {
  const database = await db(ctx);
  const visit = await visitById(database, visitId);
  if (!visit?.doorsOpenedAt) return false;
  const now = ctx.now().getTime();
  // Run early, before its planned start: it began when the doors opened.
  const began = visit.startsAt.getTime() > now ? visit.doorsOpenedAt.getTime() : undefined;
  await markEnded(database, visit, now, began);
  closeConnections(ctx, code, true);
  return true;
}
