/**
 * The server side of `npm run bench:live`: the live API and channel (memory
 * store, as `npm start` without Redis) in its own process, so its CPU time is
 * measured apart from the clients'. Answers `cpu` over IPC with process.cpuUsage().
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLive } from '../../server/live/index';

// One address creates every session: no per-address limit here.
const live = createLive({ defaultTour: 'processum', tourExists: () => true, log: () => {}, api: { createPerMinute: 0 } });
const http = createServer((req, res) => {
  if (req.url?.startsWith('/api/')) return void live.handleApi(req, res);
  res.writeHead(404).end();
});
live.attach(http);
http.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port }));
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage() });
  if (m.type === 'stop') void live.close().then(() => process.exit(0));
});
// Never outlive the benchmark that started us.
process.on('disconnect', () => process.exit(0));
