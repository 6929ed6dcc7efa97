/**
 * Joins the live session of a `/live/<code>` page: a separate chunk with the
 * Socket.IO client, loaded only on live pages. Socket.IO reconnects by itself;
 * every (re)connection starts with a `welcome` that resyncs the page. What the
 * server refuses of a presenter's messages is kept for the page to tell them (refusals.ts).
 */
import { LIVE_PROTOCOL_VERSION, type LiveState } from '../protocol/live';
import type { TourStore } from '../state/store';
import { bindLive, type LiveControls, type LiveSocket } from './binding';
import { reloadOnNewKey, takePresenterKey } from './key';
import type { Socket } from 'socket.io-client';
import { openLiveSocket } from './socket';
import { watchRefusals } from './refusals';
import { createLiveStatus, type LiveStatusStore } from './status';

export interface LiveSession {
  code: string;
  status: LiveStatusStore;
  controls: LiveControls;
  /** The connection itself, for what travels beside the live tour on it (a booked visit's `visit` event). */
  socket: Socket;
}

/** Seconds before a handshake the server refused is tried again, at least and at most (whatever it asks). */
const MIN_RETRY_S = 2;
const MAX_RETRY_S = 60;
/** Seconds before connecting again after the server closed the connection. */
const RETRY_AFTER_SERVER_CLOSE_S = 5;

/** Handshake refusals that retrying cannot fix. */
const FINAL_ERRORS: Record<string, 'ended' | 'failed'> = { 'unknown-session': 'ended', 'visit-ended': 'ended', 'invalid-key': 'failed', 'bad-handshake': 'failed' };

export interface StartLiveOptions {
  /** Loads a tour by id and shows `target` (the composition root passes the app's loader). */
  loadTour(tour: string, target: { scene?: string; view?: LiveState['view']; card?: string | null }): Promise<unknown>;
  /**
   * A registered guest of a booked visit entering from the lobby: their name for the presenters' list,
   * and their secret (`guest` in the handshake, never in a URL) so the visit counts them as present.
   */
  guest?: { name: string; secret: string };
}

export function startLive(store: TourStore, code: string, options: StartLiveOptions): LiveSession {
  const key = takePresenterKey(code, location, history, sessionStorage);
  reloadOnNewKey(window);
  const name = (options.guest?.name ?? new URL(location.href).searchParams.get('name'))?.slice(0, 40);
  const guest = options.guest ? { guest: options.guest.secret } : {};
  const socket = openLiveSocket({ v: LIVE_PROTOCOL_VERSION, code, ...(key ? { key } : name ? { name, ...guest } : guest) });
  const status = createLiveStatus();
  const bound = bindLive(store, socket as unknown as LiveSocket, status, {
    async loadTour(tour, state) {
      await options.loadTour(tour, state ? { scene: state.scene, view: state.view, card: state.card } : {});
    },
  });
  const refusals = watchRefusals(socket as unknown as LiveSocket, store, status);
  const controls: LiveControls = {
    ...bound,
    handOver(to) {
      refusals.handingOver();
      bound.handOver(to);
    },
  };
  /** Connects again after `seconds` and a random part of it, so that a crowd refused together does not return together. */
  const retry = (seconds: number) => setTimeout(() => socket.connect(), seconds * (1 + Math.random() / 2) * 1000);
  socket.on('disconnect', (reason) => {
    if (status.getState().connection === 'connected' && reason !== 'io client disconnect') status.setState({ connection: 'reconnecting' });
    // The server closed this connection (it refused too many of its messages); Socket.IO does not reconnect by itself then.
    if (reason === 'io server disconnect' && status.getState().connection === 'reconnecting') retry(RETRY_AFTER_SERVER_CLOSE_S);
  });
  socket.on('connect_error', (error) => {
    const final = FINAL_ERRORS[error.message];
    if (final) return status.setState({ connection: final });
    status.setState({ connection: 'reconnecting' });
    // A middleware refusal (the store briefly unavailable, too many handshakes or connections from this
    // address) is not retried by Socket.IO itself: back off as long as the server asks.
    const retryAfter = (error as Error & { data?: { retryAfter?: unknown } }).data?.retryAfter;
    if (!socket.active) retry(Math.max(MIN_RETRY_S, typeof retryAfter === 'number' ? Math.min(retryAfter, MAX_RETRY_S) : 0));
  });
  return { code, status, controls, socket };
}
