/** `detached`: an attendee looks around on their own, or follows again (presenters see how many). */
import type { ClientMessage } from '../../../../src/protocol/live';
import { schedulePresence } from '../presence';
import { scheduleSpots } from '../spots';
import type { Sender } from './context';

export function handleDetached(s: Sender, m: Extract<ClientMessage, { type: 'detached' }>): void {
  if (s.presenterId) return;
  s.socket.data.detached = m.detached;
  schedulePresence(s.channel, s.session.record.code);
  scheduleSpots(s.channel, s.session.record.code);
  s.channel.extension?.detachedChanged?.(s.socket);
}
