/**
 * A way for another part of the server to run some live sessions by its own
 * rules without the live channel knowing it: a booked visit admits only its
 * speakers and registered guests, holds guests in a lobby until its doors
 * open, and speaks its own catalogue on its own event. Sessions it does not
 * claim (`admit` resolves null) follow the plain live rules.
 */
import type { Server } from 'socket.io';
import type { LiveAuth, LiveState } from '../../../src/protocol/live';
import type { ChannelSocket } from './context';

export type Admission = { refuse: string } | { label?: string; data: unknown };

export interface ChannelExtension {
  /** Once, when the channel is attached. `clustered`: other processes share the rooms (Redis adapter). */
  attach(io: Server, clustered: boolean): void;
  /**
   * At the handshake, once the session exists and a presenter key (if any) matched: null leaves the
   * connection to the plain live rules; `refuse` refuses it with that reason; `data` becomes `socket.data.extension`.
   * A rejection refuses the connection as `unavailable` (try again).
   */
  admit(code: string, auth: LiveAuth, presenterId: string | null): Promise<Admission | null>;
  /** A connection it admitted: `enterLive` joins the live session (its `welcome`, rooms, messages), now or later. */
  connected(socket: ChannelSocket, enterLive: (refresh: boolean) => Promise<void>): void;
  /** An attendee started or stopped looking around on their own. */
  detachedChanged?(socket: ChannelSocket): void;
  /**
   * A presenter's `state` on a connection it admitted, before anyone follows it (called for every update:
   * synchronous, from what the connection holds). null lets it through; else it is refused with that reason.
   */
  checkState?(socket: ChannelSocket, state: LiveState): { reason: string; message: string } | null;
}
