/**
 * A live attendee for `npm run bench:live` that speaks the Engine.IO 4 /
 * Socket.IO 5 wire format over a plain WebSocket (the `ws` package): no
 * reconnection logic, no packet objects, no JSON parse of the messages it only
 * times. It costs a fraction of a socket.io-client, so on one machine the
 * figures say what the server does, not what the benchmark's clients cost.
 *
 * The wire format (socket.io-protocol v5): the server opens with `0{…}`; the
 * client connects to the main namespace with `40<auth JSON>`; events arrive as
 * `42["live",{…}]`; the server pings with `2`, the client answers `3`.
 */
import WebSocket from 'ws';

export interface WireAttendee {
  close(): void;
}

/** Connects; resolves at the live channel's `welcome`; `onSentAt` gets each state message's `sentAt`. */
export function connectWireAttendee(url: string, auth: Record<string, unknown>, onSentAt: (sentAt: number) => void): Promise<WireAttendee> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    let welcomed = false;
    socket.on('message', (data: WebSocket.RawData) => {
      const text = data.toString();
      const kind = text.charCodeAt(0);
      if (kind === 50 /* '2': ping */) return void socket.send('3');
      if (kind === 48 /* '0': open */) return void socket.send(`40${JSON.stringify(auth)}`);
      if (!text.startsWith('42')) {
        // '44': the server refused the connection (its reason in the payload).
        if (text.startsWith('44')) reject(new Error(`refused: ${text.slice(2)}`));
        return;
      }
      const at = text.lastIndexOf('"sentAt":');
      if (at >= 0) return void onSentAt(parseFloat(text.slice(at + 9)));
      if (!welcomed && text.includes('"type":"welcome"')) {
        welcomed = true;
        resolve({ close: () => socket.close() });
      }
    });
    socket.on('error', reject);
    socket.on('close', () => welcomed || reject(new Error('closed before the welcome')));
  });
}
