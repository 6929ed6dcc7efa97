/**
 * Attendee clients for `npm run bench:live`: opens its share of connections
 * (plain WebSocket clients speaking the wire format, or socket.io-client with
 * `--clients socketio`) and records, for each state message the presenter sent
 * inside the measured window, the time from its send to its arrival here.
 * Reports its CPU time inside the window only (connecting is excluded).
 */
import { io, type Socket } from 'socket.io-client';
import { connectWireAttendee } from './wireClient';

interface Start {
  type: 'start';
  /** One server URL per attendee's process (two in Redis mode), picked round-robin. */
  urls: string[];
  /** One entry per attendee: the session code it joins. */
  codes: string[];
  clients: 'wire' | 'socketio';
}
type Control = { type: 'record'; from: number; to: number } | { type: 'report' | 'stop' | 'count' };

const closers: (() => void)[] = [];
let latencies: number[] = [];
/** The window's bounds on the presenters' clock: messages sent outside it are warm-up or drain, not counted. */
let window = { from: Infinity, to: -Infinity };
let cpuAtRecord: NodeJS.CpuUsage = process.cpuUsage();
const now = () => performance.timeOrigin + performance.now();

function received(sentAt: number) {
  if (sentAt >= window.from && sentAt < window.to) latencies.push(now() - sentAt);
}

function connectOne(url: string, code: string, clients: Start['clients']): Promise<void> {
  const auth = { v: 1, code };
  if (clients === 'wire') return connectWireAttendee(url, auth, received).then((a) => void closers.push(a.close));
  return new Promise<void>((resolve, reject) => {
    const socket: Socket = io(url, { auth, transports: ['websocket'], reconnection: false });
    socket.on('live', (m: { type: string; sentAt?: number }) => {
      if (m.type === 'welcome') resolve();
      else if (m.type === 'state' && m.sentAt !== undefined) received(m.sentAt);
    });
    socket.on('connect_error', reject);
    closers.push(() => socket.disconnect());
  });
}

async function connectAll({ urls, codes, clients }: Start) {
  // A few at a time: thousands of simultaneous handshakes measure the accept queue, not the live channel.
  for (let i = 0; i < codes.length; i += 50) {
    await Promise.all(codes.slice(i, i + 50).map((code, j) => connectOne(urls[(i + j) % urls.length] as string, code, clients)));
  }
}

process.on('message', (m: Start | Control) => {
  if (m.type === 'start') {
    connectAll(m).then(
      () => process.send?.({ type: 'connected', count: closers.length }),
      (e: Error) => {
        console.error(`bench worker: a connection failed after ${closers.length}: ${e.message}`);
        process.exit(1);
      },
    );
  }
  if (m.type === 'record') {
    latencies = [];
    window = { from: m.from, to: m.to };
    cpuAtRecord = process.cpuUsage();
  }
  if (m.type === 'count') process.send?.({ type: 'count', count: latencies.length });
  if (m.type === 'report') process.send?.({ type: 'latencies', latencies, cpu: process.cpuUsage(cpuAtRecord) });
  if (m.type === 'stop') {
    for (const close of closers) close();
    process.exit(0);
  }
});
// Never outlive the benchmark that started us.
process.on('disconnect', () => process.exit(0));
