/**
 * The server side of `npm run bench:live`: the live API and channel in its own
 * process, so its CPU time is measured apart from the clients'. With REDIS_URL
 * set, sessions live in Redis and rooms span processes, as behind a load
 * balancer. With BENCH_DATA_DIR set, booked visits are wired as `npm start`
 * wires them (ORGANIZER_TOKEN, the visits API in front of the live API, the visit live side as
 * the channel's extension), on SQLite in that folder (DATABASE_URL: PostgreSQL).
 * Answers `cpu` over IPC with its CPU time since the last `cpu-start`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLive } from '../../server/live/index';
import { lazyStorage } from '../../server/storage/lazy';
import { createVisits } from '../../server/visits/index';
import { createVisitLive } from '../../server/visits/live/index';

// Every attendee comes from 127.0.0.1: the per-address limits that protect a public server are off here.
const unlimited = { handshakesPerSecond: 1e6, handshakesBurst: 1e6, maxConnectionsPerIp: 1e6 };
const log = (line: string) => process.env.BENCH_VERBOSE && console.error(line);
const tourExists = () => true;
const dataDir = process.env.BENCH_DATA_DIR;
const storage = dataDir || process.env.DATABASE_URL ? lazyStorage(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir }) : null;
const visitLive = storage ? createVisitLive({ storage, log }) : null;
const live = createLive({
  defaultTour: 'processum',
  tourExists,
  log,
  api: { createPerMinute: 0 },
  channel: unlimited,
  // `bench:live --baseline`: Engine.IO's own write path, to compare with the ready frames under the same load.
  frameFanOut: !process.env.BENCH_BASELINE,
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(visitLive ? { extension: visitLive.extension } : {}),
});
const visits =
  storage && visitLive
    ? createVisits({ storage, tourExists, organizerToken: process.env.ORGANIZER_TOKEN ?? '', registerPerMinute: 0, tickMs: 0, log, live: { store: live.store, doorsOpened: visitLive.doorsOpened } })
    : null;
const http = createServer((req, res) => {
  if (!req.url?.startsWith('/api/')) return void res.writeHead(404).end();
  if (!visits) return void live.handleApi(req, res);
  void visits.handleApi(req, res).then((handled) => (handled ? undefined : live.handleApi(req, res)));
});
live.attach(http);
if (storage) await storage.get();
// With Redis, connections are refused until this process hears the others.
await live.hearingOthers();
http.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port }));
let cpuStart = process.cpuUsage();
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu-start') cpuStart = process.cpuUsage();
  if (m.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage(cpuStart) });
  if (m.type === 'stop') void live.close().then(async () => {
    await visits?.close();
    process.exit(0);
  });
});
// Never outlive the benchmark that started us.
process.on('disconnect', () => process.exit(0));
