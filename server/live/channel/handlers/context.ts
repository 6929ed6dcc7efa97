/** What a message handler gets: the channel, the sender's session and identity, and a way to refuse. */
import type { Cached, Channel, ChannelSocket } from '../context';

export interface Sender {
  channel: Channel;
  socket: ChannelSocket;
  session: Cached;
  /** The sender's presenter id; null for attendees. */
  presenterId: string | null;
  /** Refuses the message: the sender is told why (notices are limited), nobody else hears of it. */
  reject(reason: string, message: string): void;
}

export const isDriver = (s: Sender) => s.presenterId !== null && s.session.record.driver === s.presenterId;

/**
 * Runs `drive` if the sender is the presenter in control. With several processes, control may have just
 * been handed to them on another process and the room broadcast overtaken its notice to this one: the store decides.
 */
export function asDriver(s: Sender, drive: () => void): void {
  if (!s.presenterId) return s.reject('not-presenter', 'Only presenters can drive the tour.');
  if (isDriver(s)) return drive();
  if (!s.channel.clustered) return s.reject('not-in-control', 'Take control first.');
  const { presenterId } = s;
  s.channel.store.get(s.session.record.code).then(
    (fresh) => {
      if (fresh?.driver !== presenterId) return s.reject('not-in-control', 'Take control first.');
      s.session.record.driver = presenterId;
      drive();
    },
    () => s.reject('not-in-control', 'Take control first.'),
  );
}
