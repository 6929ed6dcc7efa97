/**
 * Where the visits API meets the live channel: the live session store (to
 * open a visit's session when its lobby opens) and the live side's doors (to
 * let held guests in when the HTTP API opens them).
 */
import type { SessionStore } from '../../live/store';
import { openLiveSession } from '../liveSession';
import type { Registration } from '../registrations';
import type { Visit } from '../visitStore';
import { isOver } from '../visitEnd';
import type { VisitsContext } from './context';

export interface LiveSeam {
  store: Pick<SessionStore, 'get' | 'create' | 'delete'>;
  /** The doors of the session `code` were stored open. */
  doorsOpened(code: string): void;
}

/** Minutes before the start that a guest's lobby opens its live session (VISIT_LOBBY_MINUTES). */
export const DEFAULT_LOBBY_MINUTES = 60;

/** `live` of `/api/registrations/me`: for a confirmed guest from the lobby's opening until the visit is over (its overrun included). */
export async function liveForGuest(ctx: VisitsContext, visit: Visit, registration: Registration): Promise<{ live?: { code: string; doorsOpen: boolean } }> {
  const now = ctx.now().getTime();
  const lobbyOpens = visit.startsAt.getTime() - ctx.lobbyMinutes * 60_000;
  if (!ctx.live || registration.status !== 'confirmed' || now < lobbyOpens || isOver(visit, ctx.now(), ctx.overrunMinutes)) return {};
  const code = await openLiveSession(ctx.db, ctx.live.store, visit.id, now);
  return code ? { live: { code, doorsOpen: visit.doorsOpenedAt !== null } } : {};
}
