/**
 * A quick view (`/?panorama=/path.jpg`, `/?model=/path.glb`) names its file in
 * the URL: the page starts downloading it at once with a fetch preload, which
 * the app's fetch() takes over, instead of after the app's code has loaded and
 * run. Only a file of this site (a root-relative path of a tour file type) is
 * named, HTML-escaped; anything else gets the page unchanged.
 */
import { extname } from 'node:path';
import { TOUR_FILE_TYPES } from './tourFiles';
import { paintedByStartScript } from '../../src/tour/startPictures';
import { withHeadHints } from './headHints';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The preload tag for the quick view's file of `url` (the page's address), or null. */
export function quickViewPreload(url: URL): string | null {
  if (url.pathname !== '/' && url.pathname !== '/index.html') return null;
  const file = url.searchParams.get('panorama') ?? url.searchParams.get('model');
  if (!file || !file.startsWith('/') || file.startsWith('//') || file.includes('\\')) return null;
  let target: URL;
  try {
    target = new URL(file, url);
  } catch {
    return null;
  }
  if (target.origin !== url.origin || !TOUR_FILE_TYPES.has(extname(target.pathname).toLowerCase())) return null;
  return `<link rel="preload" href="${escapeAttribute(target.pathname + target.search)}" as="fetch" crossorigin data-start-file />`;
}

/** The page with the preload: a panorama's ahead of the app's code, a model's after it (headHints.ts). */
export const withQuickViewPreload = (html: Buffer, url: URL): Buffer => {
  const tag = quickViewPreload(url);
  if (!tag) return html;
  const painted = url.searchParams.has('panorama') && paintedByStartScript(url.searchParams.get('panorama') ?? '');
  return Buffer.from(withHeadHints(html.toString('utf8'), painted ? [tag] : [], painted ? [] : [tag]));
};
