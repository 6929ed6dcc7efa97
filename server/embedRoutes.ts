/**
 * The embedding side of the server: security headers (with the tour's
 * frame-ancestors) on every page, the light-embed poster page
 * (`?embed=1&autoload=0`) and the operator's origin list for the viewer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASIS_WORKER_POLICY, setSecurityHeaders } from './security';
import { tourOfUrl, tourOriginsReader } from './embedOrigins';

export interface EmbedRouteOptions {
  dist: string;
  toursDir?: string;
  /** Origins allowed to embed every tour (EMBED_ORIGINS). */
  embedOrigins?: readonly string[];
  /** Origins models and images may come from (ASSET_ORIGINS). */
  assetOrigins?: readonly string[];
}

const isPage = (req: IncomingMessage, path: string) =>
  (req.method === 'GET' || req.method === 'HEAD') && (!/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html'));

/** Returns a handler that answers the request itself (true) or only sets headers and leaves it to the app (false). */
export function embedRoutes({ dist, toursDir, embedOrigins = [], assetOrigins = [] }: EmbedRouteOptions) {
  const tourOrigins = tourOriginsReader([...(toursDir ? [toursDir] : []), join(dist, 'tours')]);
  const posterFile = join(dist, 'poster.html');
  const poster = existsSync(posterFile) ? readFileSync(posterFile) : null;
  const originsJson = JSON.stringify(embedOrigins);

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/embed-origins.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : originsJson);
      return true;
    }
    // Partner pages import the client from here: a cross-origin module script needs CORS.
    if (url.pathname.startsWith('/sitevisit-embed.')) res.setHeader('Access-Control-Allow-Origin', '*');
    if (url.pathname === '/decoders/basis-worker.js') res.setHeader('Content-Security-Policy', BASIS_WORKER_POLICY);
    if (!isPage(req, url.pathname)) return false;
    setSecurityHeaders(res, { frameAncestors: [...tourOrigins(tourOfUrl(url)), ...embedOrigins], assetOrigins });
    if (poster && url.searchParams.get('embed') === '1' && url.searchParams.get('autoload') === '0') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : poster);
      return true;
    }
    return false;
  };
}
