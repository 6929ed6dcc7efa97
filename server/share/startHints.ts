/**
 * What a scene's page (`/t/<tour>/<scene>/`, and `/` for the default tour's
 * start scene) can start before the app's code has run, written into the HTML
 * by scripts/share-pages.ts at build time, and by the server for the tours
 * published from the studio (server/share/contentShare.ts):
 *
 *  - `<link rel="preload" as="fetch" crossorigin>` for the tour file and the
 *    scene's first file (its tile descriptor and preview, or its image or
 *    model). The app fetches the same URLs with fetch() (CORS mode, same-origin
 *    credentials, which is what `crossorigin` asks of a preload), so the
 *    browser hands it the preloaded response: one request, started at once.
 *  - a panorama scene's start view (`<meta name="sitevisit-start-view">`), at
 *    which the start script draws the first frame from the preloaded image;
 *  - the prerendered poster of the start view (the link preview's picture,
 *    small WebP), shown full-screen behind the app until its first 3D frame
 *    (src/app/startPoster.ts removes it): the page's largest contentful paint
 *    is the start view, before three and React have loaded.
 *
 * Only files of this site are named (a preload of another host's file would
 * need ASSET_ORIGINS in the page's connect-src, and costs a connection).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Scene } from '../../src/tour/schema';
import { isInside, localAssetPath } from '../../cli/localAsset';
import { paintedByStartScript } from '../../src/tour/startPictures';
import { withHeadHints } from '../http/headHints';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A folder of files the site serves, and the URL path it is served at (`''` for the site's root, `/tours` for CONTENT_DIR). */
export interface SiteFolder {
  dir: string;
  at: string;
}

const toSitePath = (at: string, relativePath: string) => `${at}/${relativePath.split(/[\\/]/).map(encodeURIComponent).join('/')}`;

/** The site path of a file: under the first folder that holds it; null when none does. */
function siteOf(file: string, folders: readonly SiteFolder[]): string | null {
  const folder = folders.find((f) => isInside(f.dir, file));
  return folder ? toSitePath(folder.at, relative(folder.dir, file)) : null;
}

/** The site path (`/panoramas/x/tiles.json`) of a tour asset that exists in the served folders, or null. */
function sitePath(url: string, tourFile: string, dist: string, folders: readonly SiteFolder[]): string | null {
  const file = localAssetPath(url, tourFile, dist);
  if (file === null || !existsSync(file)) return null;
  return siteOf(file, folders);
}

/**
 * Site paths the scene's first view needs, in the order the app asks for them. `dist` is where
 * root-relative paths (`/models/…`) live; `folders` what the site serves (default: dist at its root).
 */
export function firstFiles(scene: Scene, tourFile: string, dist: string, folders: readonly SiteFolder[] = [{ dir: dist, at: '' }]): string[] {
  const tourPath = siteOf(tourFile, folders);
  const files = tourPath ? [tourPath] : [];
  if (scene.type === 'panorama' && scene.tiles) {
    const descriptor = sitePath(scene.tiles, tourFile, dist, folders);
    if (!descriptor) return files;
    files.push(descriptor);
    try {
      const preview = (JSON.parse(readFileSync(localAssetPath(scene.tiles, tourFile, dist) as string, 'utf8')) as { preview?: { path?: string } }).preview?.path;
      // The preview is named relative to tiles.json, as the viewer resolves it.
      const previewFile = preview ? localAssetPath(preview, localAssetPath(scene.tiles, tourFile, dist) as string, dist) : null;
      const previewPath = previewFile && existsSync(previewFile) ? siteOf(previewFile, folders) : null;
      if (previewPath) files.push(previewPath);
    } catch {
      // an unreadable descriptor: the viewer reports it; nothing to preload
    }
    return files;
  }
  const own = sitePath(scene.type === 'model' ? scene.model : scene.image, tourFile, dist, folders);
  return own ? [...files, own] : files;
}

export const preloadLinks = (files: string[]) =>
  files.map((path) => `<link rel="preload" href="${escapeAttribute(path)}" as="fetch" crossorigin data-start-file />`);

/** The start view's poster, before the app's root: a plain image, hidden from assistive technology (the app says what loads). */
export const posterMarkup = (posterPath: string) =>
  `<img id="start-poster" class="start-poster" src="${escapeAttribute(posterPath)}" alt="" aria-hidden="true" fetchpriority="high" decoding="async" />`;

/**
 * A panorama scene's start view, for the start script's first frame (src/start/earlyView.ts): the app
 * opens the scene there unless the link names another view.
 */
export const startViewMeta = (scene: Scene): string | null =>
  scene.type === 'panorama' ? `<meta name="sitevisit-start-view" content="${[scene.view.yaw, scene.view.pitch, scene.view.fov].join(',')}" />` : null;

/**
 * The page with the hints: the preloads of what the start script paints ahead of the app's code, the
 * others and the start view at the end of <head> (server/http/headHints.ts); the poster first in <body>.
 */
export function withStartHints(html: string, files: string[], posterPath: string | null, scene?: Scene): string {
  const meta = scene ? startViewMeta(scene) : null;
  const painted = files.filter(paintedByStartScript);
  const rest = files.filter((file) => !paintedByStartScript(file));
  let out = withHeadHints(html, preloadLinks(painted), [...preloadLinks(rest), ...(meta ? [meta] : [])]);
  if (posterPath) out = out.replace(/<body>/, () => `<body>\n    ${posterMarkup(posterPath)}`);
  return out;
}
