/**
 * The floor under `npm run bench:live -- --floor`: what one small TCP write
 * costs on this machine with nothing but Node's `net` — the same number of
 * connections, read by two reader processes, the same deliveries a second
 * in bursts of one session's attendees, 150-byte messages (a camera update's
 * frame). The live server cannot deliver for less than this per attendee and
 * update; the difference is its own work. On loopback the write's kernel time
 * also carries the reader's TCP receive and its wake-up.
 *
 * Run by bench-live.ts as a child: `write-floor.ts <connections> <per second> <burst> <seconds>`;
 * prints one JSON line.
 */
import { fork } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const [mode, ...args] = process.argv.slice(2);

if (mode === 'reader') {
  const [port, count] = args.map(Number) as [number, number];
  for (let i = 0; i < count; i++) connect(port, '127.0.0.1').on('data', () => {});
  process.on('disconnect', () => process.exit(0));
} else {
  const [connections, perSecond, burst, seconds] = [mode, ...args].map(Number) as [number, number, number, number];
  const sockets: Socket[] = [];
  const server = createServer((s) => {
    s.setNoDelay(true);
    sockets.push(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const self = fileURLToPath(import.meta.url);
  const readers = [0, 1].map((i) => fork(self, ['reader', String(port), String(Math.floor(connections / 2) + (i === 0 ? connections % 2 : 0))], { execArgv: ['--import', 'tsx'] }));
  while (sockets.length < connections) await sleep(50);
  const frame = Buffer.alloc(150, 0x61);
  let writes = 0;
  let next = 0;
  // Bursts as a room broadcast: `burst` connections in a row, perSecond / burst bursts a second, spread evenly.
  const timer = setInterval(() => {
    for (let j = 0; j < burst; j++) {
      sockets[next % connections]?.write(frame);
      next += 1;
      writes += 1;
    }
  }, (1000 * burst) / perSecond);
  await sleep(1000);
  const before = process.cpuUsage();
  const from = writes;
  await sleep(seconds * 1000);
  const used = process.cpuUsage(before);
  const n = writes - from;
  clearInterval(timer);
  console.log(JSON.stringify({ writesPerSecond: Math.round(n / seconds), userMicrosPerWrite: used.user / n, systemMicrosPerWrite: used.system / n }));
  for (const r of readers) r.kill();
  process.exit(0);
}
