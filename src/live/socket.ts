/**
 * The Socket.IO connection to the live channel, made one way for every page
 * that opens one (a live tour, a lobby's connection check).
 */
import { io, type Socket } from 'socket.io-client';
import type { LiveAuth } from '../protocol/live';

/** `separate`: a connection of its own (a check), never sharing — nor, when it closes, closing — the page's. */
export function openLiveSocket(auth: LiveAuth & Record<string, unknown>, { separate = false } = {}): Socket {
  return io({
    auth,
    // WebSocket first; long-polling only where WebSockets are blocked.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    ...(separate ? { forceNew: true } : {}),
  });
}
