/**
 * Dispatches `/api/visits…` and `/api/registrations…` to the organizer's and
 * the guest's routes, and contains every failure: a database that cannot be
 * reached is answered 503, anything else 500, and logged without personal
 * data (messages of the database name constraints, never values).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LazyStorage } from '../../storage/lazy';
import type { VisitsContext } from './context';
import { organizerRoutes } from './organizerRoutes';
import { guestRoutes } from './guestRoutes';
import { liveRoutes } from './liveRoutes';
import { refuse } from './io';

/** One log line per failure kind per this many ms. */
const LOG_EVERY_MS = 10_000;

const OWN_PATH = /^\/api\/(visits|registrations)(\/|$)/;

/** Network failures and PostgreSQL's "connection" (08) and "operator intervention" (57) classes. */
function unavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (/^(ECONN|ETIMEDOUT|ENOTFOUND|EPIPE)/.test(code) || /^(08|57)/.test(code));
}

export type VisitsHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Answers the request and resolves true, or resolves false for paths that are not the visits API's. */
export function createVisitsHandler(storage: LazyStorage, base: Omit<VisitsContext, 'db'>): VisitsHandler {
  const lastLogged = new Map<string, number>();
  function logFailure(kind: 'store' | 'error', line: string) {
    const at = Date.now();
    if ((lastLogged.get(kind) ?? -Infinity) + LOG_EVERY_MS > at) return;
    lastLogged.set(kind, at);
    base.log(line);
  }
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://visits.invalid');
    if (!OWN_PATH.test(url.pathname)) return false;
    try {
      const ctx: VisitsContext = { ...base, db: (await storage.get()).db };
      for (const route of [organizerRoutes, guestRoutes, liveRoutes]) if (await route(req, res, url, ctx)) return true;
      const known = url.pathname === '/api/visits' || url.pathname === '/api/registrations/me' || /^\/api\/visits\/[^/]+(\/registrations|\/attendance\.csv|\/questions\.csv|\/presenter|\/doors|\/follow-up)?$/.test(url.pathname);
      if (known) refuse(res, 405, `${req.method ?? '?'} is not a method of ${url.pathname}.`);
      else refuse(res, 404, 'Unknown API path.');
    } catch (error) {
      const down = unavailable(error);
      const message = (error as Error)?.message ?? String(error);
      if (down) logFailure('store', `visits: the database is unavailable: ${message}`);
      else logFailure('error', `visits: ${req.method ?? '?'} ${url.pathname} failed: ${message}`);
      if (res.headersSent) res.destroy();
      else if (down) refuse(res, 503, 'Visits are unavailable for a moment. Try again soon.', {}, { 'Retry-After': '5' });
      else refuse(res, 500, 'The request failed because of an error on the server.');
    }
    return true;
  };
}
