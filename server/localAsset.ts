/**
 * Where a tour's asset reference lives on disk: root-relative paths under the
 * public (or built) folder, others relative to the tour file. Remote URLs
 * (any scheme) have no local file and give null.
 */
import { dirname, join, resolve } from 'node:path';

export function localAssetPath(url: string, tourFile: string, rootDir: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  const clean = decodeURIComponent(url.split(/[?#]/)[0] as string);
  return clean.startsWith('/') ? join(resolve(rootDir), clean) : resolve(dirname(resolve(tourFile)), clean);
}
