/**
 * What TOURS_DIR may serve. The folder is an operator's working copy (it may
 * hold .env, .git, editor backups, symlinks), so only the file types a tour
 * uses are served, never a dot segment, and never a file whose real path lies
 * outside the real folder (a symlink to /etc/passwd). sirv serves it with
 * `dev: true` (files are read at request time, so tours can be edited live);
 * this check runs first and resolves the same path sirv will open.
 */
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The file types a tour uses: data, images, textures, models, captions, audio, video. */
export const TOUR_FILE_TYPES: ReadonlySet<string> = new Set([
  '.json',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.ktx2',
  '.glb',
  '.gltf',
  '.bin',
  '.vtt',
  '.mp3',
  '.m4a',
  '.ogg',
  '.opus',
  '.mp4',
  '.webm',
]);

/** Returns a check of a path under /tours/ (e.g. `/processum/tour.json`): whether TOURS_DIR may serve it. */
export function tourFileGuard(toursDir: string): (path: string) => Promise<boolean> {
  const root = resolve(toursDir);
  return async (path) => {
    // sirv opens join(root, decodeURI(path)); the front door has rejected malformed escapes.
    let name: string;
    try {
      name = decodeURI(path);
    } catch {
      return false;
    }
    const segments = name.split(/[\\/]/);
    if (segments.some((s) => s.startsWith('.') || s.includes('\0'))) return false;
    if (!TOUR_FILE_TYPES.has(extname(segments[segments.length - 1] ?? '').toLowerCase())) return false;
    try {
      const [realRoot, real] = await Promise.all([realpath(root), realpath(join(root, name))]);
      const inside = relative(realRoot, real);
      if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false;
      if (!(await stat(real)).isFile()) return false;
      // An unreadable file would fail inside sirv's stream, after its headers.
      await access(real, constants.R_OK);
      return true;
    } catch {
      return false;
    }
  };
}
