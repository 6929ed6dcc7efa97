/** `hand-over`: the presenter in control passes it to another speaker of the session. */
import type { ClientMessage } from '../../../../src/protocol/live';
import { setDriver } from '../control';
import { isDriver, type Sender } from './context';

export function handleHandOver(s: Sender, m: Extract<ClientMessage, { type: 'hand-over' }>): void {
  if (!isDriver(s)) return s.reject('not-in-control', 'Only the presenter in control can hand over.');
  if (!s.session.record.presenters.some((p) => p.id === m.to)) return s.reject('invalid', `No presenter "${m.to}" in this session.`);
  setDriver(s.channel, s.session, m.to);
}
