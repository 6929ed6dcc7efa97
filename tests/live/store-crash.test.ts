/**
 * A server process killed with SIGKILL in the middle of a stream of creates
 * and camera updates leaves a session file that the next start reads
 * completely: every session whose create was answered 201 is there, each
 * record is whole (an old or a new state, never half), and the restarted
 * server serves them to their presenters and attendees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { replayLog } from '../../server/live/store/logFormat';
import { connect, createSession, keyOf, panorama, type Client } from './helpers';
import { exited, serveLive } from './processes';

const children: ChildProcess[] = [];
const clients: Client[] = [];
let folder = '';
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
  rmSync(folder, { recursive: true, force: true });
});

const serve = async (file: string) => {
  const server = await serveLive({ LIVE_STORE_FILE: file });
  children.push(server.child);
  return server;
};

it('SIGKILL during creates and state writes: every acknowledged session is read back whole', async () => {
  folder = mkdtempSync(join(tmpdir(), 'sitevisit-crash-'));
  const file = join(folder, 'sessions.jsonl');
  const first = await serve(file);
  const tour = await createSession(first.url, { presenters: ['Anna'] });
  const presenter = connect(first.url, tour.code, keyOf(tour.presenterUrl));
  clients.push(presenter);
  await presenter.next('welcome');

  // Camera updates every few ms, and creates one after another, until the kill.
  let yaw = 0;
  const moving = setInterval(() => presenter.send({ type: 'state', state: panorama((yaw = (yaw + 1) % 360)) }), 4);
  const acknowledged: string[] = [];
  let killed = false;
  const creating = (async () => {
    while (!killed) {
      const session = await createSession(first.url).catch(() => null);
      if (session && !killed) acknowledged.push(session.code);
    }
  })();
  // Kill once the file holds a camera state and many creates were answered, with more in flight.
  await expect.poll(() => acknowledged.length >= 100 && (replayLog(file).records.get(tour.code)?.stateAt ?? 0) > 0, { timeout: 30_000, interval: 20 }).toBe(true);
  const killedAt = Date.now();
  first.child.kill('SIGKILL');
  killed = true;
  await exited(first.child);
  clearInterval(moving);
  await creating;

  const onDisk = replayLog(file);
  // Only the last line can be torn by a kill; everything else reads.
  expect(onDisk.skipped).toBeLessThanOrEqual(1);
  for (const code of acknowledged) expect(onDisk.records.has(code), code).toBe(true);
  const saved = onDisk.records.get(tour.code);
  expect(saved?.state?.view.kind).toBe('panorama');
  // At most the last second of camera state is lost (plus the channel's 250 ms and a loaded machine's slack).
  expect(killedAt - (saved?.stateAt ?? 0)).toBeLessThan(3000);

  const second = await serve(file);
  // Creates in flight at the kill may be on disk too, though never answered.
  expect(Number(second.output().match(/restored (\d+) session/)?.[1])).toBeGreaterThanOrEqual(acknowledged.length + 1);
  const again = connect(second.url, tour.code, keyOf(tour.presenterUrl));
  clients.push(again);
  expect(await again.next('welcome')).toMatchObject({ role: 'presenter', state: saved?.state });
  const attendee = connect(second.url, acknowledged.at(-1) as string);
  clients.push(attendee);
  expect(await attendee.next('welcome')).toMatchObject({ role: 'attendee' });
}, 60_000);
