/**
 * The request being handled, for log lines written far from its handler (the
 * last-resort handlers in lastResort.ts). Only the method and the path: the
 * query string may hold secrets (presenter keys) and never reaches a log.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  method: string;
  /** Without the query string. */
  path: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** `GET /path` of a raw request line's parts: printable ASCII only (no log injection), no query. */
export function describeRequest(method: string | undefined, url: string | undefined): RequestContext {
  const printable = (text: string) => text.replace(/[^\x21-\x7e]/g, '?').slice(0, 200);
  return { method: printable(method ?? '?'), path: printable((url ?? '').split('?')[0] ?? '') };
}
