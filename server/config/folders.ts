/**
 * Where the server keeps what must survive a restart, read once at start-up:
 *
 * - CONTENT_DIR (default `./content/tours`, created on first start): the tours
 *   the studio edits, `<id>/tour.json` plus their files, served at /tours/
 *   ahead of the built-in tours. TOURS_DIR is accepted as its older name;
 *   naming two different folders is a start-up error.
 * - DATA_DIR (default `data` beside CONTENT_DIR, so `./content/data`): the live
 *   session file, the studio's versions and jobs, the visits database.
 *
 * One volume mounted at `./content` therefore holds everything to back up.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Folders {
  /** Tours made or edited on this server (absolute path). */
  contentDir: string;
  /** Server data beside the tours: live sessions, studio jobs, the database (absolute path). */
  dataDir: string;
}

export const DEFAULT_CONTENT_DIR = join('content', 'tours');

/** The folders named by the environment, resolved against `cwd`; throws a sentence for the operator when they disagree. */
export function foldersFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Folders {
  const content = env.CONTENT_DIR || undefined;
  const tours = env.TOURS_DIR || undefined;
  if (content && tours && resolve(cwd, content) !== resolve(cwd, tours)) {
    throw new Error(`CONTENT_DIR (${content}) and TOURS_DIR (${tours}) name different folders; TOURS_DIR is the older name of CONTENT_DIR, set only one`);
  }
  const contentDir = resolve(cwd, content ?? tours ?? DEFAULT_CONTENT_DIR);
  const dataDir = env.DATA_DIR ? resolve(cwd, env.DATA_DIR) : join(dirname(contentDir), 'data');
  return { contentDir, dataDir };
}

/** Creates both folders (and their parents) when missing; throws the system's reason when it cannot. */
export function ensureFolders({ contentDir, dataDir }: Folders): void {
  mkdirSync(contentDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}
