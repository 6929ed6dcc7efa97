/**
 * Share pages for the tours published from the studio (CONTENT_DIR), made at
 * request time with the code the build uses for the built-in tours:
 * `/t/<tour>/` and `/t/<tour>/<scene>/` get the app page with the scene's
 * og: tags (absolute with PUBLIC_URL), its start hints and start-view poster;
 * `…/preview.jpg` and `…/poster.webp` are cut on first request and cached
 * until the next publish (previewCache.ts). Only the published `tour.json`
 * counts: a draft is never shown here. A path this does not answer is left to
 * the app (a built-in tour's built pages, or the app's own page).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { validateTour } from '../../src/tour/validate';
import type { Scene, Tour } from '../../src/tour/schema';
import { isInside, localAssetPath } from '../../cli/localAsset';
import { tourFolder, versionOf } from '../content/tourFolder';
import { sharePage } from './sharePage';
import { previewSource } from './previewImage';
import { previewCache } from './previewCache';
import { firstFiles, withStartHints } from './startHints';

export interface ContentShareOptions {
  contentDir: string;
  /** The built app: root-relative asset paths (`/models/…`) live here. */
  dist: string;
  /** Where the cut pictures are kept (DATA_DIR/share). */
  cacheDir: string;
  /** The app's page without hints (dist/app.html), which every share page starts from. */
  template: string;
  /** PUBLIC_URL; '' leaves og:url and og:image relative. */
  publicUrl: string;
  log: (line: string) => void;
}

type Asked = { tour: string; scene: string | null; file: 'page' | 'preview.jpg' | 'poster.webp' };

const FILES: Record<string, Asked['file']> = { '': 'page', 'index.html': 'page', 'preview.jpg': 'preview.jpg', 'poster.webp': 'poster.webp' };

/** `/t/<tour>[/<scene>][/][index.html|preview.jpg|poster.webp]`; null for any other path. */
function askedFor(pathname: string): Asked | null {
  const parts = pathname.split('/').slice(1);
  if (parts[0] !== 't' || parts.length < 2 || parts.length > 4) return null;
  let segments: string[];
  try {
    segments = parts.slice(1).map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
  const [tour = '', ...rest] = segments;
  const last = rest.length > 0 ? (rest[rest.length - 1] as string) : '';
  const file = FILES[last];
  // `/t/tour/scene` (no slash): the scene's page; ids never hold a dot, file names always do.
  const sceneSegments = file === undefined ? rest : rest.slice(0, -1);
  if (sceneSegments.length > 1 || (file === undefined && rest.length > 1)) return null;
  return { tour, scene: sceneSegments[0] ?? null, file: file ?? 'page' };
}

export function contentSharePages({ contentDir, dist, cacheDir, template, publicUrl, log }: ContentShareOptions) {
  const parsed = new Map<string, { version: string; tour: Tour | null }>();
  const pictures = previewCache(cacheDir, log);
  const contentRoot = existsSync(contentDir) ? realpathSync(contentDir) : contentDir;
  const siteFolders = [
    { dir: contentDir, at: '/tours' },
    { dir: dist, at: '' },
  ];

  /** The published tour, parsed once per version; null when there is none or it is invalid. */
  const published = async (id: string): Promise<{ version: string; tour: Tour; file: string } | null> => {
    const folder = tourFolder(contentDir, id);
    const text = folder && (await readFile(folder.published, 'utf8').catch(() => null));
    if (!folder || text === null) return null;
    const version = versionOf(text);
    let entry = parsed.get(id);
    if (entry?.version !== version) {
      let tour: Tour | null = null;
      try {
        const result = validateTour(JSON.parse(text));
        tour = result.ok ? result.tour : null;
      } catch {
        // not JSON: the app reports it
      }
      entry = { version, tour };
      parsed.set(id, entry);
    }
    return entry.tour ? { version, tour: entry.tour, file: folder.published } : null;
  };

  /** A file the tour names that the site serves: in the built app, or in CONTENT_DIR outside dot folders (drafts, versions). */
  const localFile = (url: string, tourFile: string): string | null => {
    const path = localAssetPath(url, tourFile, dist);
    if (path === null || !existsSync(path)) return null;
    if (isInside(dist, path)) return path;
    try {
      const real = realpathSync(path);
      const inside = relative(contentRoot, real);
      return isInside(contentRoot, real) && !inside.split(sep).some((s) => s.startsWith('.')) ? real : null;
    } catch {
      return null;
    }
  };

  return async function answer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const asked = askedFor(url.pathname);
    const found = asked && (await published(asked.tour));
    if (!asked || !found) return false;
    const { tour, version, file } = found;
    const sceneId = asked.scene ?? tour.startScene ?? (tour.scenes[0] as Scene).id;
    const scene = tour.scenes.find((s) => s.id === sceneId);
    if (!scene) return false;
    const source = previewSource(scene, file, (u) => localFile(u, file));
    const path = asked.scene === null ? `/t/${encodeURIComponent(tour.id)}/` : `/t/${encodeURIComponent(tour.id)}/${encodeURIComponent(scene.id)}/`;
    if (asked.file === 'page') {
      const files = firstFiles(scene, file, dist, siteFolders);
      const html = withStartHints(sharePage(template, tour, scene, path, source !== null, publicUrl), files, source ? `${path}poster.webp` : null, scene);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    }
    if (!source) return false;
    const etag = `"${version}-${scene.id}-${asked.file === 'preview.jpg' ? 'p' : 'w'}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    let body: Buffer;
    try {
      const cut = await pictures({ tour: tour.id, version, scene: scene.id }, source);
      body = asked.file === 'preview.jpg' ? cut.preview : cut.poster;
    } catch (error) {
      log(`share: could not make the preview of ${tour.id}/${scene.id}: ${(error as Error).message}`);
      return false;
    }
    res.writeHead(200, { ...headers, 'Content-Type': asked.file === 'preview.jpg' ? 'image/jpeg' : 'image/webp', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
