/**
 * The HTTP side of `npm start`: the built app, precompressed, with hashed
 * assets cached forever and client-side routes falling back to index.html.
 * Requests for files that do not exist get a real 404 (so a missing model is
 * reported as missing, not parsed as HTML).
 *
 * Every request passes the front door first (server/http/): a bad Host or
 * target is answered 400 before anything parses it, every response starts
 * with the non-page policy (pages and workers replace it), byte ranges are
 * judged before sirv reads them, and a failure anywhere is contained to its
 * request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { embedRoutes, type VisitTours } from './embedRoutes';
import { NON_PAGE_POLICY } from './security';
import { containRequests } from './http/contain';
import { isValidHost, normalizeTarget, readTarget } from './http/requestTarget';
import { applyRange } from './http/byteRange';
import { tourFileGuard } from './http/tourFiles';
import { withQuickViewPreload } from './http/quickViewPreload';
import { defaultTourReader } from './defaultTour';
import { builtDefaultTour } from './builtDefaultTour';
import { mergedTourIndex, serveMergedIndex } from './content/mergedIndex';
import { contentSharePages } from './share/contentShare';

export interface AppServerOptions {
  /** The built app (vite's outDir). */
  dist: string;
  /**
   * Optional folder served at /tours/ ahead of the built-in tours: operators
   * add or edit tours (TOURS_DIR) without rebuilding the app. Only the file
   * types of server/http/tourFiles.ts are served from it.
   */
  toursDir?: string;
  /** Origins allowed to embed and drive every tour (EMBED_ORIGINS), besides each tour's `embed.origins`. */
  embedOrigins?: string[];
  /** Origins trusted to serve models and images by absolute URL (ASSET_ORIGINS); see server/security.ts. */
  assetOrigins?: string[];
  /** Answers requests under `/api/` (the live-tour API), ahead of the static files. */
  api?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  /** The tour of a live session, for the frame-ancestors of `/live/<code>`; without it, live pages allow only EMBED_ORIGINS. */
  liveSessionTour?: (code: string) => Promise<string | null>;
  /** Booked visits' tours: the pages of a visit and its live session are framed for every one of its tours. */
  visitTours?: VisitTours;
  /**
   * Where the link previews of TOURS_DIR's published tours are kept once cut (DATA_DIR/share);
   * without it (or toursDir) only the built-in tours have share pages.
   */
  shareCacheDir?: string;
  /** PUBLIC_URL: makes the og: links of those share pages absolute. */
  publicUrl?: string;
  /** Where failed requests are logged (`METHOD path: message`, never the query). Default console.error. */
  log?: (line: string) => void;
}

const plain = (res: ServerResponse, status: number, text: string) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
};

export function createAppServer({ dist, toursDir, embedOrigins, assetOrigins, api, liveSessionTour, visitTours, shareCacheDir, publicUrl = '', log }: AppServerOptions): Server {
  // index.html carries the default tour's start hints (scripts/startHints.ts); app.html, where the build wrote one, has none.
  const appHtml = existsSync(join(dist, 'app.html')) ? 'app.html' : 'index.html';
  const indexHtml = readFileSync(join(dist, appHtml));
  // The start page preloads the build's default tour; a TOURS_DIR naming another default gets the plain app page.
  const buildDefault = builtDefaultTour(dist);
  const currentDefault = toursDir ? defaultTourReader([toursDir, join(dist, 'tours')]) : () => buildDefault;
  const setHeaders = (res: ServerResponse, pathname: string, stats: { size: number }) => {
    // sirv calls this with the file it is about to send (maybe its .br or .gz): its size decides the range.
    applyRange(res.req, stats.size);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Compressed responses hide the decoded size; loaders need it for a true progress bar.
    res.setHeader('X-Uncompressed-Length', String(uncompressedSize(dist, pathname, stats.size)));
    if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  };
  // Without `dev`, sirv serves only the files dist/ held at start, and no dotfiles.
  const assets = sirv(dist, { gzip: true, brotli: true, etag: true, setHeaders });
  const extraTours = toursDir
    ? sirv(toursDir, { etag: true, dev: true, extensions: [], dotfiles: false, setHeaders: (res, path, stats) => setHeaders(res, `/tours${path}`, stats) })
    : null;
  const mayServeTourFile = toursDir ? tourFileGuard(toursDir) : null;
  // The tours menu lists CONTENT_DIR's tours and the built-in ones together, as they are now (not as at build time).
  const tourIndex = toursDir ? mergedTourIndex(toursDir, join(dist, 'tours'), currentDefault) : null;

  // Tours published from the studio get at run time the share pages the build writes for the built-in ones.
  const share =
    toursDir && shareCacheDir
      ? contentSharePages({ contentDir: toursDir, dist, cacheDir: shareCacheDir, template: indexHtml.toString('utf8'), publicUrl, log: log ?? ((line) => console.error(line)) })
      : null;

  const isNavigation = (req: IncomingMessage, path: string) => (req.method === 'GET' || req.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
  const fallback = (req: IncomingMessage, res: ServerResponse, path: string, page: Buffer = indexHtml) => {
    if (isNavigation(req, path)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    plain(res, 404, 'Not found');
  };

  const embed = embedRoutes({ dist, ...(toursDir ? { toursDir } : {}), ...(embedOrigins ? { embedOrigins } : {}), ...(assetOrigins ? { assetOrigins } : {}), ...(liveSessionTour ? { liveSessionTour } : {}), ...(visitTours ? { visitTours } : {}) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Content-Security-Policy', NON_PAGE_POLICY);
    if (!isValidHost(req.headers.host)) return plain(res, 400, 'Bad Host header');
    const target = readTarget(req.url);
    if (!target.ok) {
      // A deep link cut short on its way (`/t/processum/%E0%A4%A`) still opens the app, which shows the nearest
      // valid view and says what it could not follow; anything else that is malformed is refused.
      const page = target.url;
      const isDeepLink = page !== undefined && /^\/(t|live)\//.test(page.pathname) && isNavigation(req, page.pathname);
      if (!page || !isDeepLink) return plain(res, target.status, target.reason);
      if (await embed(req, res, page)) return;
      return fallback(req, res, page.pathname);
    }
    normalizeTarget(req, target.url);
    const path = target.url.pathname;
    if (api && path.startsWith('/api/')) return api(req, res);
    if (await embed(req, res, target.url)) return;
    if (share && path.startsWith('/t/') && (await share(req, res, target.url))) return;
    if (tourIndex && path === '/tours/index.json' && (req.method === 'GET' || req.method === 'HEAD')) return serveMergedIndex(req, res, tourIndex);
    // `/?model=`, `/?panorama=`, `/?tour=` open something other than the default tour: not its start page.
    const opensOther = (path === '/' || path === '/index.html') && ['model', 'panorama', 'tour'].some((k) => target.url.searchParams.has(k));
    if (opensOther && isNavigation(req, '/')) return fallback(req, res, '/', withQuickViewPreload(indexHtml, target.url));
    const isStart = path === '/' || path === '/index.html';
    if (isStart && isNavigation(req, '/') && currentDefault() !== buildDefault) return fallback(req, res, '/');
    const serveApp = () => assets(req, res, () => fallback(req, res, path));
    if (!extraTours || !mayServeTourFile || !path.startsWith('/tours/')) return serveApp();
    const rest = (req.url ?? '').slice('/tours'.length);
    if (!(await mayServeTourFile(rest.split('?')[0] ?? ''))) return serveApp();
    const url = req.url;
    req.url = rest;
    extraTours(req, res, () => {
      req.url = url;
      serveApp();
    });
  };

  return createServer(containRequests(handle, log));
}

/** sirv reports the size of the file it sends (maybe the .gz or .br); the original is beside it. */
function uncompressedSize(dist: string, pathname: string, sentSize: number): number {
  try {
    return statSync(join(dist, decodeURIComponent(pathname))).size;
  } catch {
    return sentSize;
  }
}
