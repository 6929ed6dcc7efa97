/**
 * `here`: an attendee looking around reports the scene they are in, so that speakers see how many
 * people are at each spot (counts only, see ../spots.ts). Limited to `MAX_HERE_PER_SECOND` per
 * connection on top of the channel's own limit: the client sends one per scene change.
 */
import { MAX_HERE_PER_SECOND, type ClientMessage } from '../../../../src/protocol/live';
import { createRateLimit, type RateLimit } from '../../rateLimit';
import { scheduleSpots } from '../spots';
import type { Sender } from './context';

const limits = new WeakMap<object, RateLimit>();

export function handleHere(s: Sender, m: Extract<ClientMessage, { type: 'here' }>): void {
  if (s.presenterId) return s.reject('not-attendee', 'Only attendees report where they are.');
  let limit = limits.get(s.socket);
  if (!limit) limits.set(s.socket, (limit = createRateLimit(MAX_HERE_PER_SECOND, MAX_HERE_PER_SECOND * 2)));
  if (!limit.take()) return s.reject('rate-limited', `Where you are is reported at most ${MAX_HERE_PER_SECOND} times a second.`);
  if (s.socket.data.scene === m.scene) return;
  s.socket.data.scene = m.scene;
  // Following attendees are counted at the presenter's scene: only a change while looking around moves a count.
  if (s.socket.data.detached) scheduleSpots(s.channel, s.session.record.code);
}
