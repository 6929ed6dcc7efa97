/**
 * Micro-measurement: how long creating a live session takes in the file
 * store (appended and fsynced before it resolves) with 10 and with 10,000
 * sessions already open. Two stores in the same folder, creates alternating
 * between them so that disk and CPU noise falls on both alike; the ratio of
 * the medians should stay ≤ 1.5 (no whole-file rewrite per create).
 * Also: a burst of concurrent creates (group commit: they share fsyncs) and a
 * compaction of the 10,000 sessions (what close() writes).
 *
 * Run alone: `npx tsx scripts/bench/sessionCreate.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFileStore } from '../../server/live/store/file';
import type { SessionRecord } from '../../server/live/store';
import { median, percentile, round } from './stats';

export interface SessionCreateFigures {
  /** Sessions already open in each store. */
  sizes: [number, number];
  /** Creates timed per store (one at a time, each awaited). */
  samples: number;
  /** Median and 90th percentile time of one create, ms. */
  small: { medianMs: number; p90Ms: number };
  large: { medianMs: number; p90Ms: number };
  /** large.medianMs / small.medianMs; the budget is 1.5. */
  ratio: number;
  /** 100 concurrent creates into the large store: total ms and the fsyncs they shared. */
  burst: { creates: number; totalMs: number; commits: number };
  /** Rewriting the large store's file whole (temporary file, fsync, rename), ms. */
  compactionMs: number;
  /** os.loadavg() at the start: other work on the machine skews every figure. */
  loadAverage: number[];
}

const BUDGET_RATIO = 1.5;

let serial = 0;
const record = (): SessionRecord => ({
  code: `B${(serial++).toString(36).toUpperCase().padStart(5, '0')}`,
  tour: 'pilot-hall',
  presenters: [
    { id: 'p1', name: 'Anna Lindqvist', keyHash: 'x'.repeat(43) },
    { id: 'p2', name: 'Bo Nieminen', keyHash: 'y'.repeat(43) },
  ],
  driver: 'p1',
  state: { scene: 'control-room', view: { kind: 'panorama', yaw: 123.4, pitch: -5.6, fov: 70 }, card: null },
  pointer: null,
  stateAt: Date.now(),
  touchedAt: Date.now(),
});

async function fill(store: ReturnType<typeof createFileStore>, count: number) {
  for (let done = 0; done < count; done += 500) await Promise.all(Array.from({ length: Math.min(500, count - done) }, () => store.create(record())));
}

export async function measureSessionCreate(samples = 300, sizes: [number, number] = [10, 10_000]): Promise<SessionCreateFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'sitevisit-bench-store-'));
  const loadAverage = loadavg().map((l) => round(l, 2));
  const log = () => {};
  const small = createFileStore(4 * 3600, join(folder, 'small.jsonl'), { log });
  const large = createFileStore(4 * 3600, join(folder, 'large.jsonl'), { log });
  try {
    await fill(small, sizes[0]);
    await fill(large, sizes[1]);
    const times = { small: [] as number[], large: [] as number[] };
    const timed = async (store: typeof small, into: number[]) => {
      const started = performance.now();
      await store.create(record());
      into.push(performance.now() - started);
    };
    for (let i = 0; i < samples; i++) {
      // Alternate which goes first, so neither always follows the other's fsync.
      if (i % 2) await timed(small, times.small).then(() => timed(large, times.large));
      else await timed(large, times.large).then(() => timed(small, times.small));
    }
    const commits = large.stats().commits;
    const burstStart = performance.now();
    await Promise.all(Array.from({ length: 100 }, () => large.create(record())));
    const burst = { creates: 100, totalMs: round(performance.now() - burstStart), commits: large.stats().commits - commits };
    const stat = (values: number[]) => ({ medianMs: round(median(values), 2), p90Ms: round(percentile(values, 90), 2) });
    const figures = { small: stat(times.small), large: stat(times.large) };
    const compactStart = performance.now();
    await large.close();
    const compactionMs = round(performance.now() - compactStart);
    return { sizes, samples, ...figures, ratio: round(figures.large.medianMs / figures.small.medianMs, 2), burst, compactionMs, loadAverage };
  } finally {
    await small.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printSessionCreate(f: SessionCreateFigures) {
  const verdict = f.ratio <= BUDGET_RATIO ? 'within' : 'OVER';
  console.log(`Session creation (file store, appended + fsynced), ${f.samples} creates each, load average ${f.loadAverage.join(' ')}:`);
  console.log(`  ${f.sizes[0]} sessions open: median ${f.small.medianMs} ms, p90 ${f.small.p90Ms} ms`);
  console.log(`  ${f.sizes[1]} sessions open: median ${f.large.medianMs} ms, p90 ${f.large.p90Ms} ms`);
  console.log(`  ratio ${f.ratio} (${verdict} the budget of ${BUDGET_RATIO})`);
  console.log(`  ${f.burst.creates} concurrent creates: ${f.burst.totalMs} ms, ${f.burst.commits} fsync(s)`);
  console.log(`  compaction of ${f.sizes[1]} sessions: ${f.compactionMs} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSessionCreate(await measureSessionCreate());
}
