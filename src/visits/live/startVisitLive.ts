/**
 * A visit's live state and actions on the live page's connection, bound in
 * the same task the connection is made: the server's first `visit-welcome`
 * can arrive before React has mounted anything, and must not be missed.
 */
import type { LiveSession } from '../../live/start';
import { bindVisitLive, type VisitActions, type VisitSocket } from './bindVisitLive';
import { createVisitLiveStore, type VisitLiveStore } from './visitLiveState';

export interface VisitLiveSession {
  store: VisitLiveStore;
  actions: VisitActions;
}

/** `visitCode`: the visit's `/v/<code>`, known before its `visit-welcome` (which may never come: the visit ended first). */
export function startVisitLive(live: Pick<LiveSession, 'socket' | 'status'>, visitCode?: string): VisitLiveSession {
  const store = createVisitLiveStore();
  if (visitCode) store.setState({ code: visitCode });
  // A page that was away when `ended` went out learns it at its reconnection: the server refuses it (`visit-ended`,
  // or `unknown-session` once the session is gone), which ends the live connection. For a visit, that is the visit's end.
  const endWithSession = (connection: string) => connection === 'ended' && store.setState({ ended: true });
  endWithSession(live.status.getState().connection);
  live.status.subscribe((s) => endWithSession(s.connection));
  return { store, actions: bindVisitLive(live.socket as unknown as VisitSocket, store) };
}
