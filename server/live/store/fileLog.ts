/**
 * The session file as an append-only log (see logFormat.ts). A new session is
 * appended and fsynced before its create resolves; creates that arrive during
 * an fsync share the next one (group commit), so a create costs the same at 10
 * or 10,000 sessions. Other changes are coalesced and appended once a second
 * (a crash loses at most the last second of camera state). When the log grows
 * to COMPACT_RATIO times the live data, and on close, a compaction writes every
 * record to a temporary file, fsyncs it and its folder, and renames it over the
 * log: the file on disk is always a complete, readable state.
 *
 * A failed write (disk full, read-only, permissions) is logged once; the file
 * is never appended to again (its tail may be torn), new sessions are refused
 * (their 201 would promise durability) while existing ones carry on in memory,
 * and compactions are retried with backoff until one succeeds.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { replaceFile } from './replaceFile';
import { accountLines, type Replayed } from './logFormat';
import type { Persistence } from './memory';
import type { SessionRecord, StoreHealth } from './types';

/** Changes other than new sessions reach the file at most this often (the crash window for camera state). */
export const FLUSH_EVERY_MS = 1000;
/** Compact when the log is this many times the size of the live data… */
const COMPACT_RATIO = 4;
/** …and at least this big (small logs are cheap to replay). */
const COMPACT_MIN_BYTES = 1 << 20;
/** Records serialized between two yields to the event loop during a compaction. */
const SERIALIZE_CHUNK = 500;
/** First retry after a failed write; each next waits twice as long, up to `retryMaxMs`. */
const RETRY_FIRST_MS = 1000;

export interface FileLogOptions {
  log(line: string): void;
  /** Longest wait between retries after a failed write. Default 10 s. */
  retryMaxMs?: number;
}

export interface FileLogStats {
  /** Appends fsynced (each may carry several creates: group commit). */
  commits: number;
  compactions: number;
  /** Current size of the log file. */
  logBytes: number;
}

export interface FileLog extends Persistence {
  health(): StoreHealth;
  stats(): FileLogStats;
}

interface Waiter {
  resolve(): void;
  reject(e: Error): void;
}

const errorText = (e: unknown) => {
  const { code, message } = e as NodeJS.ErrnoException;
  return code ? `${code}: ${message}` : String(message ?? e);
};

export function openFileLog(file: string, records: Map<string, SessionRecord>, replayed: Replayed, options: FileLogOptions): FileLog {
  const { log, retryMaxMs = 10_000 } = options;
  let pending: string[] = [];
  let waiters: Waiter[] = [];
  const dirty = new Map<string, SessionRecord>();
  const deleted = new Set<string>();
  let handle: FileHandle | null = null;
  let logBytes = replayed.bytes;
  const { put, del, ...lines } = accountLines(replayed.sizes);
  // Appending after a torn tail would tear the next line too: start with a clean file.
  let compactNow = replayed.skipped > 0 || replayed.tornTail || replayed.legacy;
  let broken: { since: number; problem: string } | null = null;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let chain = Promise.resolve();
  let busy = false;
  let closed = false;
  let commits = 0;
  let compactions = 0;

  const wantCompaction = () => compactNow || (logBytes > COMPACT_MIN_BYTES && logBytes > COMPACT_RATIO * lines.liveBytes());

  const closeHandle = async () => {
    const h = handle;
    handle = null;
    await h?.close().catch(() => {});
  };

  async function append() {
    if (!handle) {
      // A new file's name is durable only once its folder is: a compaction does both.
      if (!(await stat(file).catch(() => null))) return void (await compact());
      handle = await open(file, 'a', 0o600).catch((e: unknown) => (failed(e), null));
      if (!handle) return;
    }
    const data = pending.join('');
    const batch = waiters;
    pending = [];
    waiters = [];
    try {
      await handle.writeFile(data);
      await handle.datasync();
      logBytes += Buffer.byteLength(data);
      commits += 1;
      for (const w of batch) w.resolve();
    } catch (e) {
      failed(e, batch);
    }
  }

  /** Writes every record in memory; creates waiting for a commit are durable once it is renamed in place. */
  async function compact(): Promise<boolean> {
    const batch = waiters;
    pending = [];
    waiters = [];
    dirty.clear();
    deleted.clear();
    compactNow = false;
    let text = '';
    lines.reset();
    // 10,000 records take tens of ms to serialize: yield now and then, so requests are served meanwhile.
    // Records changed meanwhile are marked dirty again and appended after the rename.
    let n = 0;
    for (const record of records.values()) {
      text += put(record);
      if (++n % SERIALIZE_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    try {
      await replaceFile(file, text);
      await closeHandle(); // it points at the file just replaced
      logBytes = Buffer.byteLength(text);
      compactions += 1;
      for (const w of batch) w.resolve();
      return true;
    } catch (e) {
      failed(e, batch);
      return false;
    }
  }

  function failed(e: unknown, batch: Waiter[] = []) {
    const error = new Error(`the session store cannot be written (${errorText(e)})`);
    for (const w of [...batch, ...waiters]) w.reject(error);
    waiters = [];
    pending = [];
    // Its tail may be torn: from now on only a compaction (a new file renamed in place) writes.
    void closeHandle();
    if (broken) return; // a retry that failed: the outage is already logged
    broken = { since: Date.now(), problem: errorText(e) };
    log(`live: cannot write the session store ${file} (${broken.problem}); existing sessions carry on from memory, new ones are refused (503) until it can be written again; retrying`);
    scheduleRetry();
  }

  function scheduleRetry() {
    if (closed) return;
    const delay = Math.min(RETRY_FIRST_MS * 2 ** retries, retryMaxMs);
    retries += 1;
    retryTimer = setTimeout(() => void run(retry), delay);
    retryTimer.unref();
  }

  async function retry() {
    if (!broken || closed) return;
    const { since } = broken;
    if (!(await compact())) return scheduleRetry();
    broken = null;
    retries = 0;
    log(`live: the session store ${file} is writable again after ${Math.round((Date.now() - since) / 1000)} s; ${records.size} session(s) written`);
  }

  /** One writer at a time: appends and compactions never interleave. */
  function run(step?: () => Promise<void>): Promise<void> {
    chain = chain.then(async () => {
      busy = true;
      try {
        if (step) await step();
        while (!broken && (pending.length || wantCompaction())) {
          if (wantCompaction()) await compact();
          else await append();
        }
      } catch (e) {
        failed(e);
      } finally {
        busy = false;
      }
    });
    return chain;
  }

  function flushChanges() {
    flushTimer = undefined;
    if (broken) return; // the compaction that ends the outage writes everything
    for (const code of deleted) pending.push(del(code));
    for (const record of dirty.values()) pending.push(put(record));
    deleted.clear();
    dirty.clear();
    if (!busy) void run();
  }

  const scheduleFlush = () => {
    if (flushTimer || closed) return;
    flushTimer = setTimeout(flushChanges, FLUSH_EVERY_MS);
    flushTimer.unref();
  };

  if (compactNow) void run();

  return {
    created(record) {
      if (closed) return Promise.reject(new Error('the session store is closed'));
      if (broken) return Promise.reject(new Error(`the session store cannot be written (${broken.problem})`));
      return new Promise<void>((resolve, reject) => {
        pending.push(put(record));
        waiters.push({ resolve, reject });
        if (!busy) void run();
      });
    },
    changed(record) {
      dirty.set(record.code, record);
      deleted.delete(record.code);
      scheduleFlush();
    },
    deleted(code) {
      dirty.delete(code);
      deleted.add(code);
      scheduleFlush();
    },
    stats: () => ({ commits, compactions, logBytes }),
    health() {
      return broken ? { kind: 'file', available: false, problem: broken.problem, since: broken.since } : { kind: 'file', available: true };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(flushTimer);
      clearTimeout(retryTimer);
      // Everything in memory, in one file that the next start reads at once.
      await run(async () => {
        if (!(await compact())) log(`live: could not write the session store ${file} on close (${broken?.problem}); it holds the state it had before`);
      });
      await closeHandle();
    },
  };
}
