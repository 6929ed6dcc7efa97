/** One handler per client message type. */
import type { ClientMessage } from '../../../../src/protocol/live';
import type { Sender } from './context';
import { handleDetached } from './detached';
import { handleHandOver } from './handOver';
import { handleHere } from './here';
import { handlePointer } from './pointer';
import { handleState } from './state';
import { handleTakeControl } from './takeControl';

export type { Sender } from './context';

export function dispatch(s: Sender, m: ClientMessage): void {
  switch (m.type) {
    case 'state':
      return handleState(s, m);
    case 'pointer':
      return handlePointer(s, m);
    case 'take-control':
      return handleTakeControl(s);
    case 'hand-over':
      return handleHandOver(s, m);
    case 'detached':
      return handleDetached(s, m);
    case 'here':
      return handleHere(s, m);
  }
}
