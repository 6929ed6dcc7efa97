/**
 * The live channel on Socket.IO: the handshake admits each connection
 * (per-address limits, session code, optional presenter key); each
 * connection's messages are limited, validated against the shared zod
 * catalogue and handled one handler per type; presence and control follow
 * who is there. Refused messages go back to their sender only.
 *
 * Rooms: `<code>` holds everyone of a session; `<code>:p` its presenters.
 * With the Redis adapter, rooms span processes; the record in the store is
 * the truth, and each process caches the sessions it has sockets for.
 * Parts: channel/handshake.ts, connection.ts, handlers/, presence.ts,
 * control.ts, sessionCache.ts, sweep.ts, limits.ts, spots.ts (people per spot).
 */
import type { Server } from 'socket.io';
import type { SessionStore } from './store';
import type { Channel, ChannelSocket } from './channel/context';
import { onConnection } from './channel/connection';
import { followControlOfOtherProcesses } from './channel/control';
import { createHandshake } from './channel/handshake';
import type { ChannelExtension } from './channel/extension';
import { DEFAULT_LIMITS, type ChannelLimits } from './channel/limits';
import { flushSessions } from './channel/sessionCache';
import { stopSpots } from './channel/spots';
import { startSweep } from './channel/sweep';

export type { ChannelLimits } from './channel/limits';
export type { ChannelExtension } from './channel/extension';

/** The channel's settings that `LiveOptions.channel` may change. */
export interface ChannelTuning extends Partial<ChannelLimits> {
  /** How often a session's latest state is written to the store, at most. Default 250 ms. */
  saveEveryMs?: number;
  /** How often expired sessions are closed. Default 60 s. */
  sweepEveryMs?: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For is trusted (TRUST_PROXY). Default 0. */
  trustedProxies?: number;
}

export interface ChannelOptions extends ChannelTuning {
  store: SessionStore;
  log(line: string): void;
  /** Whether other server processes share the rooms (Redis adapter). */
  clustered: boolean;
  /** Sessions run by other rules (booked visits); see channel/extension.ts. */
  extension?: ChannelExtension;
  /** Whether this process hears the other processes' broadcasts yet (its Redis subscription is active). Default: always. */
  hearsOthers?: () => boolean;
}

export function attachLiveChannel(io: Server, options: ChannelOptions): () => Promise<void> {
  const { store, log, clustered, extension, hearsOthers = () => true, saveEveryMs = 250, sweepEveryMs = 60_000, trustedProxies = 0, ...tuning } = options;
  const limits: ChannelLimits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(tuning) as [keyof ChannelLimits, number | undefined][]) if (value !== undefined && key in DEFAULT_LIMITS) limits[key] = value;
  const channel: Channel = { io, store, log, clustered, hearsOthers, limits, saveEveryMs, cache: new Map(), ...(extension ? { extension } : {}) };
  extension?.attach(io, clustered);

  followControlOfOtherProcesses(channel);
  io.use(createHandshake(channel, trustedProxies));
  io.on('connection', (socket) => onConnection(channel, socket as ChannelSocket));
  const stopSweep = startSweep(channel, sweepEveryMs);

  return async () => {
    stopSweep();
    flushSessions(channel);
    stopSpots(channel);
  };
}
