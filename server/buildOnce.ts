/**
 * One build of a folder at a time. A checkout's `npm start`, the production
 * test and the benchmark may all find dist/ stale at once (a fresh clone's
 * full test run starts them side by side); without this, a second `vite
 * build` would empty the folder under the first. The second caller waits for
 * the first (a lock folder beside the output) and then finds the build fresh.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { buildIsStale } from './buildStamp';

/** A lock older than this was left by a build that died; a build takes minutes at most. */
const STALE_LOCK_MS = 20 * 60_000;
const WAIT_MS = 1000;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `build` (which returns whether it succeeded) unless `dist` is fresh; false when the build failed. */
export function buildOnce(root: string, dist: string, build: () => boolean): boolean {
  const lock = `${dist}.building`;
  for (;;) {
    if (!buildIsStale(root, dist)) return true;
    try {
      mkdirSync(lock);
    } catch {
      let age: number;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released in between
      }
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else pause(WAIT_MS);
      continue;
    }
    try {
      return buildIsStale(root, dist) ? build() : true;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
