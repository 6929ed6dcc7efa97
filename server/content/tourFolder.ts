/**
 * Where a tour of CONTENT_DIR keeps what: `<id>/tour.json` is the published
 * tour (what visitors, links, embeds and live sessions see), `<id>/.draft/`
 * the studio's draft, `<id>/.versions/` every saved version. Dot folders are
 * never served (server/http/tourFiles.ts), so drafts and history stay private.
 * A tour folder is named by its id, so an id that is not an `Id` never becomes
 * a path (no separators, no dots, no `..`).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Id } from '../../src/protocol/common';

export interface TourFolder {
  id: string;
  dir: string;
  published: string;
  draftDir: string;
  draft: string;
  versionsDir: string;
  /** What the cross-process lock (lock.ts) is taken on. */
  lockTarget: string;
}

export const isTourId = (id: string): boolean => Id.safeParse(id).success;

/** The tour folder of `id`; null when `id` is not a valid tour id. */
export function tourFolder(root: string, id: string): TourFolder | null {
  if (!isTourId(id)) return null;
  const dir = join(root, id);
  return {
    id,
    dir,
    published: join(dir, 'tour.json'),
    draftDir: join(dir, '.draft'),
    draft: join(dir, '.draft', 'tour.json'),
    versionsDir: join(dir, '.versions'),
    lockTarget: join(dir, '.draft'),
  };
}

/** A tour text's version (its ETag): the same text always has the same version, so nothing else must be kept in step with the file. */
export const versionOf = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** Tour files are read by people, git and other servers: readable by all, written by the server. */
export const TOUR_FILE_MODE = 0o644;
