/**
 * Attendee clients for `npm run bench:live`: opens its share of Socket.IO
 * connections (plain Node clients, no browser) and records, for each state
 * message, the time from the presenter's send to its arrival here.
 */
import { io, type Socket } from 'socket.io-client';

interface Start {
  type: 'start';
  url: string;
  /** One entry per attendee: the session code it joins. */
  codes: string[];
}

const sockets: Socket[] = [];
let latencies: number[] = [];
let recording = false;
const now = () => performance.timeOrigin + performance.now();

async function connectAll({ url, codes }: Start) {
  // A few at a time: thousands of simultaneous handshakes measure the accept queue, not the live channel.
  for (let i = 0; i < codes.length; i += 50) {
    await Promise.all(
      codes.slice(i, i + 50).map(
        (code) =>
          new Promise<void>((resolve, reject) => {
            const socket = io(url, { auth: { v: 1, code }, transports: ['websocket'], reconnection: false });
            socket.on('live', (m: { type: string; sentAt?: number }) => {
              if (m.type === 'welcome') resolve();
              else if (recording && m.type === 'state' && m.sentAt !== undefined) latencies.push(now() - m.sentAt);
            });
            socket.on('connect_error', reject);
            sockets.push(socket);
          }),
      ),
    );
  }
}

process.on('message', (m: Start | { type: 'record' | 'report' | 'stop' }) => {
  if (m.type === 'start') {
    connectAll(m).then(
      () => process.send?.({ type: 'connected', count: sockets.length }),
      (e: Error) => {
        console.error(`bench worker: a connection failed after ${sockets.length}: ${e.message}`);
        process.exit(1);
      },
    );
  }
  if (m.type === 'record') {
    latencies = [];
    recording = true;
  }
  if (m.type === 'report') {
    recording = false;
    process.send?.({ type: 'latencies', latencies, cpu: process.cpuUsage() });
  }
  if (m.type === 'stop') {
    for (const s of sockets) s.disconnect();
    process.exit(0);
  }
});
// Never outlive the benchmark that started us.
process.on('disconnect', () => process.exit(0));
