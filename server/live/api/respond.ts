/** Reading a small JSON request body and answering JSON, for the live API. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CreateSessionError } from '../../../src/protocol/live';

/** Larger bodies are refused unread (a request with 12 speaker names is ~600 bytes). */
export const MAX_BODY = 4096;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export const sendError = (res: ServerResponse, status: number, body: CreateSessionError, headers?: Record<string, string>) => sendJson(res, status, body, headers);

/** The body as text; null when it is larger than `max` (default MAX_BODY) or the request broke off. */
export function readBody(req: IncomingMessage, max = MAX_BODY): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Answer now and drop the rest unread; the connection closes after the answer.
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}
