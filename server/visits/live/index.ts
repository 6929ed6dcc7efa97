/**
 * The live side of booked visits (docs/visits-live.md), plugged into the live
 * channel as its extension: who may enter a visit's session, the lobby and
 * its doors, questions, hands, polls and the roster, over the visits database
 * and the live channel's rooms (so several processes with the Redis adapter
 * act as one).
 */
import type { ChannelExtension } from '../../live/channel/extension';
import type { LazyStorage } from '../../storage/lazy';
import { createAdmission } from './admission';
import { visitConnected } from './connection';
import { visitDataOf, type VisitLiveContext } from './context';
import { announceDoors, followDoorsOfOtherProcesses } from './doors';
import { DEFAULT_OVERRUN_MINUTES } from '../visitEnd';
import { startClosing, type Closing } from './closing';
import { scheduleRoster } from './snapshot';

export interface VisitLiveOptions {
  storage: LazyStorage;
  now?: () => Date;
  log?: (line: string) => void;
  /** Minutes a visit scheduled without its own `overrunMinutes` may run past its end before it closes by itself. Default 15 (VISIT_OVERRUN_MINUTES). */
  overrunMinutes?: number;
  /** How often the database is looked at for visits about to close. Default 60 s. */
  closeScanMs?: number;
}

export interface VisitLive {
  /** For `createLive({ extension })`. */
  extension: ChannelExtension;
  /** The doors of the visit running session `code` were stored open (by the HTTP API): tell everyone, let the lobbies in. */
  doorsOpened(code: string): void;
  /** Stops the closing timers. */
  close(): void;
}

export function createVisitLive(options: VisitLiveOptions): VisitLive {
  let ctx: VisitLiveContext | null = null;
  let closing: Closing | null = null;
  const now = options.now ?? (() => new Date());
  const overrunMinutes = options.overrunMinutes ?? DEFAULT_OVERRUN_MINUTES;
  const admit = createAdmission(options.storage, now, overrunMinutes);
  const extension: ChannelExtension = {
    attach(io, clustered) {
      ctx = { io, clustered, storage: options.storage, now, log: options.log ?? ((line) => console.log(line)), held: new Map(), rosterTimers: new Map() };
      followDoorsOfOtherProcesses(ctx);
      closing = startClosing(ctx, overrunMinutes, options.closeScanMs);
    },
    admit,
    connected(socket, enterLive) {
      if (ctx) visitConnected(ctx, socket, enterLive);
    },
    detachedChanged(socket) {
      const d = visitDataOf(socket);
      if (ctx && d) scheduleRoster(ctx, socket.data.code, d.visitId);
    },
    checkState(socket, state) {
      const tours = visitDataOf(socket)?.tours;
      // No tour: the session's own, the visit's first.
      if (!tours || state.tour === undefined || tours.includes(state.tour)) return null;
      return { reason: 'not-a-visit-tour', message: `state.tour: "${state.tour}" is not one of this visit's tours (${tours.join(', ')}).` };
    },
  };
  return {
    extension,
    doorsOpened(code) {
      if (ctx) announceDoors(ctx, code);
    },
    close() {
      closing?.stop();
    },
  };
}
