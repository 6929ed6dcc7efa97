/**
 * `npm run bench:live`: presenter → attendee latency and server CPU of the
 * live channel on loopback. Starts the live server in its own process,
 * creates S sessions with one presenter each (this process), spreads N
 * attendees over W worker processes (Socket.IO clients in Node), lets every
 * presenter move its camera at R updates a second, and reports p50/p99
 * latency and the server's CPU per 1,000 attendees.
 *
 *   npm run bench:live -- [--attendees 2000] [--sessions 50] [--rate 20] [--seconds 10] [--workers 2]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { CreateSessionResponse } from '../src/protocol/live';
import { median, percentile, round } from './bench/stats';

const { values } = parseArgs({
  options: {
    attendees: { type: 'string', default: '2000' },
    sessions: { type: 'string', default: '50' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    workers: { type: 'string', default: '2' },
  },
});
const attendees = Number(values.attendees);
const sessions = Number(values.sessions);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const workerCount = Number(values.workers);

const child = (file: string) => fork(fileURLToPath(new URL(file, import.meta.url)), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const nextMessage = <T>(proc: ChildProcess, type: string) =>
  new Promise<T>((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type !== type) return;
      proc.off('message', on);
      resolve(m as T);
    };
    proc.on('message', on);
  });
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const server = child('./bench/live-server.ts');
const { port } = await nextMessage<{ port: number }>(server, 'ready');
const url = `http://127.0.0.1:${port}`;

// Sessions, each with its presenter connected (and so in control).
const created: CreateSessionResponse[] = [];
for (let i = 0; i < sessions; i++) {
  const res = await fetch(`${url}/api/live`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
  created.push((await res.json()) as CreateSessionResponse);
}
const presenters: Socket[] = await Promise.all(
  created.map(
    (s) =>
      new Promise<Socket>((resolve) => {
        const key = new URLSearchParams(new URL(s.presenterUrl).hash.slice(1)).get('key') as string;
        const socket = io(url, { auth: { v: 1, code: s.code, key }, transports: ['websocket'], reconnection: false });
        socket.on('live', (m: { type: string }) => m.type === 'welcome' && resolve(socket));
      }),
  ),
);

console.error(`bench:live: ${sessions} sessions with their presenters ready`);
// Attendees: round-robin over sessions, split over the workers.
const workers = Array.from({ length: workerCount }, () => child('./bench/live-worker.ts'));
for (const w of workers) w.on('exit', (code) => code !== 0 && (console.error('bench:live: a client worker failed'), process.exit(1)));
const connectStart = Date.now();
await Promise.all(
  workers.map((w, wi) => {
    const codes: string[] = [];
    for (let i = wi; i < attendees; i += workerCount) codes.push((created[i % sessions] as CreateSessionResponse).code);
    w.send({ type: 'start', url, codes });
    return nextMessage(w, 'connected');
  }),
);
const connectMs = Date.now() - connectStart;
console.error(`bench:live: ${attendees} attendees connected in ${connectMs} ms`);

// Every presenter pans its camera at `rate` updates a second, staggered so sends are spread over the interval.
let yaw = 0;
const timers = presenters.map((socket, i) =>
  setTimeout(() => {
    const t = setInterval(() => {
      yaw = (yaw + 1) % 180;
      socket.emit('live', { v: 1, type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null }, sentAt: now() });
    }, 1000 / rate);
    timers[i] = t as unknown as ReturnType<typeof setTimeout>;
  }, (i * 1000) / rate / sessions),
);

await sleep(2000); // warm-up: JIT, socket buffers
for (const w of workers) w.send({ type: 'record' });
server.send({ type: 'cpu' });
const cpuBefore = (await nextMessage<{ usage: NodeJS.CpuUsage }>(server, 'cpu')).usage;
const wallBefore = now();
await sleep(seconds * 1000);
server.send({ type: 'cpu' });
const cpuAfter = (await nextMessage<{ usage: NodeJS.CpuUsage }>(server, 'cpu')).usage;
const wall = now() - wallBefore;
for (const t of timers) clearInterval(t as unknown as ReturnType<typeof setInterval>);
for (const w of workers) w.send({ type: 'report' });
const reports = await Promise.all(workers.map((w) => nextMessage<{ latencies: number[]; cpu: NodeJS.CpuUsage }>(w, 'latencies')));
const latencies = reports.flatMap((m) => m.latencies);

const cpuMs = (cpuAfter.user - cpuBefore.user + cpuAfter.system - cpuBefore.system) / 1000;
const cpuPercent = (cpuMs / wall) * 100;
const expected = Math.round(attendees * rate * (wall / 1000));
const result = {
  attendees,
  sessions,
  updatesPerSecondPerPresenter: rate,
  seconds: round(wall / 1000, 1),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  connectSeconds: round(connectMs / 1000, 1),
  messagesDelivered: latencies.length,
  messagesExpected: expected,
  latencyMs: { p50: round(median(latencies), 1), p99: round(percentile(latencies, 99), 1), max: round(latencies.reduce((a, b) => Math.max(a, b), 0), 1) },
  serverCpuPercent: round(cpuPercent, 1),
  /** All attendee clients together (includes their connect phase): on one machine they compete with the server. */
  clientCpuSeconds: round(reports.reduce((sum, r) => sum + (r.cpu.user + r.cpu.system) / 1e6, 0), 1),
  serverCpuPercentPer1000Attendees: round(cpuPercent / (attendees / 1000), 1),
  /** The machine's load while measuring: other work on it inflates latency. */
  loadAverage1m: round(loadavg()[0] ?? 0, 2),
};
console.log(JSON.stringify(result, null, 2));
console.log(
  `\n${attendees} attendees / ${sessions} sessions, ${rate} camera updates/s each: latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; ` +
    `server CPU ${result.serverCpuPercent}% of one core (${result.serverCpuPercentPer1000Attendees}% per 1,000 attendees); ` +
    `${latencies.length}/${expected} messages delivered.`,
);

for (const p of presenters) p.disconnect();
for (const w of workers) w.send({ type: 'stop' });
server.send({ type: 'stop' });
