/**
 * `POST /api/studio/tours/<id>/files` (a file added to a tour: checked, then
 * kept, with a job when it must be tiled or optimized) and
 * `GET /api/studio/jobs/<id>` (how that job is doing).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../live/api/respond';
import type { Jobs } from '../content/jobs';
import { currentText } from '../content/tourStore';
import { tourFolder } from '../content/tourFolder';
import { badFileName, receiveUpload } from '../content/upload';
import { sceneId, titleOf } from '../../cli/import/starterTour';

/** Panoramas wider than this are cut into tiles (the viewer shows wider plain images downscaled). */
export const TILE_ABOVE_WIDTH = 4096;

export function fileRoutes({ contentDir, jobs, maxBytes }: { contentDir: string; jobs: Jobs; maxBytes: number }) {
  async function upload(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const folder = tourFolder(contentDir, id);
    if (!folder) return sendJson(res, 400, { error: 'Tour ids are 1-64 characters of a-z, 0-9, "-" and "_".', code: 'bad-id' }, { Connection: 'close' });
    let name = String(req.headers['x-file-name'] ?? '');
    try {
      name = decodeURIComponent(name);
    } catch {
      // Answered as a bad name below.
    }
    const bad = badFileName(name);
    if (bad) return sendJson(res, 400, { error: bad.error, code: bad.code, ...bad.values }, { Connection: 'close' });
    if (!(await currentText(folder))) return sendJson(res, 404, { error: `There is no tour "${id}" in the studio's folder (copy a built-in tour first).`, code: 'no-tour', id }, { Connection: 'close' });
    const result = await receiveUpload(req, folder, name, maxBytes);
    if (!result.ok) return sendJson(res, result.status, { error: result.error, code: result.code, ...result.values }, { Connection: 'close' });
    const { file, kind } = result;
    const scene = { id: sceneId(file, new Set()), title: titleOf(file), hotspots: [] };
    if (kind === 'model') {
      const job = await jobs.add(id, 'optimize', file);
      return sendJson(res, 201, { file, kind, job: { id: job.id } });
    }
    if (kind === 'panorama' && (result.width ?? 0) > TILE_ABOVE_WIDTH) {
      const job = await jobs.add(id, 'tile', file);
      return sendJson(res, 201, { file, kind, job: { id: job.id } });
    }
    if (kind === 'panorama') return sendJson(res, 201, { file, kind, scene: { ...scene, type: 'panorama', image: file } });
    return sendJson(res, 201, { file, kind });
  }

  return async function handleFiles(req: IncomingMessage, res: ServerResponse, segments: string[]): Promise<void> {
    const [area, id, action, ...rest] = segments;
    if (area === 'tours' && id && action === 'files' && rest.length === 0) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'Use POST to add a file.', code: 'wrong-method' }, { Allow: 'POST' });
      return upload(req, res, id);
    }
    if (area === 'jobs' && id && action === undefined && req.method === 'GET') {
      const job = await jobs.get(id);
      return job ? sendJson(res, 200, job) : sendJson(res, 404, { error: 'There is no such job: it was never started here, or its record is gone.', code: 'no-job' });
    }
    return sendJson(res, 404, { error: 'Unknown studio API path or method.', code: 'unknown-path' });
  };
}
