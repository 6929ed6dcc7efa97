/**
 * A confirmed guest in the lobby, connected to the visit's live session with
 * their secret while the doors are closed (docs/visits-live.md: the server
 * holds them there): `onOpen` runs once when a speaker opens the doors, at
 * once rather than at the lobby's next poll. Returns the way to stop watching.
 */
import { LIVE_EVENT, LIVE_PROTOCOL_VERSION, ServerMessage } from '../../protocol/live';
import { VISIT_EVENT, VisitServerMessage } from '../../protocol/visitLive';
import { openLiveSocket } from '../../live/socket';

export function watchDoors(code: string, secret: string, onOpen: () => void): () => void {
  const socket = openLiveSocket({ v: LIVE_PROTOCOL_VERSION, code, guest: secret }, { separate: true });
  const stop = () => {
    socket.off();
    socket.disconnect();
  };
  const open = () => {
    stop();
    onOpen();
  };
  socket.on(VISIT_EVENT, (raw: unknown) => {
    const m = VisitServerMessage.safeParse(raw);
    if (m.success && (m.data.type === 'doors' || (m.data.type === 'visit-welcome' && m.data.doorsOpen))) open();
  });
  // The live tour's own welcome comes only once the doors are open.
  socket.on(LIVE_EVENT, (raw: unknown) => {
    const m = ServerMessage.safeParse(raw);
    if (m.success && m.data.type === 'welcome') open();
  });
  return stop;
}
