/**
 * The presenter's grace period across processes (real redis-server, two
 * server processes): a presenter whose connection moves to the other process
 * within the grace period keeps control (the check asks every process), and
 * one who leaves for good is announced on both and replaced by a speaker who
 * arrives on the other process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, keyOf, panorama, type Client } from './helpers';

const REDIS = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const serveLive = fileURLToPath(new URL('./fixtures/serve-live-tuned.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const GRACE_S = 0.5;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve({ child, match });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}): ${output}`)));
  });
}

const processes: ChildProcess[] = [];
const clients: Client[] = [];
let urlA = '';
let urlB = '';

beforeAll(async () => {
  if (!existsSync(REDIS)) throw new Error(`${REDIS} is missing: install redis-server`);
  const redisPort = await freePort();
  const redis = await start(REDIS, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  processes.push(redis.child);
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}`, LIVE_PRESENTER_GRACE_SECONDS: String(GRACE_S) };
  const [a, b] = await Promise.all([start(tsx, [serveLive], env, /listening (\d+)/), start(tsx, [serveLive], env, /listening (\d+)/)]);
  processes.push(a.child, b.child);
  urlA = `http://127.0.0.1:${a.match[1]}`;
  urlB = `http://127.0.0.1:${b.match[1]}`;
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  for (const child of processes.reverse()) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

const client = (...args: Parameters<typeof connect>) => {
  const c = connect(...args);
  clients.push(c);
  return c;
};

describe('presenter grace period with two processes', () => {
  it('a presenter back on the other process keeps control; one gone for good is replaced by a speaker on the other process', async () => {
    const { code, presenters } = await createSession(urlA, { presenters: ['Anna', 'Bo'] });
    const anna = client(urlA, code, keyOf(presenters[0]!.url));
    expect(await anna.next('welcome')).toMatchObject({ driver: 'p1' });
    const attendee = client(urlB, code);
    await attendee.next('welcome');
    // A second session on process A whose presenter leaves for good at the same time: once its
    // attendee hears of it, process A's grace timer for Anna has run too.
    const marker = await createSession(urlA);
    const markerPresenter = client(urlA, marker.code, keyOf(marker.presenterUrl));
    await markerPresenter.next('welcome');
    const markerAttendee = client(urlA, marker.code);
    await markerAttendee.next('welcome');

    // Anna's reload lands on process B.
    const annaOnB = client(urlB, code, keyOf(presenters[0]!.url));
    await annaOnB.next('welcome');
    anna.close();
    markerPresenter.close();
    await markerAttendee.next('control', (m) => m.away === 'p1', GRACE_S * 1000 + 5000);
    expect(attendee.received.filter((m) => m.type === 'control')).toEqual([]);
    annaOnB.send({ type: 'state', state: panorama(5) });
    expect((await attendee.next('state')).state).toEqual(panorama(5));

    // Anna leaves for good (on B): everyone is told, on both processes; Bo arrives on A and takes over.
    const otherAttendee = client(urlA, code);
    await otherAttendee.next('welcome');
    annaOnB.close();
    await Promise.all([attendee.next('control', (m) => m.away === 'p1' && m.driver === 'p1'), otherAttendee.next('control', (m) => m.away === 'p1')]);
    const bo = client(urlA, code, keyOf(presenters[1]!.url));
    expect(await bo.next('welcome')).toMatchObject({ driver: 'p2', away: 'p1' });
    await attendee.next('control', (m) => m.driver === 'p2');
    bo.send({ type: 'state', state: panorama(9) });
    expect((await attendee.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 9)).state).toEqual(panorama(9));
  }, 30_000);
});
