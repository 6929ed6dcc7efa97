/** Child processes for tests: spawn and wait for a line, free ports, live servers and Redis. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/**
 * Runs a TypeScript file in one Node process (the tsx CLI would run it in a child of its own, which a SIGKILL
 * of the CLI would leave running).
 */
export const node = (file: string) => ({ command: process.execPath, args: ['--import', 'tsx', file] });
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Spawns a process and resolves once its output matches `ready`; `output()` is everything it printed so far. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  return new Promise<{ child: ChildProcess; match: RegExpMatchArray; output(): string }>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let done = false;
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(ready);
      if (match && !done) {
        done = true;
        resolve({ child, match, output: () => text });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      if (!done) reject(new Error(`${command} exited (${code}): ${text}`));
    });
  });
}

/** Resolves once the child has exited (at once if it already has). */
export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** Starts a live server process (fixtures/serve-live.ts, set up by `env`) and resolves once it listens. */
export async function serveLive(env: NodeJS.ProcessEnv) {
  const { command, args } = node(fixture('serve-live.ts'));
  const server = await start(command, args, env, /listening (\d+)/);
  return { ...server, url: `http://127.0.0.1:${server.match[1]}` };
}

const REDIS = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** Starts a redis-server without persistence (restarted, it is empty) on `port` (default: a free one). */
export async function startRedis(port?: number) {
  if (!existsSync(REDIS)) throw new Error(`${REDIS} is missing: install redis-server (apt-get install redis-server; .ci/run does)`);
  const at = port ?? (await freePort());
  const { child } = await start(REDIS, ['--port', String(at), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  return { child, url: `redis://127.0.0.1:${at}` };
}

/**
 * A redis-server and two live server processes sharing it (set up by `env`), started before the
 * file's tests and stopped after them: the servers first, as they hold Redis connections.
 */
export function twoProcessesSharingRedis(env: NodeJS.ProcessEnv = {}): { urlA: string; urlB: string; output(): string } {
  let outputs: (() => string)[] = [];
  const urls = { urlA: '', urlB: '', output: () => outputs.map((o, i) => `process ${'AB'[i]}:\n${o()}`).join('\n') };
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    const redis = await startRedis();
    children.push(redis.child);
    const [a, b] = await Promise.all([serveLive({ ...env, REDIS_URL: redis.url }), serveLive({ ...env, REDIS_URL: redis.url })]);
    children.push(a.child, b.child);
    outputs = [a.output, b.output];
    urls.urlA = a.url;
    urls.urlB = b.url;
  }, 60_000);
  afterAll(async () => {
    for (const child of children.splice(0).reverse()) {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
  return urls;
}
