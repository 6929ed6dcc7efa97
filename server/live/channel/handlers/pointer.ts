/** `pointer`: the presenter in control shows where to look (or hides it). */
import { LIVE_PROTOCOL_VERSION, type ClientMessage } from '../../../../src/protocol/live';
import { send } from '../context';
import { stateChanged } from '../sessionCache';
import { asDriver, type Sender } from './context';

export function handlePointer(s: Sender, m: Extract<ClientMessage, { type: 'pointer' }>): void {
  asDriver(s, () => {
    s.session.record.pointer = m.pointer;
    send(s.socket.to(s.session.record.code), { v: LIVE_PROTOCOL_VERSION, type: 'pointer', pointer: m.pointer });
    stateChanged(s.channel, s.session);
  });
}
