/**
 * `/api/studio/tours…`: list, create, copy; read and save the draft (If-Match),
 * publish, history and restore (see /work/wt/STUDIO_API.md, docs/operations.md).
 * Every answer is a status with a sentence for the user; nothing is changed
 * by a request that is refused.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import type { $ZodError } from 'zod/v4/core';
import { Id, LanguageCode, Text } from '../../src/tour/schema';
import { formatPath } from '../../src/tour/problems';
import { readBody, sendJson } from '../live/api/respond';
import { copyTour, createTour, type CreateResult } from '../content/createTour';
import { listStudioTours } from '../content/tourList';
import type { ContentStore, WriteResult } from '../content/tourStore';
import { listVersions } from '../content/versions';
import { tourFolder } from '../content/tourFolder';
import { idFromTitle } from './idFromTitle';

/** A tour manifest larger than this is refused (a 200-hotspot tour is ~150 KB). */
export const MAX_TOUR_BYTES = 8 * 1024 * 1024;

const ID_RULE = 'Tour ids are 1-64 characters of a-z, 0-9, "-" and "_", starting with a letter or digit.';

const NewTourRequest = z.strictObject({ id: z.optional(Id), title: Text, languages: z.array(LanguageCode).check(z.minLength(1)) });
const CopyRequest = z.strictObject({ id: Id });

/** `"abc"`, `W/"abc"` or `abc` → `abc`; null when absent. */
export function ifMatchOf(req: IncomingMessage): string | null {
  const header = req.headers['if-match'];
  if (!header) return null;
  return header.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

async function jsonBody(req: IncomingMessage, max: number): Promise<{ ok: true; value: unknown } | { ok: false; status: number; error: string; code: string }> {
  const text = await readBody(req, max);
  if (text === null) return { ok: false, status: 413, error: `The request is larger than ${Math.round(max / 1024)} KB.`, code: 'too-large' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'The request is not JSON.', code: 'not-json' };
  }
}

const zodProblems = (error: $ZodError) => error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));

function answerWrite(res: ServerResponse, id: string, result: WriteResult): void {
  if (result.ok) return sendJson(res, 200, { version: result.version }, { ETag: `"${result.version}"` });
  switch (result.reason) {
    case 'missing':
      return sendJson(res, 404, { error: `There is no tour "${id}" (or no such version of it).`, code: 'no-tour', id });
    case 'builtIn':
      return sendJson(res, 404, { error: `"${id}" is a built-in tour: save it as a copy to edit it.`, code: 'built-in', id, builtIn: true });
    case 'stale':
      return sendJson(res, 409, { error: 'Someone else saved this tour since you opened it.', code: 'stale', version: result.version, current: JSON.parse(result.text) as unknown });
    case 'invalid':
      return sendJson(res, 422, { error: 'The tour has errors; fix them before publishing.', code: 'has-errors', problems: result.problems });
  }
}

function answerCreate(res: ServerResponse, id: string, result: CreateResult): void {
  if (result.ok) return sendJson(res, 201, { id: result.id, version: result.version });
  if (result.reason === 'exists') return sendJson(res, 409, { error: `A tour with the id "${id}" already exists. Choose another id.`, code: 'id-taken', id });
  if (result.reason === 'missing') return sendJson(res, 404, { error: 'There is no such tour to copy.', code: 'no-source' });
  if (result.reason === 'disk') {
    const full = result.errno === 'ENOSPC' || result.errno === 'EDQUOT' || result.errno === 'EFBIG';
    return sendJson(res, full ? 507 : 500, { error: `The tour could not be written to the server's disk (${full ? 'it is full' : 'it refused the write'}: ${result.errno}); nothing was added.`, code: full ? 'disk-full' : 'disk-write', errno: result.errno });
  }
  return sendJson(res, 400, { error: ID_RULE, code: 'bad-id' });
}

export function tourRoutes(store: ContentStore) {
  const needsIfMatch = (req: IncomingMessage, res: ServerResponse): string | null => {
    const version = ifMatchOf(req);
    if (version === null) sendJson(res, 428, { error: 'Say which version the change is based on (If-Match).', code: 'needs-version' });
    return version;
  };

  return async function handleTours(req: IncomingMessage, res: ServerResponse, segments: string[], author: string): Promise<void> {
    const method = req.method ?? 'GET';
    const [id, action, version, restore, ...rest] = segments;
    if (id === undefined) {
      if (method === 'GET') return sendJson(res, 200, await listStudioTours(store));
      if (method !== 'POST') return sendJson(res, 405, { error: 'Use GET to list tours, POST to make one.', code: 'wrong-method' }, { Allow: 'GET, POST' });
      const body = await jsonBody(req, 64 * 1024);
      if (!body.ok) return sendJson(res, body.status, { error: body.error, code: body.code });
      const parsed = NewTourRequest.safeParse(body.value);
      if (!parsed.success) {
        const badId = parsed.error.issues.some((i) => i.path[0] === 'id');
        return sendJson(res, 400, { error: badId ? ID_RULE : 'A new tour needs a title and at least one language.', code: badId ? 'bad-id' : 'needs-title', problems: zodProblems(parsed.error) });
      }
      const newId = parsed.data.id ?? (await idFromTitle(parsed.data.title, (candidate) => store.read(candidate).then((t) => t !== null)));
      return answerCreate(res, newId, await createTour(store, { ...parsed.data, id: newId }, author));
    }
    if (!tourFolder(store.contentDir, id)) return sendJson(res, 400, { error: ID_RULE, code: 'bad-id' });
    const route = `${method} ${action ?? ''}${version !== undefined ? '/:v' : ''}${restore !== undefined ? `/${restore}` : ''}${rest.length ? '/…' : ''}`;
    switch (route) {
      case 'GET draft': {
        const tour = await store.read(id);
        if (!tour) return sendJson(res, 404, { error: `There is no tour "${id}".`, code: 'no-tour', id });
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: `"${tour.version}"`, 'Cache-Control': 'no-store', 'X-Tour-Source': tour.source });
        return void res.end(tour.text);
      }
      case 'PUT draft': {
        const base = needsIfMatch(req, res);
        if (base === null) return;
        const body = await jsonBody(req, MAX_TOUR_BYTES);
        if (!body.ok) return sendJson(res, body.status, { error: body.error, code: body.code });
        const tour = body.value;
        if (tour === null || typeof tour !== 'object' || Array.isArray(tour)) return sendJson(res, 400, { error: 'Send the whole tour as a JSON object.', code: 'not-a-tour' });
        if ((tour as { id?: unknown }).id !== id) return sendJson(res, 400, { error: `The tour's id must stay "${id}"; save it as a copy to give it another id.`, code: 'id-fixed', id });
        if (!Array.isArray((tour as { scenes?: unknown }).scenes)) return sendJson(res, 400, { error: 'The tour has no list of scenes.', code: 'not-a-tour' });
        // The problems are checked while the save waits on the disk (fsync): they are answered only if it succeeds.
        const [result, problems] = await Promise.all([store.saveDraft(id, base, tour, author), store.problems(id, JSON.stringify(tour))]);
        if (!result.ok) return answerWrite(res, id, result);
        return sendJson(res, 200, { version: result.version, problems }, { ETag: `"${result.version}"` });
      }
      case 'POST publish': {
        const base = needsIfMatch(req, res);
        return base === null ? undefined : answerWrite(res, id, await store.publish(id, base, author));
      }
      case 'POST copy': {
        const body = await jsonBody(req, 4096);
        if (!body.ok) return sendJson(res, body.status, { error: body.error, code: body.code });
        const parsed = CopyRequest.safeParse(body.value);
        if (!parsed.success) return sendJson(res, 400, { error: 'Give the copy an id: 1-64 characters of a-z, 0-9, "-" and "_".', code: 'bad-id', problems: zodProblems(parsed.error) });
        return answerCreate(res, parsed.data.id, await copyTour(store, id, parsed.data.id, author));
      }
      case 'GET versions': {
        const folder = tourFolder(store.contentDir, id);
        return sendJson(res, 200, folder ? await listVersions(folder) : []);
      }
      case 'POST versions/:v/restore':
        return answerWrite(res, id, await store.restore(id, version ?? '', ifMatchOf(req), author));
      default:
        return sendJson(res, 404, { error: 'Unknown studio API path or method.', code: 'unknown-path' });
    }
  };
}
