/**
 * The HTTP side of `npm start`: the built app, precompressed, with hashed
 * assets cached forever and client-side routes falling back to index.html.
 * Requests for files that do not exist get a real 404 (so a missing model is
 * reported as missing, not parsed as HTML).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { embedRoutes } from './embedRoutes';

export interface AppServerOptions {
  /** The built app (vite's outDir). */
  dist: string;
  /**
   * Optional folder served at /tours/ ahead of the built-in tours: operators
   * add or edit tours (TOURS_DIR) without rebuilding the app.
   */
  toursDir?: string;
  /** Origins allowed to embed and drive every tour (EMBED_ORIGINS), besides each tour's `embed.origins`. */
  embedOrigins?: string[];
  /** Origins trusted to serve models and images by absolute URL (ASSET_ORIGINS); see server/security.ts. */
  assetOrigins?: string[];
  /** Answers requests under `/api/` (the live-tour API), ahead of the static files. */
  api?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
}

export function createAppServer({ dist, toursDir, embedOrigins, assetOrigins, api }: AppServerOptions): Server {
  const indexHtml = readFileSync(join(dist, 'index.html'));
  const setHeaders = (res: ServerResponse, pathname: string, stats: { size: number }) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Compressed responses hide the decoded size; loaders need it for a true progress bar.
    res.setHeader('X-Uncompressed-Length', String(uncompressedSize(dist, pathname, stats.size)));
    if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  };
  const assets = sirv(dist, { gzip: true, brotli: true, etag: true, setHeaders });
  const extraTours = toursDir ? sirv(toursDir, { etag: true, dev: true, setHeaders: (res, path, stats) => setHeaders(res, `/tours${path}`, stats) }) : null;

  const fallback = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const isNavigation = (req.method === 'GET' || req.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
    if (isNavigation) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : indexHtml);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  const embed = embedRoutes({ dist, ...(toursDir ? { toursDir } : {}), ...(embedOrigins ? { embedOrigins } : {}), ...(assetOrigins ? { assetOrigins } : {}) });

  return createServer((req, res) => {
    if (api && req.url?.startsWith('/api/')) return void api(req, res);
    if (embed(req, res)) return;
    const serveApp = () => assets(req, res, () => fallback(req, res));
    if (!extraTours || !req.url?.startsWith('/tours/')) return serveApp();
    const url = req.url;
    req.url = url.slice('/tours'.length);
    extraTours(req, res, () => {
      req.url = url;
      serveApp();
    });
  });
}

/** sirv reports the size of the file it sends (maybe the .gz or .br); the original is beside it. */
function uncompressedSize(dist: string, pathname: string, sentSize: number): number {
  try {
    return statSync(join(dist, decodeURIComponent(pathname))).size;
  } catch {
    return sentSize;
  }
}
