/**
 * `npm run bench:live`: presenter → attendee latency and server CPU of the
 * live channel on loopback. Starts the live server in its own process (two
 * behind one Redis with `--redis`), creates S sessions with one presenter each
 * (this process), spreads N attendees over W worker processes, lets every
 * presenter move its camera at R updates a second, and reports p50/p99 latency
 * and the server's CPU per 1,000 attendees, with the clients' CPU and the
 * machine's load beside them (the clients share the machine with the server).
 *
 * Method: a warm-up of 2 s is not measured; only messages sent inside the
 * window count, and the expected deliveries are what the presenters really
 * sent times their session's attendees; after the window the benchmark waits
 * for messages still in flight (up to 5 s) before it reports.
 *
 * `--visit` adds a booked visit on the same servers (scripts/bench/visitBench.ts,
 * visits on SQLite in a temporary folder, or DATABASE_URL): 100 registrations at
 * once for 50 seats, 50 guests in the lobby and Open doors (both after the
 * warm-up, under the camera load), then in the window the visit's own camera at
 * `--rate`, one question a second and one poll vote per guest.
 * `--profile <dir>` writes a V8 CPU profile of each server process there;
 * `--baseline` runs the servers on Engine.IO's own write path (without server/live/fanOut.ts);
 * `--floor` ends with what a bare Node socket write costs here (scripts/bench/write-floor.ts).
 *
 *   npm run bench:live -- [--attendees 2000] [--sessions 50] [--rate 20] [--seconds 10] [--workers 2]
 *                         [--clients wire|socketio] [--redis] [--visit [--seats 50] [--registrations 100]]
 *                         [--profile <dir>] [--baseline] [--floor]
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { CreateSessionResponse } from '../src/protocol/live';
import { median, percentile, round } from './bench/stats';
import { lobbyAndDoors, registrationRush, visitTraffic, type RunningVisit } from './bench/visitBench';

const { values } = parseArgs({
  options: {
    attendees: { type: 'string', default: '2000' },
    sessions: { type: 'string', default: '50' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    workers: { type: 'string', default: '2' },
    clients: { type: 'string', default: 'wire' },
    redis: { type: 'boolean', default: false },
    visit: { type: 'boolean', default: false },
    seats: { type: 'string', default: '50' },
    registrations: { type: 'string', default: '100' },
    profile: { type: 'string' },
    baseline: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
  },
});
const attendees = Number(values.attendees);
const sessions = Number(values.sessions);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const workerCount = Number(values.workers);
const clients = values.clients === 'socketio' ? 'socketio' : 'wire';

const child = (file: string, env: NodeJS.ProcessEnv = {}, execArgv: string[] = []) =>
  fork(fileURLToPath(new URL(file, import.meta.url)), { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
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
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
const percentiles = (values: number[]) => ({ count: values.length, p50: round(median(values), 1), p95: round(percentile(values, 95), 1), p99: round(percentile(values, 99), 1), max: round(values.reduce((a, b) => Math.max(a, b), 0), 1) });

async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
  const redis = spawn(process.env.REDIS_SERVER ?? 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    redis.stdout.on('data', (c: Buffer) => (out += c.toString()).includes('Ready to accept') && resolve());
    redis.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => redis.kill() };
}

const redis = values.redis ? await startRedis() : null;
const ORGANIZER_TOKEN = 'bench-organizer-token';
const visitData = values.visit && !process.env.DATABASE_URL ? mkdtempSync(join(tmpdir(), 'bench-live-')) : null;
const serverEnv: NodeJS.ProcessEnv = {
  ...(redis ? { REDIS_URL: redis.url } : {}),
  ...(values.baseline ? { BENCH_BASELINE: '1' } : {}),
  ...(values.visit ? { ORGANIZER_TOKEN, ...(visitData ? { BENCH_DATA_DIR: visitData } : {}) } : {}),
};
// One after the other: two processes opening a new SQLite database at once would both run its migrations.
const servers: ChildProcess[] = [];
const urls: string[] = [];
for (let i = 0; i < (redis ? 2 : 1); i++) {
  const server = child('./bench/live-server.ts', serverEnv, values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []);
  server.on('exit', (code) => code !== 0 && code !== null && (console.error('bench:live: a server process failed'), process.exit(1)));
  servers.push(server);
  urls.push(`http://127.0.0.1:${(await nextMessage<{ port: number }>(server, 'ready')).port}`);
}
const url = urls[0] as string;

// Sessions, each with its presenter connected to the first server (and so in control).
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

console.error(`bench:live: ${sessions} sessions with their presenters ready on ${urls.length} server process(es)${redis ? ' sharing one Redis' : ''}`);
// Attendees: round-robin over sessions, split over the workers (and, in Redis mode, over the servers).
const attendeesOf = new Array<number>(sessions).fill(0);
for (let i = 0; i < attendees; i++) attendeesOf[i % sessions]! += 1;
const workers = Array.from({ length: workerCount }, () => child('./bench/live-worker.ts'));
for (const w of workers) w.on('exit', (code) => code !== 0 && (console.error('bench:live: a client worker failed'), process.exit(1)));
const connectStart = Date.now();
await Promise.all(
  workers.map((w, wi) => {
    const codes: string[] = [];
    for (let i = wi; i < attendees; i += workerCount) codes.push((created[i % sessions] as CreateSessionResponse).code);
    w.send({ type: 'start', urls, codes, clients });
    return nextMessage(w, 'connected');
  }),
);
const connectMs = Date.now() - connectStart;
console.error(`bench:live: ${attendees} attendees (${clients} clients) connected in ${connectMs} ms`);

// Every presenter pans its camera at `rate` updates a second, staggered so sends are spread over the interval.
let yaw = 0;
let windowFrom = Infinity;
let windowTo = Infinity;
const sentInWindow = new Array<number>(sessions).fill(0);
const intervals: ReturnType<typeof setInterval>[] = [];
const starts = presenters.map((socket, i) =>
  setTimeout(() => {
    intervals.push(
      setInterval(() => {
        yaw = (yaw + 1) % 180;
        const sentAt = now();
        if (sentAt >= windowFrom && sentAt < windowTo) sentInWindow[i]! += 1;
        socket.emit('live', { v: 1, type: 'state', state: { scene: 'hall', view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card: null }, sentAt });
      }, 1000 / rate),
    );
  }, (i * 1000) / rate / sessions),
);

await sleep(2000); // warm-up: JIT, socket buffers — not measured

// The booked visit's registrations and doors, under the camera load (before the window: they are timed on their own).
let rush: Awaited<ReturnType<typeof registrationRush>> | null = null;
let visit: RunningVisit | null = null;
if (values.visit) {
  rush = await registrationRush(urls, ORGANIZER_TOKEN, Number(values.seats), Number(values.registrations));
  console.error(`bench:live: ${rush.figures.registrations} registrations for ${rush.figures.seats} seats in ${rush.figures.ms} ms: ${rush.figures.storedConfirmed} confirmed, ${rush.figures.storedWaiting} waiting`);
  visit = await lobbyAndDoors(urls, rush);
  console.error(`bench:live: ${visit.guests.length} guests followed the speaker ${round(percentile(visit.doorsMs, 95), 0)} ms (p95) after Open doors`);
}

windowFrom = now();
windowTo = windowFrom + seconds * 1000;
for (const w of workers) w.send({ type: 'record', from: windowFrom, to: windowTo });
for (const s of servers) s.send({ type: 'cpu-start' });
const ownCpuBefore = process.cpuUsage();
const traffic = visit ? visitTraffic(visit, rate, windowFrom, windowTo) : null;
await sleep(seconds * 1000);
const serverUsage = await Promise.all(servers.map(async (s) => (s.send({ type: 'cpu' }), (await nextMessage<{ usage: NodeJS.CpuUsage }>(s, 'cpu')).usage)));
const serverCpu = serverUsage.map(cpuSeconds);
const presenterCpu = cpuSeconds(process.cpuUsage(ownCpuBefore));
const load = loadavg()[0] ?? 0;
for (const t of starts) clearTimeout(t);
for (const t of intervals) clearInterval(t);

// Messages in flight when the window closed still count: wait until all arrived, or nothing more arrives for 1 s (at most 5 s).
const expected = sentInWindow.reduce((sum, sent, i) => sum + sent * (attendeesOf[i] ?? 0), 0);
const counted = async () => (await Promise.all(workers.map(async (w) => (w.send({ type: 'count' }), (await nextMessage<{ count: number }>(w, 'count')).count)))).reduce((a, b) => a + b, 0);
const drainStart = Date.now();
let lastCount = -1;
let lastChange = Date.now();
for (;;) {
  const c = await counted();
  if (c !== lastCount) [lastCount, lastChange] = [c, Date.now()];
  if (c >= expected || Date.now() - lastChange > 1000 || Date.now() - drainStart > 5000) break;
  await sleep(100);
}
for (const w of workers) w.send({ type: 'report' });
const reports = await Promise.all(workers.map((w) => nextMessage<{ latencies: number[]; cpu: NodeJS.CpuUsage }>(w, 'latencies')));
const latencies = reports.flatMap((m) => m.latencies);
const visitResult = traffic && visit && rush ? await traffic.then(({ voteMs, asked, votesDone }) => ({ rush: rush.figures, doors: { guests: visit.guests.length, followedMs: percentiles(visit.doorsMs) }, camera: { expected: visit.cameraSent * visit.guests.length, ...percentiles(visit.camera) }, questionsAsked: asked, questionFanOut: { recipientsEach: visit.guests.length + 1, ...percentiles(visit.questions) }, pollVotes: votesDone, voteRoundTrip: percentiles(voteMs) })) : null;

const serverCpuPercent = (serverCpu.reduce((a, b) => a + b, 0) / seconds) * 100;
const result = {
  attendees,
  sessions,
  updatesPerSecondPerPresenter: rate,
  serverProcesses: servers.length,
  redis: redis !== null,
  clients,
  writePath: values.baseline ? 'engine.io' : 'frames',
  seconds,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  connectSeconds: round(connectMs / 1000, 1),
  messagesSent: sentInWindow.reduce((a, b) => a + b, 0),
  deliveriesExpected: expected,
  deliveriesMeasured: latencies.length,
  latencyMs: { p50: round(median(latencies), 1), p99: round(percentile(latencies, 99), 1), max: round(latencies.reduce((a, b) => Math.max(a, b), 0), 1) },
  /** All server processes together, in % of one core. */
  serverCpuPercent: round(serverCpuPercent, 1),
  serverCpuPercentPer1000Attendees: round(serverCpuPercent / (attendees / 1000), 1),
  /** Of it, in the kernel (socket writes; on loopback also the receiving side's TCP work). */
  serverSystemCpuPercent: round((serverUsage.reduce((a, u) => a + u.system, 0) / 1e6 / seconds) * 100, 1),
  /** The servers' CPU time per delivery measured, in µs (compare with `--floor`). */
  serverMicrosPerDelivery: {
    user: round(serverUsage.reduce((a, u) => a + u.user, 0) / latencies.length, 2),
    system: round(serverUsage.reduce((a, u) => a + u.system, 0) / latencies.length, 2),
  },
  /** The attendee workers and the presenters' process, in the window: on one machine they compete with the server. */
  clientCpuPercent: round(((reports.reduce((sum, r) => sum + cpuSeconds(r.cpu), 0) + presenterCpu) / seconds) * 100, 1),
  /** The machine's load at the end of the window: other work on it inflates latency. */
  loadAverage1m: round(load, 2),
  ...(visitResult ? { visit: visitResult } : {}),
};
console.log(JSON.stringify(result, null, 2));
console.log(
  `\n${attendees} attendees / ${sessions} sessions, ${rate} camera updates/s each, ${servers.length} server process(es)${redis ? ' + Redis' : ''}: ` +
    `latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; server CPU ${result.serverCpuPercent}% of one core ` +
    `(${result.serverCpuPercentPer1000Attendees}% per 1,000 attendees); clients ${result.clientCpuPercent}%; ` +
    `${latencies.length}/${expected} deliveries; load average ${result.loadAverage1m}.`,
);
if (visitResult) {
  const { rush: r, doors, camera, questionFanOut } = visitResult;
  console.log(
    `Visit: ${r.registrations} registrations for ${r.seats} seats in ${r.ms} ms → ${r.storedConfirmed} confirmed, ${r.storedWaiting} waiting, ${r.storedDistinctGuests} distinct (${r.correct ? 'correct' : 'WRONG'}); ` +
      `Open doors → all ${doors.guests} following: p95 ${doors.followedMs.p95} ms, max ${doors.followedMs.max} ms; ` +
      `camera at the guests p99 ${camera.p99} ms (${camera.count}/${camera.expected}); question fan-out p99 ${questionFanOut.p99} ms (${questionFanOut.count} deliveries); ${visitResult.pollVotes} poll votes, round trip p99 ${visitResult.voteRoundTrip.p99} ms.`,
  );
}

for (const p of presenters) p.disconnect();
visit?.close();
for (const w of workers) w.send({ type: 'stop' });
for (const s of servers) s.send({ type: 'stop' });
redis?.stop();
if (values.floor) {
  // After the servers and clients stopped, so the floor has the machine to itself as they had it.
  await sleep(1000);
  const floorRun = fork(fileURLToPath(new URL('./bench/write-floor.ts', import.meta.url)), [String(attendees), String(Math.round((expected / seconds) * 1)), String(Math.max(1, Math.round(attendees / sessions))), String(seconds)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let out = '';
  floorRun.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((r) => floorRun.once('exit', r));
  const floor = JSON.parse(out) as { writesPerSecond: number; userMicrosPerWrite: number; systemMicrosPerWrite: number };
  console.log(
    `Floor: a bare Node socket write of 150 bytes to ${attendees} loopback connections (${floor.writesPerSecond}/s) costs ${round(floor.userMicrosPerWrite, 2)} µs user + ${round(floor.systemMicrosPerWrite, 2)} µs kernel; ` +
      `the server spent ${result.serverMicrosPerDelivery.user} + ${result.serverMicrosPerDelivery.system} µs per delivery; load average ${round(loadavg()[0] ?? 0, 2)}.`,
  );
}
// The servers close the database on `stop`; the folder goes once they have exited.
if (visitData) await Promise.all(servers.map((s) => new Promise((r) => (s.exitCode === null ? s.once('exit', r) : r(null))))).then(() => rmSync(visitData, { recursive: true, force: true }));
