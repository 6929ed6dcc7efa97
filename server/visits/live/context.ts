/** What the parts of a visit's live side share: the server's rooms, the database, and who a connection is. */
import type { Server } from 'socket.io';
import type { Kysely } from 'kysely';
import { VISIT_EVENT, type VisitServerMessage } from '../../../src/protocol/visitLive';
import type { ChannelSocket } from '../../live/channel/context';
import type { LazyStorage } from '../../storage/lazy';
import type { Database } from '../../storage/schema';

/** `socket.data.extension` of a visit's connection. */
export interface VisitSocketData {
  visitId: string;
  /** The visit's tours (a multi-site visit's, in order): the only ones its live session may go to. */
  tours: string[];
  role: 'speaker' | 'guest';
  /** Guests' registration; null for speakers. */
  registrationId: string | null;
  /** Guests: their participant id; speakers: their presenter id. */
  participant: string;
  /** A guest waiting in the lobby until the doors open. */
  held: boolean;
  /** The open stay in `attendance` (guests in the live tour). */
  attendanceId: string | null;
}

export interface VisitLiveContext {
  io: Server;
  clustered: boolean;
  storage: LazyStorage;
  now(): Date;
  log(line: string): void;
  /** The sockets of this process held in a lobby, per live code, with how to let each in. */
  held: Map<string, Map<ChannelSocket, () => void>>;
  /** Roster reports waiting to go out, per live code (coalesced). */
  rosterTimers: Map<string, ReturnType<typeof setTimeout>>;
}

export const visitDataOf = (socket: { data: unknown }) => (socket.data as { extension?: VisitSocketData }).extension;

export const db = async (ctx: VisitLiveContext): Promise<Kysely<Database>> => (await ctx.storage.get()).db;

/**
 * Rooms, beside the live channel's `<code>` (everyone in the live tour) and `<code>:p` (speakers):
 * `<code>:v` everyone of the visit, lobby included; `<code>:g` guests in the live tour; `<code>:l` the lobby;
 * `<code>:r:<participant>` one guest's connections.
 */
export const rooms = {
  visit: (code: string) => `${code}:v`,
  speakers: (code: string) => `${code}:p`,
  guests: (code: string) => `${code}:g`,
  lobby: (code: string) => `${code}:l`,
  guest: (code: string, participant: string) => `${code}:r:${participant}`,
};

export const sendVisit = (target: { emit(event: string, m: VisitServerMessage): unknown }, m: VisitServerMessage) => void target.emit(VISIT_EVENT, m);
