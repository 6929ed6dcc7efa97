/**
 * Reading and answering visits API requests: the JSON body with its checks
 * (JSON content type, our own origin, size), JSON and plain answers. A check
 * that fails has answered already and returns null.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { isJson, linkOrigin, originAllowed } from '../../live/api/checks';
import { readBody, sendJson } from '../../live/api/respond';
import { problemsOf } from '../requests';

/** A visit with 20 speakers and their organisations fits several times over. */
export const MAX_VISITS_BODY = 32 * 1024;

export const answer = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => sendJson(res, status, body, headers);

/** `{ error }` (and problems) — the same shape as the live API's refusals. */
export const refuse = (res: ServerResponse, status: number, error: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) => sendJson(res, status, { error, ...extra }, headers);

/**
 * Checks a write: JSON only (browsers send a cross-site JSON POST only after a
 * preflight we never grant) and no page of another site. Returns false after answering.
 */
export function writeAllowed(req: IncomingMessage, res: ServerResponse, publicUrl: string | undefined): boolean {
  if (req.method === 'POST' && !isJson(req.headers)) {
    refuse(res, 415, 'Send the request as JSON, with Content-Type: application/json.');
    return false;
  }
  if (!originAllowed(req.headers, publicUrl, [])) {
    refuse(res, 403, 'Pages on other sites may not change visits here.');
    return false;
  }
  return true;
}

/** The body parsed with `schema`; null after answering 413 or 400 (with problems as `path: message`). */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, res: ServerResponse, schema: S): Promise<z.infer<S> | null> {
  const text = await readBody(req, MAX_VISITS_BODY);
  if (text === null) {
    refuse(res, 413, `The request body is larger than ${MAX_VISITS_BODY} bytes.`, {}, { Connection: 'close' });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse(res, 400, 'The request body is not JSON.');
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    refuse(res, 400, 'Some fields are not valid.', { problems: problemsOf(parsed.error) });
    return null;
  }
  return parsed.data;
}

/** The origin links point at, or null after answering 400. */
export function originFor(req: IncomingMessage, res: ServerResponse, publicUrl: string | undefined): string | null {
  const origin = linkOrigin(req.headers, publicUrl);
  if (!origin) refuse(res, 400, 'The Host header is not valid.');
  return origin;
}

/** The secret of `Authorization: Bearer <secret>`, or null. */
export function bearerSecret(req: IncomingMessage): string | null {
  return /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
}

/** A download: `name` is the file name browsers save it as. */
export function sendCsv(res: ServerResponse, name: string, text: string): void {
  res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' });
  res.end(text);
}
