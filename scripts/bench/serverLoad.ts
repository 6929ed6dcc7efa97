/**
 * The server under load (section 7 of `npm run bench`, or `npm run bench:server`):
 * the real server, started as `npm start` starts it, in its own process; 200
 * concurrent connections from 127.0.0.1 (autocannon) ask for a static file or
 * create live sessions, first on a quiet server, then while another loopback
 * address (127.0.0.2) floods `POST /api/live` — the guests' experience while
 * someone abuses the API. Two servers: one with the default limits (the flood
 * mostly meets 429s) and one with the limits lifted (the flood really creates
 * sessions), so both the limits and the cost of creating are visible.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { round } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = 200;

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  errors: number;
}

export interface FloodFigures {
  sent: number;
  created: number;
  refused: number;
  statuses: Record<string, number>;
}

export interface ServerLoadRow {
  limits: 'default' | 'lifted';
  target: 'static' | 'create';
  idle: LoadFigures;
  flooded: LoadFigures;
  flood: FloodFigures;
  /** flooded p99 / idle p99 (budget ≤ 2 for static files). */
  p99Ratio: number;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Starts `npm start`'s entry point with `env` and waits for its "serving" line. */
async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    // The bench's own process may carry NODE_ENV=production (set by an in-process Vite build), with which
    // `npm start` refuses to build a missing dist/ instead of building it.
    env: { ...process.env, NODE_ENV: undefined, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('is serving')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before serving: ${out}`)));
  });
  child.stdout?.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const statusesOf = (stats: Record<string, { count: number }> | undefined) =>
  Object.fromEntries(Object.entries(stats ?? {}).map(([status, { count }]) => [status, Number(count)]));

async function load(url: string, target: ServerLoadRow['target'], seconds: number): Promise<LoadFigures> {
  const result = await autocannon({
    url: target === 'static' ? `${url}/favicon.svg` : `${url}/api/live`,
    connections: CONNECTIONS,
    duration: seconds,
    ...(target === 'create' ? { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
  });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses: statusesOf(result.statusCodeStats as Record<string, { count: number }> | undefined),
    errors: result.errors + result.timeouts,
  };
}

/**
 * The flood: a separate process that sends `POST /api/live` from 127.0.0.2,
 * 50 at a time, until told to stop (so its CPU is not the measuring process's).
 */
function startFlood(url: string): { stop(): Promise<FloodFigures> } {
  const child = fork(fileURLToPath(new URL('./serverFlood.ts', import.meta.url)), [url], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    stop: () =>
      new Promise<FloodFigures>((resolve) => {
        child.once('message', (figures) => resolve(figures as FloodFigures));
        child.send('stop');
      }),
  };
}

/** One POST from 127.0.0.2 before measuring: fails loudly if this machine cannot use that address. */
function checkSecondAddress(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/favicon.svg`, { localAddress: '127.0.0.2' }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', (e) => reject(new Error(`cannot send from 127.0.0.2: ${e.message}`)));
    req.end();
  });
}

// 0 turns each limit off (server/live/api/limits.ts).
const LIFTED = { LIVE_CREATE_PER_MINUTE: '0', LIVE_MAX_SESSIONS: '0' };

export async function measureServerLoad(seconds: number, log: (m: string) => void): Promise<ServerLoadRow[]> {
  const rows: ServerLoadRow[] = [];
  for (const limits of ['default', 'lifted'] as const) {
    for (const target of ['static', 'create'] as const) {
      const folder = mkdtempSync(join(tmpdir(), 'sitevisit-bench-'));
      const server = await startServer({ LIVE_STORE_FILE: join(folder, 'live.json'), ...(limits === 'lifted' ? LIFTED : {}) });
      try {
        await checkSecondAddress(server.url);
        await load(server.url, target, 2); // warm-up: JIT, file cache
        const idle = await load(server.url, target, seconds);
        log(`${limits} limits, ${target}: idle p99 ${idle.p99Ms} ms`);
        const flood = startFlood(server.url);
        const flooded = await load(server.url, target, seconds);
        const floodFigures = await flood.stop();
        log(`${limits} limits, ${target}: flooded p99 ${flooded.p99Ms} ms (flood sent ${floodFigures.sent}, created ${floodFigures.created})`);
        if (server.child.exitCode !== null) throw new Error('the server exited under load');
        rows.push({ limits, target, idle, flooded, flood: floodFigures, p99Ratio: round(flooded.p99Ms / Math.max(idle.p99Ms, 1), 2) });
      } finally {
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    }
  }
  return rows;
}

export function renderServerLoad(rows: ServerLoadRow[], seconds: number): string[] {
  const line = (f: LoadFigures) => `${f.requestsPerSecond}/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms (${Object.entries(f.statuses).map(([s, n]) => `${s}: ${n}`).join(', ')}${f.errors ? `, errors ${f.errors}` : ''})`;
  return [
    `### Server under load (${CONNECTIONS} connections from 127.0.0.1, ${seconds} s each; flood: POST /api/live from 127.0.0.2, 50 at a time)`,
    '',
    '| limits | requests | idle | during the flood | p99 ratio | flood: sent / created / refused |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.limits} | ${r.target === 'static' ? 'GET /favicon.svg' : 'POST /api/live'} | ${line(r.idle)} | ${line(r.flooded)} | ${r.p99Ratio}× | ${r.flood.sent} / ${r.flood.created} / ${r.flood.refused} |`),
  ];
}
