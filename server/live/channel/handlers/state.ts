/** `state`: the presenter in control moved; everyone else of the session follows. */
import { LIVE_PROTOCOL_VERSION, type ClientMessage } from '../../../../src/protocol/live';
import { send } from '../context';
import { stateChanged } from '../sessionCache';
import { asDriver, type Sender } from './context';

export function handleState(s: Sender, m: Extract<ClientMessage, { type: 'state' }>): void {
  // A session run by other rules may limit where it goes (a booked visit: its own tours).
  const refused = s.socket.data.extension === undefined ? null : (s.channel.extension?.checkState?.(s.socket, m.state) ?? null);
  if (refused) return s.reject(refused.reason, refused.message);
  asDriver(s, () => {
    s.session.record.state = m.state;
    send(s.socket.to(s.session.record.code), { v: LIVE_PROTOCOL_VERSION, type: 'state', state: m.state, ...(m.sentAt !== undefined ? { sentAt: m.sentAt } : {}) });
    stateChanged(s.channel, s.session);
  });
}
