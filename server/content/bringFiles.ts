/**
 * A copied tour made self-contained: the files its manifest names outside its
 * own folder (the demo tours' shared `../../models/…`, `../../panoramas/…`,
 * `../../plans/…`) are copied into the copy's folder and the references
 * rewritten to them. Without this a copy of a built-in tour in CONTENT_DIR
 * names files that are not beside it on disk: `npx sitevisit validate` and
 * Publish find them missing, and the folder cannot be moved to another server.
 *
 * References are resolved as a visitor's browser resolves them (against
 * `/tours/<id>/tour.json`) and found where the server serves them from, so a
 * brought file is the one visitors saw. Each lands at its URL path inside the
 * copy (`/models/a.glb` → `models/a.glb`), which keeps the relative paths
 * between brought files (a plan's level images, a tile pyramid's tiles) valid.
 * A reference whose file is not there is left as it was: the Problems list
 * names it, as it did in the original.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listAssets } from '../../src/tour/assets';
import { Tour } from '../../src/tour/schema';
import { PlanDescriptor } from '../../src/tour/plan';
import { tileFiles } from '../../cli/tile/tileFiles';
import { isInside } from '../../cli/localAsset';

/** Where the server serves a URL path from: a file on disk, or null (not one of ours). */
export type Locate = (urlPath: string) => Promise<string | null>;

const ORIGIN = 'http://tour.invalid';
const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);
const exists = (path: string) => stat(path).then(() => true, () => false);

/** `scenes[0].hotspots[2].audio.src.pt-BR` → the keys of that value in the manifest. */
function keysOf(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g)].map(([, index, quoted, name]) =>
    index !== undefined ? Number(index) : quoted !== undefined ? (JSON.parse(quoted) as string) : (name as string),
  );
}

/** Replaces the string at `keys` when it is still `from`. */
function setAt(root: unknown, keys: (string | number)[], from: string, to: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown>;
    if (node === null || typeof node !== 'object') return;
  }
  const last = keys[keys.length - 1] as string | number;
  if (node[last] === from) node[last] = to;
}

/** The files a plan or tile descriptor names beside itself, as URL paths. */
async function companions(kind: 'plan' | 'tiles' | null, file: string, urlPath: string): Promise<string[]> {
  if (kind === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const at = (relative: string) => new URL(relative, `${ORIGIN}${urlPath}`).pathname;
  if (kind === 'plan') {
    const plan = PlanDescriptor.safeParse(json);
    return plan.success ? plan.data.levels.map((level) => at(level.image)) : [];
  }
  return (tileFiles(json) ?? []).map(at);
}

/**
 * Copies into `dir` (the copy's folder, its own files already there) what `manifest` (the
 * source tour `from`, parsed) names outside the source's folder; returns the manifest with
 * those references rewritten. Throws on a failed write (the caller drops the whole copy).
 */
export async function bringFiles(manifest: unknown, from: string, dir: string, locate: Locate): Promise<unknown> {
  const parsed = Tour.safeParse(manifest);
  if (!parsed.success) return manifest;
  const tourUrl = `${ORIGIN}/tours/${from}/tour.json`;
  const own = `/tours/${from}/`;
  const wanted: { keys: (string | number)[]; ref: string; urlPath: string; rest: string; kind: 'plan' | 'tiles' | null }[] = [];
  for (const { path, url } of listAssets(parsed.data)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    const resolved = new URL(url, tourUrl);
    if (resolved.origin !== ORIGIN || resolved.pathname.startsWith(own)) continue;
    const kind = path.endsWith('.plan') ? 'plan' : path.endsWith('.tiles') ? 'tiles' : null;
    wanted.push({ keys: keysOf(path), ref: url, urlPath: resolved.pathname, rest: resolved.search + resolved.hash, kind });
  }
  if (wanted.length === 0) return manifest;

  // The brought files keep their URL paths under one folder: the copy's own, or `shared/` when the tour has
  // its own folder of that name (a tour with its own `models/` keeps it untouched).
  const firstSegments = new Set(wanted.map((w) => decodeURIComponent(w.urlPath.split('/')[1] ?? '')));
  let prefix = '';
  for (let n = 1; (await Promise.all([...firstSegments].map((s) => exists(join(dir, prefix, s))))).some(Boolean); n++) prefix = n === 1 ? 'shared' : `shared-${n}`;

  const copied = new Map<string, boolean>();
  const bring = async (urlPath: string): Promise<boolean> => {
    if (!copied.has(urlPath)) {
      const source = await locate(urlPath);
      const target = join(dir, prefix, decodeURIComponent(urlPath));
      const ok = source !== null && isInside(dir, target) && (await isFile(source));
      if (ok) {
        await mkdir(dirname(target), { recursive: true });
        await copyFile(source, target);
      }
      copied.set(urlPath, ok);
    }
    return copied.get(urlPath) as boolean;
  };

  const result = structuredClone(manifest);
  for (const { keys, ref, urlPath, rest, kind } of wanted) {
    if (!(await bring(urlPath))) continue;
    for (const companion of await companions(kind, (await locate(urlPath)) as string, urlPath)) await bring(companion);
    setAt(result, keys, ref, `${prefix ? `${prefix}/` : ''}${urlPath.slice(1)}${rest}`);
  }
  return result;
}
