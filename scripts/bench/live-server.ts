/**
 * The server side of `npm run bench:live`: the live API and channel in its own
 * process, so its CPU time is measured apart from the clients'. With REDIS_URL
 * set, sessions live in Redis and rooms span processes, as behind a load
 * balancer. Answers `cpu` over IPC with its CPU time since the last `cpu-start`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLive } from '../../server/live/index';

// Every attendee comes from 127.0.0.1: the per-address limits that protect a public server are off here.
const unlimited = { handshakesPerSecond: 1e6, handshakesBurst: 1e6, maxConnectionsPerIp: 1e6 };
const live = createLive({
  defaultTour: 'processum',
  tourExists: () => true,
  log: () => {},
  api: { createPerMinute: 0 },
  channel: unlimited,
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
});
const http = createServer((req, res) => {
  if (req.url?.startsWith('/api/')) return void live.handleApi(req, res);
  res.writeHead(404).end();
});
live.attach(http);
http.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port }));
let cpuStart = process.cpuUsage();
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu-start') cpuStart = process.cpuUsage();
  if (m.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage(cpuStart) });
  if (m.type === 'stop') void live.close().then(() => process.exit(0));
});
// Never outlive the benchmark that started us.
process.on('disconnect', () => process.exit(0));
