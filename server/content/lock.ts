/**
 * One writer at a time per tour, across every process that shares CONTENT_DIR
 * (issue 15: several servers behind a load balancer on one volume): the
 * version check and the rename happen while this lock is held, so two saves
 * based on the same version can never both win. proper-lockfile takes the lock
 * with an atomic `mkdir` (which works on network file systems too), keeps it
 * fresh while held, and takes over a lock left by a killed process once it is
 * older than STALE_MS.
 */
import lockfile from 'proper-lockfile';

/** A lock not refreshed for this long belongs to a dead process. */
const STALE_MS = 10_000;
/** How long (about a minute) a save waits for another save of the same tour, or for a dead process's lock to go stale; a slow disk under load can hold a save for seconds. */
const RETRIES = { retries: 300, factor: 1.3, minTimeout: 10, maxTimeout: 200 };

export class LockBusy extends Error {}

/** Runs `work` holding the lock on `target` (a path; the lock is `<target>.lock` beside it). */
export async function withLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  let compromised: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, {
      realpath: false,
      stale: STALE_MS,
      retries: RETRIES,
      // Default: throw from a timer (the process would end). The work checks instead.
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new LockBusy('another save of this tour is still running');
    throw error;
  }
  try {
    const result = await work();
    if (compromised) throw new LockBusy(`the lock was lost while saving: ${(compromised as Error).message}`);
    return result;
  } finally {
    await release().catch(() => {});
  }
}
