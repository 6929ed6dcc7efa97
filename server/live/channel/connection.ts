/**
 * One connection's life: it joins its session, gets a `welcome` with all it
 * needs to show the session at once, has every message checked (rate, size,
 * catalogue) before its handler runs, and leaves.
 *
 * Limits per connection: messages pass at `messagesPerSecond` (burst
 * `messagesBurst`); every refused message spends the refusal budget, and a
 * connection that spends it all is closed; refusal notices are themselves limited.
 */
import { ClientMessage, LIVE_EVENT, LIVE_PROTOCOL_VERSION, MAX_CLIENT_MESSAGE_BYTES } from '../../../src/protocol/live';
import { createRateLimit } from '../rateLimit';
import { presentersRoom, saveFailed, send, type Channel, type ChannelSocket } from './context';
import { dispatch, type Sender } from './handlers';
import { NOTICES_BURST, NOTICES_PER_SECOND } from './limits';
import { driverLeft, presenterArrived, schedulePresence } from './presence';
import { joinSession, leaveSession } from './sessionCache';
import { scheduleSpots } from './spots';

const sizeOf = (payload: unknown) => {
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Infinity;
  }
};

export function onConnection(channel: Channel, socket: ChannelSocket): void {
  const { extension } = channel;
  if (!extension || socket.data.extension === undefined) return enterLive(channel, socket);
  extension.connected(socket, async (refresh) => {
    // Entering later (a guest held in a lobby): the session may have moved on since the handshake.
    if (refresh) socket.data.fresh = (await channel.store.get(socket.data.code).catch(() => null)) ?? socket.data.fresh;
    if (socket.connected) enterLive(channel, socket);
  });
}

/** The live part of a connection: the session's rooms, its welcome, its messages. */
function enterLive(channel: Channel, socket: ChannelSocket): void {
  const { code, presenterId, fresh } = socket.data;
  const session = joinSession(channel, fresh);
  // Before joining the rooms: what the arrival changes reaches the others, and this socket in its welcome.
  const offerControl = presenterId ? presenterArrived(channel, session, presenterId) : false;
  void socket.join(presenterId ? [code, presentersRoom(code)] : code);
  channel.store.touch(code).catch(saveFailed(channel, code));
  const { record } = session;
  send(socket, {
    v: LIVE_PROTOCOL_VERSION,
    type: 'welcome',
    code,
    tour: record.tour,
    role: presenterId ? 'presenter' : 'attendee',
    you: presenterId,
    presenters: record.presenters.map(({ id, name }) => ({ id, name })),
    driver: record.driver,
    state: record.state,
    pointer: record.pointer,
    away: session.away,
    ...(offerControl ? { offerControl } : {}),
  });
  schedulePresence(channel, code);
  scheduleSpots(channel, code, presenterId !== null);

  const { limits } = channel;
  const messages = createRateLimit(limits.messagesPerSecond, limits.messagesBurst);
  const refusals = createRateLimit(limits.refusedPerSecond, limits.refusedBurst);
  const notices = createRateLimit(NOTICES_PER_SECOND, NOTICES_BURST);
  let closed = false;
  const reject = (reason: string, message: string) => {
    if (closed) return;
    if (!refusals.take()) {
      closed = true;
      channel.log(`live: session ${code}: a connection was closed for too many refused messages`);
      send(socket, { v: LIVE_PROTOCOL_VERSION, type: 'rejected', reason: 'too-many-refused', message: 'Too many refused messages; the connection was closed.' });
      socket.disconnect(true);
      return;
    }
    if (notices.take()) send(socket, { v: LIVE_PROTOCOL_VERSION, type: 'rejected', reason, message });
  };
  const sender: Sender = { channel, socket, session, presenterId, reject };

  socket.on(LIVE_EVENT, (payload: unknown) => {
    if (closed) return;
    if (!messages.take()) return reject('rate-limited', 'Too many messages; some were dropped.');
    if (sizeOf(payload) > MAX_CLIENT_MESSAGE_BYTES) return reject('too-large', `Messages are limited to ${MAX_CLIENT_MESSAGE_BYTES} bytes.`);
    const parsed = ClientMessage.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reject('invalid', issue ? `${issue.path.join('.') || '(message)'}: ${issue.message}` : 'Not a live message.');
    }
    try {
      dispatch(sender, parsed.data);
    } catch (e) {
      channel.log(`live: session ${code}: a ${parsed.data.type} message failed: ${(e as Error).message}`);
    }
  });

  socket.on('disconnect', () => {
    if (presenterId && record.driver === presenterId) driverLeft(channel, session, presenterId);
    schedulePresence(channel, code);
    scheduleSpots(channel, code);
    leaveSession(channel, session);
  });
}
