/**
 * Where a tour's asset reference lives on disk: root-relative paths under the
 * public (or built) folder, others relative to the tour file. Remote URLs
 * (any scheme) have no local file and give null.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export function localAssetPath(url: string, tourFile: string, rootDir: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  const clean = decodeURIComponent(url.split(/[?#]/)[0] as string);
  return clean.startsWith('/') ? join(resolve(rootDir), clean) : resolve(dirname(resolve(tourFile)), clean);
}

/**
 * Whether `child` is the folder `parent` or lies below it. A string prefix test
 * is not enough: `/srv/dist-x/a` starts with `/srv/dist`. Lexical only: resolve
 * symlinks (realpath) first where they could lead elsewhere.
 */
export function isInside(parent: string, child: string): boolean {
  const path = relative(resolve(parent), resolve(child));
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
