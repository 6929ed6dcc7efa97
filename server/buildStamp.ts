/**
 * The build stamp: `npm run build` ends by writing dist/build.json with the
 * package version and a hash of every input of the build, so a server can tell
 * whether the dist/ beside it was built from these very sources. A checkout's
 * `npm start` rebuilds when it does not match; a production start refuses to
 * run (server/main.ts), since a production install has no Vite to build with.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';

/** Everything `npm run build` reads; node_modules is pinned by package-lock.json. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'poster.html',
  'vite.config.ts',
  'vite.embed.config.ts',
  'tsconfig.json',
  'tsconfig.embed-client.json',
  'package.json',
  'package-lock.json',
  'scripts/embed-client-types.ts',
  'scripts/basis-worker.ts',
  'scripts/share-pages.ts',
  'server/share/sharePage.ts',
  'server/share/previewImage.ts',
  'server/share/startHints.ts',
  'server/builtDefaultTour.ts',
  'scripts/precompress.ts',
  'scripts/buildTarget.ts',
  'scripts/r3fCatalogue.ts',
  'scripts/startEntry.ts',
  'cli/localAsset.ts',
];

export const STAMP_FILE = 'build.json';

const BuildStamp = z.object({
  /** package.json's version when dist/ was built. */
  version: z.string(),
  /** `sha256:<hex>` over the paths and contents of INPUTS. */
  inputs: z.string(),
  /** When it was built (for people; not compared). */
  builtAt: z.string(),
});
export type BuildStamp = z.infer<typeof BuildStamp>;

/** Paths (with `/`) and contents, in a fixed order, so the same tree always gives the same hash. */
function addTree(hash: Hash, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return void hash.update(`${path}\0missing\0`);
  if (!statSync(full).isDirectory()) {
    const data = readFileSync(full);
    return void hash.update(`${path}\0${data.length}\0`).update(data);
  }
  for (const entry of readdirSync(full).sort()) addTree(hash, root, `${path}/${entry}`);
}

export function inputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) addTree(hash, root, input);
  return `sha256:${hash.digest('hex')}`;
}

const packageVersion = (root: string) => (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

export function writeBuildStamp(root: string, dist: string): BuildStamp {
  const stamp: BuildStamp = { version: packageVersion(root), inputs: inputsHash(root), builtAt: new Date().toISOString() };
  writeFileSync(join(dist, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

function readStamp(dist: string): BuildStamp | null {
  try {
    const parsed = BuildStamp.safeParse(JSON.parse(readFileSync(join(dist, STAMP_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether dist/ may be served as it is; if not, what is wrong with it, as the start of a sentence. */
export function checkBuild(root: string, dist: string): { ok: true } | { ok: false; problem: string } {
  if (!existsSync(join(dist, 'index.html'))) return { ok: false, problem: 'dist/ is missing' };
  const stamp = readStamp(dist);
  if (!stamp) return { ok: false, problem: `dist/ has no valid build stamp (dist/${STAMP_FILE})` };
  const version = packageVersion(root);
  if (stamp.version !== version) return { ok: false, problem: `dist/ was built for version ${stamp.version}, not for the installed ${version}` };
  if (stamp.inputs !== inputsHash(root)) return { ok: false, problem: `dist/ was built from other sources than these (dist/${STAMP_FILE} does not match)` };
  return { ok: true };
}

/** For the test and bench setups, which rebuild a checkout's dist/ when it does not match. */
export const buildIsStale = (root: string, dist: string): boolean => !checkBuild(root, dist).ok;
