/**
 * A connection to a visit's live session. Speakers enter the live tour at
 * once (they rehearse while the doors are closed). Guests get the snapshot,
 * and enter when the doors are open — at once, or held in the lobby until a
 * speaker opens them, on the same connection. A guest's stay in the live
 * tour is recorded for the attendance list. Visit messages are limited,
 * checked against the catalogue, handled, and answered `done` or `refused`;
 * a connection that keeps sending what is refused is closed (limits.ts).
 */
import { MAX_VISIT_MESSAGE_CHARS, VISIT_EVENT, VISIT_PROTOCOL_VERSION, VisitClientMessage } from '../../../src/protocol/visitLive';
import type { ChannelSocket } from '../../live/channel/context';
import { recordJoined, recordLeft } from '../attendance';
import { visitById } from '../visitStore';
import { db, rooms, sendVisit, visitDataOf, type VisitLiveContext, type VisitSocketData } from './context';
import { handleVisitMessage } from './handlers';
import { createVisitLimits } from './limits';
import { scheduleRoster, sendWelcome } from './snapshot';

type EnterLive = (refresh: boolean) => Promise<void>;

const sizeOf = (payload: unknown) => {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Infinity;
  }
};

function listen(ctx: VisitLiveContext, socket: ChannelSocket, d: VisitSocketData): void {
  const code = socket.data.code;
  const limits = createVisitLimits();
  let closed = false;
  socket.on(VISIT_EVENT as never, (payload: unknown) => {
    if (closed) return;
    const tag = (payload as { ref?: unknown } | null)?.ref;
    const ref = typeof tag === 'string' && tag.length <= 40 ? { ref: tag } : {};
    const refuse = (reason: string, message: string) => {
      if (closed) return;
      const next = limits.refused();
      if (next === 'notify') sendVisit(socket, { v: VISIT_PROTOCOL_VERSION, type: 'refused', ...ref, reason, message });
      if (next !== 'close') return;
      closed = true;
      // The session's code and a count only: nothing that says who it was.
      ctx.log(`visits: session ${code}: a connection was closed for flooding (${limits.refusedCount} messages refused)`);
      sendVisit(socket, { v: VISIT_PROTOCOL_VERSION, type: 'refused', reason: 'flooding', message: 'Too many refused messages; the connection was closed.' });
      socket.disconnect(true);
    };
    if (!limits.admit()) return refuse('rate-limited', 'Too many messages; some were dropped.');
    if (sizeOf(payload) > MAX_VISIT_MESSAGE_CHARS) return refuse('too-large', `Messages are limited to ${MAX_VISIT_MESSAGE_CHARS} characters.`);
    const parsed = VisitClientMessage.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse('invalid', issue ? `${issue.path.join('.') || '(message)'}: ${issue.message}` : 'Not a visit message.');
    }
    handleVisitMessage({ ctx, socket, d, code }, parsed.data).then(
      (outcome) => {
        if ('reason' in outcome) refuse(outcome.reason, outcome.message);
        else if (ref.ref !== undefined) sendVisit(socket, { v: VISIT_PROTOCOL_VERSION, type: 'done', ref: ref.ref, ...(outcome.id ? { id: outcome.id } : {}) });
      },
      (e: Error) => {
        ctx.log(`visits: a ${parsed.data.type} message of ${code} failed: ${e.message}`);
        refuse('unavailable', 'It could not be saved just now; nothing was stored. Try again.');
      },
    );
  });
}

/** The guest enters the live tour: the snapshot again (held guests missed what speakers did meanwhile), the live welcome, attendance. */
async function admitGuest(ctx: VisitLiveContext, socket: ChannelSocket, d: VisitSocketData, enterLive: EnterLive, wasHeld: boolean): Promise<void> {
  const code = socket.data.code;
  d.held = false;
  void socket.leave(rooms.lobby(code));
  void socket.join(rooms.guests(code));
  if (wasHeld) await sendWelcome(ctx, socket, d);
  await enterLive(wasHeld);
  if (!socket.connected || !d.registrationId) return;
  const database = await db(ctx);
  d.attendanceId = await recordJoined(database, d.registrationId, ctx.now());
  // Gone while the arrival was written: the stay ends now (the disconnect handler saw no id yet).
  if (!socket.connected) await recordLeft(database, d.attendanceId, ctx.now());
  scheduleRoster(ctx, code, d.visitId);
}

async function start(ctx: VisitLiveContext, socket: ChannelSocket, d: VisitSocketData, enterLive: EnterLive): Promise<void> {
  const code = socket.data.code;
  if (d.role === 'speaker') {
    void socket.join(rooms.visit(code));
    await enterLive(false);
    return sendWelcome(ctx, socket, d);
  }
  void socket.join([rooms.visit(code), rooms.guest(code, d.participant)]);
  await sendWelcome(ctx, socket, d);
  if (!d.held) return admitGuest(ctx, socket, d, enterLive, false);
  void socket.join(rooms.lobby(code));
  let admitted = false;
  const admit = () => {
    if (admitted || !socket.connected) return;
    admitted = true;
    admitGuest(ctx, socket, d, enterLive, true).catch((e: Error) => ctx.log(`visits: a guest of ${code} could not enter: ${e.message}`));
  };
  const lobby = ctx.held.get(code) ?? new Map<ChannelSocket, () => void>();
  lobby.set(socket, admit);
  ctx.held.set(code, lobby);
  scheduleRoster(ctx, code, d.visitId);
  // The doors may have opened between the handshake and now.
  if ((await visitById(await db(ctx), d.visitId))?.doorsOpenedAt) admit();
}

export function visitConnected(ctx: VisitLiveContext, socket: ChannelSocket, enterLive: EnterLive): void {
  const d = visitDataOf(socket);
  if (!d) return;
  const code = socket.data.code;
  listen(ctx, socket, d);
  socket.on('disconnect', () => {
    ctx.held.get(code)?.delete(socket);
    if (d.attendanceId) {
      const stay = d.attendanceId;
      void db(ctx)
        .then((database) => recordLeft(database, stay, ctx.now()))
        .catch((e: Error) => ctx.log(`visits: a departure from ${code} was not recorded: ${e.message}`));
    }
    if (d.role === 'guest') scheduleRoster(ctx, code, d.visitId);
  });
  start(ctx, socket, d, enterLive).catch((e: Error) => {
    ctx.log(`visits: a connection to ${code} failed: ${e.message}`);
    socket.disconnect(true);
  });
}
