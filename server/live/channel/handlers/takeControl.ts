/** `take-control`: any presenter becomes the one in control (also how a returning presenter takes it back). */
import { setDriver } from '../control';
import { isDriver, type Sender } from './context';

export function handleTakeControl(s: Sender): void {
  if (!s.presenterId) return s.reject('not-presenter', 'Only presenters can take control.');
  if (!isDriver(s)) setDriver(s.channel, s.session, s.presenterId);
}
