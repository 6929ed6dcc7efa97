/**
 * Error containment for the whole HTTP side (STYLE.md: handlers contain their
 * failures). A throw or a rejection in a handler answers 500 with a reason
 * (JSON under /api/, else plain text) when no header was sent yet, or ends
 * the connection when the response had begun; it is logged as
 * `METHOD path: message` and the process carries on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NON_PAGE_POLICY } from '../security';
import { describeRequest, requestContext } from './requestContext';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export function containRequests(handler: Handler, log: (line: string) => void = (line) => console.error(line)): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const context = describeRequest(req.method, req.url);
    const fail = (error: unknown) => {
      log(`${context.method} ${context.path}: ${error instanceof Error ? error.message : String(error)}`);
      answerFailure(context.path, res);
    };
    requestContext.run(context, () => {
      try {
        const result = handler(req, res);
        if (result) result.catch(fail);
      } catch (error) {
        fail(error);
      }
    });
  };
}

function answerFailure(path: string, res: ServerResponse): void {
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return;
  }
  try {
    const json = path.startsWith('/api/');
    // Headers a handler had set (a file's length or range) do not describe this answer.
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const text = json ? JSON.stringify({ error: 'internal error' }) : 'Internal error';
    res.writeHead(500, {
      'Content-Length': Buffer.byteLength(text),
      'Content-Type': json ? 'application/json' : 'text/plain; charset=utf-8',
      'Content-Security-Policy': NON_PAGE_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(text);
  } catch {
    res.destroy();
  }
}
