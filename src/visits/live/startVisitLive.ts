/**
 * A visit's live state and actions on the live page's connection, bound in
 * the same task the connection is made: the server's first `visit-welcome`
 * can arrive before React has mounted anything, and must not be missed.
 */
import type { Socket } from 'socket.io-client';
import { bindVisitLive, type VisitActions, type VisitSocket } from './bindVisitLive';
import { createVisitLiveStore, type VisitLiveStore } from './visitLiveState';

export interface VisitLiveSession {
  store: VisitLiveStore;
  actions: VisitActions;
}

export function startVisitLive(socket: Socket): VisitLiveSession {
  const store = createVisitLiveStore();
  return { store, actions: bindVisitLive(socket as unknown as VisitSocket, store) };
}
