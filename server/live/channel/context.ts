/** What every part of the live channel shares: the server, the store, the limits and the sessions this process holds. */
import type { Server, Socket } from 'socket.io';
import { LIVE_EVENT, type ServerMessage } from '../../../src/protocol/live';
import type { SessionRecord, SessionStore } from '../store';
import type { ChannelExtension } from './extension';
import type { ChannelLimits } from './limits';

export interface SocketData {
  code: string;
  /** How presenters see this attendee. */
  label: string;
  presenterId: string | null;
  detached: boolean;
  /** An attendee looking around: the scene they reported (`here`; null elsewhere), for the people-per-spot counts only. */
  scene?: string | null;
  /** The session as the store had it at the handshake. */
  fresh: SessionRecord;
  /** What a channel extension (a booked visit) admitted this connection with; undefined for plain sessions. */
  extension?: unknown;
}

export type ChannelSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

/** A session this process has sockets for (see sessionCache.ts). */
export interface Cached {
  record: SessionRecord;
  /** Sockets of this session on this process. */
  sockets: number;
  /**
   * The presenter who was in control when they disconnected (past the grace period) and has not come back.
   * Kept in the processes' memory only: the store's record has no place for it.
   */
  away: string | null;
  saveTimer?: ReturnType<typeof setTimeout>;
  presenceTimer?: ReturnType<typeof setTimeout>;
  /** Running while the presenter in control is disconnected, until the grace period ends. */
  graceTimer?: ReturnType<typeof setTimeout>;
}

export interface Channel {
  io: Server;
  store: SessionStore;
  log(line: string): void;
  /** Whether other server processes share the rooms (Redis adapter). */
  clustered: boolean;
  /** False until this process's Redis subscription is active: what the others broadcast before that is lost to it. */
  hearsOthers(): boolean;
  limits: ChannelLimits;
  saveEveryMs: number;
  cache: Map<string, Cached>;
  extension?: ChannelExtension;
}

export const send = (target: { emit(event: string, m: ServerMessage): unknown }, m: ServerMessage) => void target.emit(LIVE_EVENT, m);

export const saveFailed = (channel: Channel, code: string) => (e: Error) => channel.log(`live: could not save session ${code}: ${e.message}`);

/** Rooms: `<code>` holds everyone of a session; `<code>:p` its presenters. */
export const presentersRoom = (code: string) => `${code}:p`;
