/**
 * The file session store on real files: creates are durable when they
 * resolve and share fsyncs, changes reach the file within a second, the log is
 * compacted, a torn tail or the previous format is read back, and a store file
 * that cannot be written (/dev/full) refuses creates at once, logs once, and
 * recovers by itself.
 */
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../../server/live/store/file';
import { putLine, replayLog } from '../../server/live/store/logFormat';
import type { SessionRecord, SessionStore } from '../../server/live/store';
import { panorama } from './helpers';

const folders: string[] = [];
const stores: SessionStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const tempFile = () => {
  const folder = mkdtempSync(join(tmpdir(), 'sitevisit-store-'));
  folders.push(folder);
  return join(folder, 'sessions.jsonl');
};

function open(file: string, retryMaxMs = 10_000) {
  const logs: string[] = [];
  const store = createFileStore(3600, file, { log: (l) => logs.push(l), retryMaxMs });
  stores.push(store);
  return { store, logs };
}

let serial = 0;
export const record = (code = `C${String(serial++).padStart(5, '0')}`): SessionRecord => ({
  code,
  tour: 'processum',
  presenters: [{ id: 'p1', name: 'Anna', keyHash: 'hash-of-the-key' }],
  driver: null,
  state: null,
  pointer: null,
  stateAt: 0,
  touchedAt: Date.now(),
});

describe('file session store', () => {
  it('a create is on disk (mode 600) when it resolves; concurrent creates share fsyncs', async () => {
    const file = tempFile();
    const { store } = open(file);
    expect(await store.create(record('AAAAAA'))).toBe(true);
    expect(replayLog(file).records.has('AAAAAA')).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await store.create(record('AAAAAA'))).toBe(false);

    const commits = store.stats().commits;
    const codes = Array.from({ length: 200 }, () => record());
    await Promise.all(codes.map((r) => store.create(r)));
    const replayed = replayLog(file);
    for (const r of codes) expect(replayed.records.has(r.code)).toBe(true);
    // 200 creates, far fewer fsyncs: those arriving during one fsync share the next.
    expect(store.stats().commits - commits).toBeLessThan(50);
    expect(await store.count()).toBe(201);
  });

  it('state changes reach the file within a second, coalesced; the next start reads them back', async () => {
    const file = tempFile();
    const { store } = open(file);
    await store.create(record('BBBBBB'));
    const bytes = statSync(file).size;
    for (let yaw = 0; yaw < 50; yaw++) await store.saveState('BBBBBB', { state: panorama(yaw), pointer: null, stateAt: yaw + 1 });
    await store.saveDriver('BBBBBB', 'p1');
    await expect.poll(() => replayLog(file).records.get('BBBBBB')?.state, { timeout: 3000, interval: 50 }).toEqual(panorama(49));
    // 51 changes, one line.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(statSync(file).size).toBeGreaterThan(bytes);
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    const again = open(file).store;
    expect(await again.get('BBBBBB')).toMatchObject({ driver: 'p1', state: panorama(49), stateAt: 50 });
  });

  it('compacts the log once it outgrows the live data: a new file, renamed in place', async () => {
    const file = tempFile();
    const { store } = open(file);
    const many = Array.from({ length: 6000 }, () => record());
    await Promise.all(many.map((r) => store.create(r)));
    const inode = statSync(file).ino;
    const compactions = store.stats().compactions;
    expect(statSync(file).size).toBeGreaterThan(1 << 20);
    // All expire: 6,000 deletions leave a log of dead records, which the compaction drops.
    expect(await store.sweep(Date.now() + 7200_000)).toHaveLength(6000);
    await store.create(record('KEEPME'));
    await expect.poll(() => store.stats().compactions, { timeout: 5000, interval: 50 }).toBeGreaterThan(compactions);
    expect(statSync(file).ino).not.toBe(inode);
    expect(statSync(file).size).toBeLessThan(4096);
    expect([...replayLog(file).records.keys()]).toEqual(['KEEPME']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reads back a log with a torn last line and the previous whole-array format, then rewrites it clean', async () => {
    const file = tempFile();
    writeFileSync(file, putLine(record('TORN01')) + putLine(record('TORN02')).slice(0, 40));
    // A compaction killed half-way left its temporary file.
    const stale = join(dirname(file), '.sessions.jsonl.4242.tmp');
    writeFileSync(stale, '{"put":');
    const { store, logs } = open(file);
    expect(existsSync(stale)).toBe(false);
    expect(await store.get('TORN01')).not.toBeNull();
    expect(await store.get('TORN02')).toBeNull();
    expect(logs.join('\n')).toMatch(/skipped 1 unreadable line/);
    await expect.poll(() => readFileSync(file, 'utf8').endsWith('\n') && replayLog(file).skipped === 0, { timeout: 3000, interval: 50 }).toBe(true);
    await store.create(record('TORN03'));
    expect([...replayLog(file).records.keys()]).toEqual(['TORN01', 'TORN03']);

    const legacy = tempFile();
    writeFileSync(legacy, JSON.stringify([record('OLD001'), { nonsense: true }]));
    const old = open(legacy).store;
    expect(await old.get('OLD001')).toMatchObject({ tour: 'processum' });
    await expect.poll(() => replayLog(legacy).legacy, { timeout: 3000, interval: 50 }).toBe(false);
    expect(replayLog(legacy).records.has('OLD001')).toBe(true);
  });

  it('on /dev/full: creates are refused at once, the failure is logged once, existing sessions carry on; it recovers by itself', async () => {
    const file = tempFile();
    writeFileSync(file, putLine(record('EXISTS')), { mode: 0o600 });
    const real = `${file}.real`;
    // The store path is a symlink to the real file; the fault swaps the real file for /dev/full.
    const { store, logs } = ((): ReturnType<typeof open> => {
      writeFileSync(real, readFileSync(file));
      unlinkSync(file);
      symlinkSync(real, file);
      return open(file, 300);
    })();
    expect(await store.get('EXISTS')).not.toBeNull();
    unlinkSync(real);
    symlinkSync('/dev/full', real);

    const started = Date.now();
    await expect(store.create(record())).rejects.toThrow(/cannot be written \(ENOSPC/);
    await expect(store.create(record())).rejects.toThrow(/cannot be written/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(store.health()).toMatchObject({ kind: 'file', available: false });
    // Existing sessions: read and changed in memory.
    await store.saveState('EXISTS', { state: panorama(7), pointer: null, stateAt: 7 });
    expect((await store.get('EXISTS'))?.state).toEqual(panorama(7));
    // Several retries fail (never replacing /dev/full), and the outage is logged once.
    await expect.poll(() => store.health().since !== undefined && Date.now() - (store.health().since ?? 0) > 1200, { timeout: 5000, interval: 50 }).toBe(true);
    expect(logs.filter((l) => l.includes('cannot write the session store'))).toHaveLength(1);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);

    // The disk is back: the next retry writes everything held in memory, and creates work again.
    unlinkSync(real);
    writeFileSync(real, '');
    await expect.poll(() => store.health().available, { timeout: 5000, interval: 50 }).toBe(true);
    expect(logs.some((l) => /writable again/.test(l))).toBe(true);
    expect(await store.create(record('AFTER1'))).toBe(true);
    const onDisk = replayLog(file);
    expect(onDisk.records.get('EXISTS')?.state).toEqual(panorama(7));
    expect(onDisk.records.has('AFTER1')).toBe(true);
    // The symlink was kept: the real file is what was written.
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
  });
});
