/**
 * Opening the doors: stored, told to everyone of the visit, and every guest
 * held in a lobby enters the live tour — on this process at once, on the
 * others when the server-side event reaches them (Redis adapter).
 */
import { VISIT_PROTOCOL_VERSION } from '../../../src/protocol/visitLive';
import { openDoorsInDb } from '../doors';
import { db, rooms, sendVisit, type VisitLiveContext } from './context';

/** The server-side event that asks every process to let its lobby in. */
export const DOORS_EVENT = 'visit-doors';

export function admitHeld(ctx: VisitLiveContext, code: string): void {
  const held = ctx.held.get(code);
  if (!held) return;
  ctx.held.delete(code);
  for (const admit of held.values()) admit();
}

/** After the doors were stored open (here or by the HTTP API): everyone hears it and the lobbies empty. */
export function announceDoors(ctx: VisitLiveContext, code: string): void {
  sendVisit(ctx.io.to(rooms.visit(code)), { v: VISIT_PROTOCOL_VERSION, type: 'doors', open: true });
  admitHeld(ctx, code);
  if (ctx.clustered) ctx.io.serverSideEmit(DOORS_EVENT, code);
}

export async function openDoors(ctx: VisitLiveContext, visitId: string, code: string): Promise<void> {
  await openDoorsInDb(await db(ctx), visitId, ctx.now());
  announceDoors(ctx, code);
}

export function followDoorsOfOtherProcesses(ctx: VisitLiveContext): void {
  if (!ctx.clustered) return;
  ctx.io.on(DOORS_EVENT, (code: unknown) => {
    if (typeof code === 'string') admitHeld(ctx, code);
  });
}
