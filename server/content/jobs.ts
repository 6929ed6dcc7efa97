/**
 * Long work on uploaded files (tiling a large panorama, optimizing a model),
 * done by the server with the CLI's own code while the studio tab may be
 * closed. Each job is a file in DATA_DIR/studio/jobs/ (written atomically at
 * every change of state), so any process can report it, and after a restart
 * the jobs that were waiting or running are run again from the start (both
 * kinds write their output complete or not at all). One job runs at a time.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import * as z from 'zod/mini';
import { writeAtomically } from '../../cli/atomicOutput';
import { sceneId, titleOf } from '../../cli/import/starterTour';
import { DEFAULT_OPTIMIZE, optimizeFile } from '../../cli/model/optimizeFile';
import type { Progress } from '../../cli/progress';
import { cutPyramid } from '../../cli/tile/cutPyramid';
import { replaceFile } from '../live/store/replaceFile';
import { LockBusy, withLock } from './lock';

export const JobRecord = z.object({
  id: z.string(),
  tour: z.string(),
  kind: z.enum(['tile', 'optimize']),
  /** The uploaded file, relative to the tour folder. */
  file: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number(),
  error: z.optional(z.string()),
  /** Why it failed, for the studio to word in its language (src/studio/server/errorTexts.ts), with `detail` or `errno`. */
  code: z.optional(z.string()),
  detail: z.optional(z.string()),
  errno: z.optional(z.string()),
  /** What the studio adds when the job is done. */
  result: z.optional(z.object({ scene: z.record(z.string(), z.unknown()) })),
  createdAt: z.string(),
});
export type JobRecord = z.infer<typeof JobRecord>;

const JOB_ID = /^[a-f0-9]{16}$/;
/** A job that failed because the disk is full says so, not the tool's message. */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
/** Progress is written at most this often. */
const PROGRESS_EVERY_MS = 500;

export function createJobs({ dataDir, contentDir, log }: { dataDir: string; contentDir: string; log: (line: string) => void }) {
  const dir = join(dataDir, 'studio', 'jobs');
  const fileOf = (id: string) => join(dir, `${id}.json`);
  // One write at a time: a late progress write must never land after "done" (and they share a temporary name).
  let writes: Promise<unknown> = Promise.resolve();
  const save = (job: JobRecord): Promise<void> => {
    const next = writes.then(() => replaceFile(fileOf(job.id), `${JSON.stringify(job)}\n`));
    writes = next.catch(() => {});
    return next;
  };
  const queue: string[] = [];
  let busy = false;

  const get = async (id: string): Promise<JobRecord | null> => {
    if (!JOB_ID.test(id)) return null;
    try {
      return JobRecord.parse(JSON.parse(await readFile(fileOf(id), 'utf8')));
    } catch {
      return null;
    }
  };

  const progressOf = (job: JobRecord): Progress => {
    let total = 1;
    let done = 0;
    let writtenAt = 0;
    return {
      start: (_label, count) => {
        total = Math.max(1, count);
        done = 0;
      },
      tick: (count = 1) => {
        done += count;
        if (Date.now() - writtenAt < PROGRESS_EVERY_MS) return;
        writtenAt = Date.now();
        void save({ ...job, progress: Math.min(0.99, done / total) }).catch(() => {});
      },
      stop: () => {},
    };
  };

  const work = async (job: JobRecord): Promise<JobRecord['result']> => {
    const tourDir = join(contentDir, job.tour);
    const source = join(tourDir, job.file);
    const stem = basename(job.file, extname(job.file));
    const scene = { id: sceneId(job.file, new Set()), title: titleOf(job.file), hotspots: [] };
    if (job.kind === 'tile') {
      await writeAtomically(join(tourDir, `${stem}-tiles`), true, (out) => cutPyramid(source, out, {}, progressOf(job)));
      return { scene: { ...scene, type: 'panorama', image: job.file, tiles: `${stem}-tiles/tiles.json` } };
    }
    await optimizeFile(source, join(tourDir, `${stem}-web.glb`), DEFAULT_OPTIMIZE, true, progressOf(job));
    return { scene: { ...scene, type: 'model', model: `${stem}-web.glb` } };
  };

  /** Runs job `id` unless another process holds it or it has ended. */
  const run = async (id: string) => {
    await withLock(fileOf(id), async () => {
      const job = await get(id);
      if (!job || job.state === 'done' || job.state === 'failed') return;
      await save({ ...job, state: 'running', progress: 0 });
      try {
        const result = await work(job);
        await save({ ...job, state: 'done', progress: 1, ...(result ? { result } : {}) });
      } catch (error) {
        const detail = (error as Error)?.message ?? String(error);
        const errno = (error as NodeJS.ErrnoException)?.code;
        const why = errno !== undefined && DISK_FULL.has(errno) ? { code: 'job-disk-full', errno } : { code: job.kind === 'tile' ? 'tile-failed' : 'optimize-failed', detail };
        await save({ ...job, state: 'failed', error: `${job.file}: ${detail}`, ...why });
      }
    }).catch((error: unknown) => {
      if (!(error instanceof LockBusy)) log(`studio: job ${id} could not run: ${(error as Error)?.message ?? String(error)}`);
    });
  };

  const pump = () => {
    if (busy) return;
    const id = queue.shift();
    if (id === undefined) return;
    busy = true;
    void run(id).finally(() => {
      busy = false;
      pump();
    });
  };

  return {
    get,
    /** Records a new job and starts it when the ones before it are done. */
    async add(tour: string, kind: JobRecord['kind'], file: string): Promise<JobRecord> {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const job: JobRecord = { id: randomBytes(8).toString('hex'), tour, kind, file, state: 'queued', progress: 0, createdAt: new Date().toISOString() };
      await save(job);
      queue.push(job.id);
      pump();
      return job;
    },
    /** At start: the jobs a stopped process left waiting or running are run again. */
    async resume(): Promise<number> {
      const names = await readdir(dir).catch(() => [] as string[]);
      const open = (await Promise.all(names.map((n) => get(n.replace(/\.json$/, ''))))).filter((j): j is JobRecord => j !== null && (j.state === 'queued' || j.state === 'running'));
      for (const job of open.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) queue.push(job.id);
      pump();
      return open.length;
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;
