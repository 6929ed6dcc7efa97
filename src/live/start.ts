/**
 * Joins the live session of a `/live/<code>` page: a separate chunk with the
 * Socket.IO client, loaded only on live pages. Socket.IO reconnects by itself;
 * every (re)connection starts with a `welcome` that resyncs the page.
 */
import { io } from 'socket.io-client';
import { LIVE_PROTOCOL_VERSION, type LiveState } from '../protocol/live';
import type { TourStore } from '../state/store';
import { bindLive, type LiveControls, type LiveSocket } from './binding';
import { reloadOnNewKey, takePresenterKey } from './key';
import { createLiveStatus, type LiveStatusStore } from './status';

export interface LiveSession {
  code: string;
  status: LiveStatusStore;
  controls: LiveControls;
}

/** Handshake refusals that retrying cannot fix. */
const FINAL_ERRORS: Record<string, 'ended' | 'failed'> = { 'unknown-session': 'ended', 'invalid-key': 'failed', 'bad-handshake': 'failed' };

export interface StartLiveOptions {
  /** Loads a tour by id and shows `target` (the composition root passes the app's loader). */
  loadTour(tour: string, target: { scene?: string; view?: LiveState['view']; card?: string | null }): Promise<unknown>;
}

export function startLive(store: TourStore, code: string, options: StartLiveOptions): LiveSession {
  const key = takePresenterKey(code, location, history, sessionStorage);
  reloadOnNewKey(window);
  const name = new URL(location.href).searchParams.get('name')?.slice(0, 40);
  const socket = io({
    auth: { v: LIVE_PROTOCOL_VERSION, code, ...(key ? { key } : name ? { name } : {}) },
    // WebSocket first; long-polling only where WebSockets are blocked.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
  const status = createLiveStatus();
  const controls = bindLive(store, socket as unknown as LiveSocket, status, {
    async loadTour(tour, state) {
      await options.loadTour(tour, state ? { scene: state.scene, view: state.view, card: state.card } : {});
    },
  });
  socket.on('disconnect', (reason) => {
    if (status.getState().connection === 'connected' && reason !== 'io client disconnect') status.setState({ connection: 'reconnecting' });
  });
  socket.on('connect_error', (error) => {
    const final = FINAL_ERRORS[error.message];
    if (final) return status.setState({ connection: final });
    status.setState({ connection: 'reconnecting' });
    // A middleware refusal (e.g. the store was briefly unavailable) is not retried by Socket.IO itself.
    if (!socket.active) setTimeout(() => socket.connect(), 2000);
  });
  return { code, status, controls };
}
