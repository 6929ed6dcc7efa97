/** One build of a folder at a time (server/buildOnce.ts): a second caller waits, then finds the build fresh. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fresh = { value: false };
vi.mock('../../server/buildStamp', () => ({ buildIsStale: () => !fresh.value }));
const { buildOnce } = await import('../../server/buildOnce');

const work = mkdtempSync(join(tmpdir(), 'sitevisit-build-once-'));
afterEach(() => {
  fresh.value = false;
  rmSync(join(work, 'dist.building'), { recursive: true, force: true });
});

describe('buildOnce', () => {
  it('builds a stale folder and releases the lock; a fresh one is not built', () => {
    const dist = join(work, 'dist');
    expect(buildOnce(work, dist, () => ((fresh.value = true), true))).toBe(true);
    expect(buildOnce(work, dist, () => false)).toBe(true);
    fresh.value = false;
    expect(buildOnce(work, dist, () => false)).toBe(false);
  });

  it('takes over a lock left by a build that died long ago', () => {
    const dist = join(work, 'dist');
    mkdirSync(`${dist}.building`);
    const longAgo = (Date.now() - 60 * 60_000) / 1000;
    utimesSync(`${dist}.building`, longAgo, longAgo);
    expect(buildOnce(work, dist, () => ((fresh.value = true), true))).toBe(true);
  });
});
