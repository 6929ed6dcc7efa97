/**
 * The flooding client of scripts/bench/serverLoad.ts, in its own process:
 * `POST /api/live` from 127.0.0.2, 50 requests in flight, until the parent
 * says "stop"; then it reports what it sent and what came back.
 */
import { Agent, request } from 'node:http';

const url = process.argv[2] as string;
const IN_FLIGHT = 50;
const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT, localAddress: '127.0.0.2' });
const statuses: Record<string, number> = {};
let sent = 0;
let stopping = false;
let running = 0;

function one(): Promise<void> {
  return new Promise((resolve) => {
    sent += 1;
    const req = request(`${url}/api/live`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
      res.resume();
      res.on('end', resolve);
      res.on('error', () => resolve());
    });
    req.on('error', () => {
      statuses.error = (statuses.error ?? 0) + 1;
      resolve();
    });
    req.end('{}');
  });
}

async function loop() {
  running += 1;
  while (!stopping) await one();
  running -= 1;
  if (running === 0) {
    const created = statuses['201'] ?? 0;
    process.send?.({ sent, created, refused: sent - created, statuses });
    agent.destroy();
    process.exit(0);
  }
}

process.on('message', () => {
  stopping = true;
});
process.on('disconnect', () => process.exit(0));
for (let i = 0; i < IN_FLIGHT; i++) void loop();
