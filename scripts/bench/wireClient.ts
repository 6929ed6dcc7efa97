/**
 * Clients for `npm run bench:live` that speak the Engine.IO 4 / Socket.IO 5
 * wire format over a plain WebSocket (the `ws` package): no reconnection
 * logic, no packet objects, no JSON parse of the messages they only time. They
 * cost a fraction of a socket.io-client, so on one machine the figures say
 * what the server does, not what the benchmark's clients cost.
 *
 * The wire format (socket.io-protocol v5): the server opens with `0{…}`; the
 * client connects to the main namespace with `40<auth JSON>` and the server
 * answers `40{sid}` (or `44{message}`: refused); events travel as
 * `42["<event>",{…}]`; the server pings with `2`, the client answers `3`.
 */
import WebSocket from 'ws';

export interface WireSocket {
  /** Sends one event (`42["event",payload]`). */
  emit(event: string, payload: unknown): void;
  close(): void;
}

/**
 * Connects and resolves once the namespace accepted the handshake; `onEvent` gets every event packet's
 * text after its `42` (`["live",{…}]`), unparsed.
 */
export function connectWire(url: string, auth: Record<string, unknown>, onEvent: (text: string) => void): Promise<WireSocket> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  const wire: WireSocket = {
    emit: (event, payload) => socket.send(`42${JSON.stringify([event, payload])}`),
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    let accepted = false;
    socket.on('message', (data: WebSocket.RawData) => {
      const text = data.toString();
      const kind = text.charCodeAt(0);
      if (kind === 50 /* '2': ping */) return void socket.send('3');
      if (kind === 48 /* '0': open */) return void socket.send(`40${JSON.stringify(auth)}`);
      if (text.startsWith('42')) return onEvent(text.slice(2));
      if (text.startsWith('40')) return void ((accepted = true), resolve(wire));
      // '44': the server refused the connection (its reason in the payload).
      if (text.startsWith('44')) reject(new Error(`refused: ${text.slice(2)}`));
    });
    socket.on('error', reject);
    socket.on('close', () => accepted || reject(new Error('closed before the handshake was accepted')));
  });
}

/** The `sentAt` of a live `state` message the benchmark's presenters send (found without parsing the JSON), or NaN. */
export function sentAtOf(text: string): number {
  const at = text.lastIndexOf('"sentAt":');
  return at >= 0 ? parseFloat(text.slice(at + 9)) : NaN;
}

export interface WireAttendee {
  close(): void;
}

/** An attendee of a plain live session: resolves at the live channel's `welcome`; `onSentAt` gets each state message's `sentAt`. */
export function connectWireAttendee(url: string, auth: Record<string, unknown>, onSentAt: (sentAt: number) => void): Promise<WireAttendee> {
  return new Promise((resolve, reject) => {
    let welcomed = false;
    let socket: WireSocket | null = null;
    connectWire(url, auth, (text) => {
      const sentAt = sentAtOf(text);
      if (!Number.isNaN(sentAt)) return onSentAt(sentAt);
      if (!welcomed && text.includes('"type":"welcome"')) {
        welcomed = true;
        // The welcome may come in the same tick as the handshake's answer: wait for the socket object.
        void Promise.resolve().then(() => resolve({ close: () => socket?.close() }));
      }
    }).then((s) => void (socket = s), reject);
  });
}
