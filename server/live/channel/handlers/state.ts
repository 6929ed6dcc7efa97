/** `state`: the presenter in control moved; everyone else of the session follows. */
import { LIVE_PROTOCOL_VERSION, type ClientMessage } from '../../../../src/protocol/live';
import { send } from '../context';
import { stateChanged } from '../sessionCache';
import { asDriver, type Sender } from './context';

export function handleState(s: Sender, m: Extract<ClientMessage, { type: 'state' }>): void {
  asDriver(s, () => {
    s.session.record.state = m.state;
    send(s.socket.to(s.session.record.code), { v: LIVE_PROTOCOL_VERSION, type: 'state', state: m.state, ...(m.sentAt !== undefined ? { sentAt: m.sentAt } : {}) });
    stateChanged(s.channel, s.session);
  });
}
