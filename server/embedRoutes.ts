/**
 * The embedding side of the server: security headers (with the tour's
 * frame-ancestors) on every page, the light-embed poster page
 * (`?embed=1&autoload=0`) and the operator's origin list for the viewer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_PATTERN, liveCodeFromPath } from '../src/protocol/live-code';
import { BASIS_WORKER_POLICY, setSecurityHeaders } from './security';
import { tourOfUrl, tourOriginsReader } from './embedOrigins';
import { defaultTourReader } from './defaultTour';

export interface EmbedRouteOptions {
  dist: string;
  toursDir?: string;
  /** Origins allowed to embed every tour (EMBED_ORIGINS). */
  embedOrigins?: readonly string[];
  /** Origins models and images may come from (ASSET_ORIGINS). */
  assetOrigins?: readonly string[];
  /** The tour of a live session (`/live/<code>`), null when there is no such session. */
  liveSessionTour?: (code: string) => Promise<string | null>;
  /** Booked visits' tours, for the pages of a visit and the live page of the session that runs one. */
  visitTours?: VisitTours;
}

/** A booked visit's tours in visiting order (a multi-site visit has several); null: no such visit. */
export interface VisitTours {
  /** By the visit's code (`/v/<code>`, `/v/<code>/join`, …: the guest's page becomes the live tour in place). */
  byCode(code: string): Promise<string[] | null>;
  /** By the code of the live session that runs the visit (`/live/<code>`). */
  byLiveCode(code: string): Promise<string[] | null>;
}

/** A visit's own pages: registration, the guest's and the speaker's (each turns into the live tour in place), the follow-up. */
function visitCodeFromPath(pathname: string): string | null {
  const code = /^\/v\/([A-Za-z0-9]{6})(?:\/(?:join|present|follow-up))?\/?$/.exec(pathname)?.[1]?.toUpperCase() ?? null;
  return code && CODE_PATTERN.test(code) ? code : null;
}

/** A live page waits this long for its session's tour (a Redis that does not answer); then it allows only our own origins. */
const LIVE_TOUR_LOOKUP_MS = 1000;

const isPage = (req: IncomingMessage, path: string) =>
  (req.method === 'GET' || req.method === 'HEAD') && (!/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html'));

/**
 * Returns a handler that answers the request itself (true) or only sets
 * headers and leaves it to the app (false). `url` is the request's target as
 * the front door parsed it.
 */
export function embedRoutes({ dist, toursDir, embedOrigins = [], assetOrigins = [], liveSessionTour, visitTours }: EmbedRouteOptions) {
  const tourFolders = [...(toursDir ? [toursDir] : []), join(dist, 'tours')];
  const tourOrigins = tourOriginsReader(tourFolders);
  const defaultTour = defaultTourReader(tourFolders);
  const posterFile = join(dist, 'poster.html');
  const poster = existsSync(posterFile) ? readFileSync(posterFile) : null;
  const originsJson = JSON.stringify(embedOrigins);

  /** A live session's tours: a visit's all (the session moves from site to site), else the session's one. */
  const liveTours = async (code: string): Promise<string[]> => {
    const ofVisit = await visitTours?.byLiveCode(code);
    if (ofVisit) return ofVisit;
    const tour = await liveSessionTour?.(code);
    return tour ? [tour] : [];
  };

  /** The tours the page may show, as the client will decide them; none when it names none we may trust. */
  const pageTours = async (url: URL): Promise<string[]> => {
    const live = liveCodeFromPath(url.pathname);
    const visit = visitCodeFromPath(url.pathname);
    if (live === null && visit === null) {
      const tour = tourOfUrl(url, defaultTour);
      return tour ? [tour] : [];
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const late = new Promise<string[]>((resolve) => (timer = setTimeout(resolve, LIVE_TOUR_LOOKUP_MS, [])));
      const lookup = visit !== null ? visitTours?.byCode(visit).then((tours) => tours ?? []) : liveTours(live as string);
      return await Promise.race([lookup ?? [], late]);
    } catch {
      // A store or database that cannot answer (Redis down) allows only our own origins.
      return [];
    } finally {
      clearTimeout(timer);
    }
  };

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname === '/embed-origins.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : originsJson);
      return true;
    }
    // Partner pages import the client from here: a cross-origin module script needs CORS.
    if (url.pathname.startsWith('/sitevisit-embed.')) res.setHeader('Access-Control-Allow-Origin', '*');
    if (url.pathname === '/decoders/basis-worker.js') res.setHeader('Content-Security-Policy', BASIS_WORKER_POLICY);
    if (!isPage(req, url.pathname)) return false;
    const tours = await pageTours(url);
    const frameAncestors = [...new Set([...tours.flatMap(tourOrigins), ...embedOrigins])];
    setSecurityHeaders(res, { frameAncestors, assetOrigins });
    // A presenter's first requests would carry its key (in a `?key=` link) to every URL the page loads.
    if (url.pathname.startsWith('/live/')) res.setHeader('Referrer-Policy', 'no-referrer');
    if (poster && url.searchParams.get('embed') === '1' && url.searchParams.get('autoload') === '0') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : poster);
      return true;
    }
    return false;
  };
}
