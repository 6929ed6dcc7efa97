/**
 * Disk faults under a running live server with the file store: the disk
 * fills up mid-session (a real ENOSPC from a small tmpfs), the store folder is
 * read-only at start (a read-only bind mount: root ignores mode bits, so
 * chmod 0555 would prove nothing), and the store file is a symlink to
 * /dev/full. Each time: POST /api/live answers 503, existing sessions carry on
 * from memory, the failure is logged once, the file on disk stays complete and
 * readable, and once the disk takes writes again everything held in memory is
 * written and creates work again.
 *
 * Mounting needs root (CAP_SYS_ADMIN): without it the first two are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replayLog } from '../../server/live/store/logFormat';
import { connect, createSession, keyOf, panorama, startServer, type Client, type TestServer } from './helpers';

const mounts: string[] = [];
const folders: string[] = [];
const servers: TestServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
  for (const m of mounts.splice(0).reverse()) execFileSync('umount', [m]);
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const folder = () => {
  const f = mkdtempSync(join(tmpdir(), 'sitevisit-faults-'));
  folders.push(f);
  return f;
};
const mount = (...args: string[]) => {
  execFileSync('mount', args);
  mounts.push(args.at(-1) as string);
};
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'sitevisit-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

const serve = async (storeFile: string, port = 0) => {
  const server = await startServer({ storeFile, storeRetryMaxMs: 300 }, port);
  servers.push(server);
  return server;
};
const client = (...args: Parameters<typeof connect>) => {
  const c = connect(...args);
  clients.push(c);
  return c;
};
const post = (url: string) => fetch(`${url}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
const outages = (server: TestServer) => server.logs.filter((l) => l.includes('cannot write the session store'));

/** A presenter driving and an attendee following, on a fresh session. */
async function following(server: TestServer) {
  const session = await createSession(server.url);
  const presenter = client(server.url, session.code, keyOf(session.presenterUrl));
  await presenter.next('welcome');
  const attendee = client(server.url, session.code);
  await attendee.next('welcome');
  const drive = async (yaw: number) => {
    presenter.send({ type: 'state', state: panorama(yaw) });
    expect((await attendee.next('state')).state).toEqual(panorama(yaw));
  };
  return { session, presenter, attendee, drive };
}

/** While writes fail: 503 at once, one log line after several retries, the file whole and readable. */
async function refusesWhileDown(server: TestServer, file: string) {
  const started = Date.now();
  const refused = await post(server.url);
  expect(refused.status).toBe(503);
  expect(await refused.json()).toEqual({ error: 'live sessions are unavailable' });
  expect(Date.now() - started).toBeLessThan(2000);
  await expect.poll(() => Date.now() - (server.live.health().since ?? Date.now()), { timeout: 5000, interval: 50 }).toBeGreaterThan(1500);
  expect((await post(server.url)).status).toBe(503);
  expect(outages(server)).toHaveLength(1);
  const onDisk = replayLog(file);
  expect(onDisk.skipped).toBeLessThanOrEqual(1);
  return onDisk;
}

describe.skipIf(!canMount)('disk faults (root: tmpfs and bind mounts)', () => {
  it('the disk fills up mid-session: sessions carry on from memory, creates get 503, and all is written once space returns', async () => {
    const disk = folder();
    mount('-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', disk);
    const file = join(disk, 'sessions.jsonl');
    const server = await serve(file);
    const { session, drive, presenter } = await following(server);
    await drive(10);

    // Fill the disk: a real ENOSPC for the next write, whichever it is.
    const filler = join(disk, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(1 << 20));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    expect(statfsSync(disk).bavail).toBe(0);
    // Appends fill the last page the file already has, then one needs a new page: ENOSPC.
    const created: string[] = [];
    for (let i = 0; i < 100 && outages(server).length === 0; i++) {
      const res = await post(server.url);
      if (res.status === 201) created.push(((await res.json()) as { code: string }).code);
      else expect(res.status).toBe(503);
    }
    expect(outages(server)).toHaveLength(1);
    expect(outages(server)[0]).toMatch(/ENOSPC/);
    await drive(20);

    const onDisk = await refusesWhileDown(server, file);
    // Every 201 was durable.
    for (const code of [session.code, ...created]) expect(onDisk.records.has(code), code).toBe(true);
    // Existing sessions carry on: following, and a late joiner gets the current state from memory.
    await drive(30);
    const late = client(server.url, session.code);
    expect((await late.next('welcome')).state).toEqual(panorama(30));

    unlinkSync(filler);
    await expect.poll(() => server.live.health().available, { timeout: 5000, interval: 50 }).toBe(true);
    expect(server.logs.some((l) => /session store .* is writable again/.test(l))).toBe(true);
    const after = await createSession(server.url);
    // The latest state is written within a second of the disk's return (state writes are batched), the create at once.
    await expect.poll(() => replayLog(file).records.get(session.code)?.state, { timeout: 10_000, interval: 100 }).toEqual(panorama(30));
    expect(replayLog(file).records.has(after.code)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain(keyOf(session.presenterUrl));
    presenter.close();
  }, 30_000);

  it('a read-only store folder at start: sessions are restored and served, creates get 503, and all is written once it is writable', async () => {
    const dir = folder();
    const file = join(dir, 'sessions.jsonl');
    const before = await serve(file);
    const { session } = await following(before);
    const port = before.port;
    await before.close();
    servers.splice(servers.indexOf(before), 1);
    const bytes = readFileSync(file);

    mount('--bind', dir, dir);
    execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
    const server = await serve(file, port);
    expect(server.logs.join('\n')).toMatch(/restored 1 session/);
    const presenter = client(server.url, session.code, keyOf(session.presenterUrl));
    await presenter.next('welcome');
    const attendee = client(server.url, session.code);
    await attendee.next('welcome');
    presenter.send({ type: 'state', state: panorama(55) });
    expect((await attendee.next('state')).state).toEqual(panorama(55));

    expect((await post(server.url)).status).toBe(503);
    await expect.poll(() => outages(server).length, { timeout: 5000, interval: 50 }).toBe(1);
    expect(outages(server)[0]).toMatch(/EROFS/);
    await refusesWhileDown(server, file);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    execFileSync('umount', [dir]);
    mounts.splice(mounts.indexOf(dir), 1);
    await expect.poll(() => server.live.health().available, { timeout: 5000, interval: 50 }).toBe(true);
    expect((await post(server.url)).status).toBe(201);
    expect(replayLog(file).records.get(session.code)?.state).toEqual(panorama(55));
  }, 30_000);
});

it('the store file is a symlink to /dev/full: creates get 503 at once, logged once, the process serves on; a writable file ends it', async () => {
  const dir = folder();
  const file = join(dir, 'sessions.jsonl');
  symlinkSync('/dev/full', file);
  const server = await serve(file);
  await refusesWhileDown(server, file);
  expect(outages(server)[0]).toMatch(/ENOSPC/);
  unlinkSync(file);
  await expect.poll(() => server.live.health().available, { timeout: 5000, interval: 50 }).toBe(true);
  const { drive } = await following(server);
  await drive(5);
}, 30_000);
