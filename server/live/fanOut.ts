/**
 * Room broadcasts written as one ready WebSocket frame per connection: the
 * live channel's hot path (a presenter's camera, 20 times a second, to every
 * attendee of the session).
 *
 * Socket.IO already encodes a room broadcast once and pre-computes its
 * WebSocket frame (socket.io-adapter `_encode`). What stays per connection is
 * Engine.IO's packet machinery: a packet object and three events per send, the
 * frame written as two buffers (header, payload: a corked `writev`), and a
 * write callback whose completion runs the transport's `drain` chain. At
 * 40,000 deliveries a second that was most of the server's own time (the
 * profile in docs/performance.md). Here the frame is joined into one buffer
 * once per broadcast, and written straight to each connection that is idle —
 * open, on WebSocket, nothing queued in Engine.IO — which is exactly when
 * Engine.IO itself would write it at once, so the order of a connection's
 * messages is kept. Any other connection (long-polling, mid-upgrade, a write
 * queued) gets the broadcast through Engine.IO as before.
 *
 * Hooked on the namespace adapter's instance (`_encode` then `apply`, which
 * `Adapter.broadcast` calls back to back): the in-memory adapter and the Redis
 * adapter's local delivery of other processes' broadcasts both go through it.
 * Broadcasts with acknowledgements keep the full path. Outgoing-packet
 * listeners (`onAnyOutgoing`) do not see fast-path packets; the server uses none.
 */
import type { Server } from 'socket.io';

interface EngineConnection {
  readyState: string;
  writeBuffer: unknown[];
  transport: {
    name: string;
    writable: boolean;
    socket?: { readyState: number; _sender?: { sendFrame(list: Buffer[], cb?: () => void): void } };
    _canSendPreEncodedFrame?(packet: { options: { wsPreEncodedFrame: Buffer[] } }): boolean;
  };
}

interface AdapterInternals {
  _encode?(packet: { id?: number }, packetOpts: { wsPreEncodedFrame?: Buffer[] }): unknown;
  apply(opts: unknown, callback: (socket: { conn: EngineConnection }) => void): void;
}

const WS_OPEN = 1;

/** WebSocket transports Engine.IO itself would send a ready frame on (no per-message deflate): asked once per transport. */
const framesAccepted = new WeakSet<object>();

/** Writes the frame if the connection would be written at once by Engine.IO; false: send it the usual way. */
function writeIfIdle(conn: EngineConnection, frame: Buffer[]): boolean {
  if (conn.readyState !== 'open' || conn.writeBuffer.length > 0) return false;
  const { transport } = conn;
  if (transport.name !== 'websocket' || !transport.writable) return false;
  const ws = transport.socket;
  if (ws?.readyState !== WS_OPEN || !ws._sender) return false;
  if (!framesAccepted.has(transport)) {
    if (transport._canSendPreEncodedFrame?.({ options: { wsPreEncodedFrame: frame } }) !== true) return false;
    framesAccepted.add(transport);
  }
  ws._sender.sendFrame(frame);
  return true;
}

/** Installs the fast path on the main namespace's adapter; a Socket.IO whose adapter lacks the hooks keeps its own path. */
export function useFrameFanOut(io: Server): void {
  const adapter = io.of('/').adapter as unknown as AdapterInternals;
  const encode = adapter._encode?.bind(adapter);
  const apply = adapter.apply.bind(adapter);
  if (!encode) return;
  /** The frame of the broadcast being delivered: set by `_encode`, taken by the `apply` that follows it. */
  let frame: Buffer[] | null = null;
  adapter._encode = (packet, packetOpts) => {
    const encoded = encode(packet, packetOpts);
    const parts = packetOpts.wsPreEncodedFrame;
    frame = packet.id === undefined && parts && parts.length > 0 ? [parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)] : null;
    // Connections on the usual path write the joined frame too: one write instead of a corked pair.
    if (frame) packetOpts.wsPreEncodedFrame = frame;
    return encoded;
  };
  adapter.apply = (opts, callback) => {
    const ready = frame;
    frame = null;
    if (!ready) return apply(opts, callback);
    apply(opts, (socket) => {
      if (!writeIfIdle(socket.conn, ready)) callback(socket);
    });
  };
}
