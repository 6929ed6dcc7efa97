/**
 * The studio's server side: `/api/studio/*` (session, tours) over CONTENT_DIR.
 * Every route but signing in needs the studio session and a request from our
 * own pages (guard.ts); failures are answered, never thrown to the process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { sendJson } from '../live/api/respond';
import { LockBusy } from '../content/lock';
import { createContentStore } from '../content/tourStore';
import { guardStudioRequest } from './guard';
import { installStudioAccess, createStudioAccess, type StudioAccess } from './session';
import { sessionRoutes } from './sessionRoutes';
import { tourRoutes } from './tourRoutes';
import { fileRoutes } from './fileRoutes';
import { createJobs } from '../content/jobs';
import { removeLeftovers } from '../content/leftovers';
import { DEFAULT_UPLOAD_MAX_BYTES } from '../content/upload';

export interface StudioOptions {
  /** CONTENT_DIR: the tours the studio edits. */
  contentDir: string;
  /** DATA_DIR: the studio's jobs are recorded in its `studio/jobs/`. */
  dataDir: string;
  /** STUDIO_UPLOAD_MAX_BYTES: the largest file the studio takes. Default 1 GB. */
  uploadMaxBytes?: number;
  /** The built app: its tours are opened read-only, its public files checked by validation. */
  dist: string;
  /** STUDIO_TOKEN; without it the process makes a one-time sign-in token (see signInLink). */
  token?: string;
  publicUrl?: string;
  trustedProxies?: number;
  log?: (line: string) => void;
}

export interface Studio {
  access: StudioAccess;
  /** Answers a request under `/api/studio/`. */
  handleApi(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Runs again the jobs a stopped process left waiting or running, and removes its old half-made files; resolves to how many jobs. */
  resumeJobs(): Promise<number>;
  /** The line printed at start: the sign-in link with the process's token in its fragment; null with STUDIO_TOKEN. */
  signInLine(origin: string): string | null;
}

export function createStudio(options: StudioOptions): Studio {
  const log = options.log ?? ((line: string) => console.error(line));
  const access = createStudioAccess(options.token);
  installStudioAccess(access);
  const store = createContentStore({ contentDir: options.contentDir, builtInDir: join(options.dist, 'tours'), publicDir: options.dist });
  const session = sessionRoutes({ access, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}), trustedProxies: options.trustedProxies ?? 0 });
  const tours = tourRoutes(store);
  const jobs = createJobs({ dataDir: options.dataDir, contentDir: options.contentDir, log });
  const files = fileRoutes({ contentDir: options.contentDir, jobs, maxBytes: options.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES });

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const segments = path.slice('/api/studio/'.length).split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    if (segments[0] === 'session' && segments.length === 1) return session(req, res);
    const guard = guardStudioRequest(req, access, options.publicUrl);
    if (!guard.ok) return sendJson(res, guard.status, { error: guard.error, code: guard.code });
    if (segments[0] === 'jobs' || (segments[0] === 'tours' && segments[2] === 'files')) return files(req, res, segments);
    if (segments[0] === 'tours') return tours(req, res, segments.slice(1), guard.author);
    return sendJson(res, 404, { error: 'Unknown studio API path.', code: 'unknown-path' });
  };

  return {
    access,
    async handleApi(req, res) {
      try {
        await route(req, res);
      } catch (error) {
        if (res.headersSent) return void res.destroy();
        if (error instanceof LockBusy) return sendJson(res, 503, { error: 'The tour is being saved by someone else; try again in a moment.', code: 'busy' }, { 'Retry-After': '2' });
        if (error instanceof URIError) return sendJson(res, 400, { error: 'The address is not valid.', code: 'bad-address' });
        log(`studio: ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]} failed: ${(error as Error)?.message ?? String(error)}`);
        sendJson(res, 500, { error: 'The studio could not do that because of an error on the server.', code: 'server-error' });
      }
    },
    async resumeJobs() {
      await removeLeftovers(options.contentDir).catch((error: unknown) => log(`studio: could not remove leftovers in CONTENT_DIR: ${(error as Error)?.message ?? String(error)}`));
      return jobs.resume();
    },
    signInLine: (origin) => (access.generated ? `Studio: ${origin}/studio#token=${access.token}` : null),
  };
}
