/**
 * Several server processes sharing one Redis act as one: a real
 * `redis-server` on a free port (no persistence) and two server processes.
 * A session created on one is joined on the other; state, control and
 * presence cross processes; a late joiner on the other process gets the state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, keyOf, panorama, type Client } from './helpers';

const REDIS = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const serveLive = fileURLToPath(new URL('./fixtures/serve-live.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Spawns a process and resolves once its output matches `ready`. */
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
  if (!existsSync(REDIS)) throw new Error(`${REDIS} is missing: install redis-server (apt-get install redis-server; .ci/run does)`);
  const redisPort = await freePort();
  const redis = await start(REDIS, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  processes.push(redis.child);
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
  const [a, b] = await Promise.all([start(tsx, [serveLive], env, /listening (\d+)/), start(tsx, [serveLive], env, /listening (\d+)/)]);
  processes.push(a.child, b.child);
  urlA = `http://127.0.0.1:${a.match[1]}`;
  urlB = `http://127.0.0.1:${b.match[1]}`;
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  // Servers first (they hold Redis connections), then Redis.
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

describe('two server processes sharing Redis', () => {
  it('act as one session: state, control, presence and late joiners cross processes', async () => {
    const { code, presenters } = await createSession(urlA, { presenters: ['Anna', 'Bo'] });
    const anna = client(urlA, code, keyOf(presenters[0]!.url));
    expect(await anna.next('welcome')).toMatchObject({ role: 'presenter', driver: 'p1' });
    const attendee = client(urlB, code);
    expect(await attendee.next('welcome')).toMatchObject({ role: 'attendee', driver: 'p1' });

    anna.send({ type: 'state', state: panorama(11) });
    expect((await attendee.next('state')).state).toEqual(panorama(11));
    // Presence counts every process's attendees.
    const other = client(urlA, code);
    await other.next('welcome');
    await anna.next('presence', (m) => m.attendees === 2);

    // A late joiner on the other process gets the state from Redis, where it is
    // saved within 250 ms: joiners arriving in that window may get the one before.
    await expect
      .poll(async () => {
        const late = client(urlB, code);
        const welcome = await late.next('welcome');
        late.close();
        return welcome.state;
      }, { timeout: 5000, interval: 100 })
      .toEqual(panorama(11));

    // Control handed over on process A reaches a presenter on process B, who then drives.
    const bo = client(urlB, code, keyOf(presenters[1]!.url));
    await bo.next('welcome');
    anna.send({ type: 'hand-over', to: 'p2' });
    await bo.next('control', (m) => m.driver === 'p2');
    bo.send({ type: 'state', state: panorama(22) });
    expect((await other.next('state', (m) => m.state.view.kind === 'panorama' && m.state.view.yaw === 22)).state).toEqual(panorama(22));
    anna.send({ type: 'state', state: panorama(33) });
    expect((await anna.next('rejected')).reason).toBe('not-in-control');
  }, 30_000);
});
