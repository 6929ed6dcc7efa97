/** Validates a tour manifest on disk: the schema and references, plus whether every referenced file exists. */
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { validateTour } from '../src/tour/validate';
import { validateForAuthoring } from '../src/tour/validateAuthoring';
import { listAssets } from '../src/tour/assets';
import type { Problem } from '../src/tour/problems';
import type { Tour } from '../src/tour/schema';
import { localAssetPath } from './localAsset';
import { checkPlanAndMap } from './validate/checkPlanAndMap';
import { checkAudio } from './validate/checkAudio';
import { checkCaptions } from './validate/checkCaptions';

export async function checkTourFile(text: string, file: string, publicDir = 'public'): Promise<Problem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return [{ path: '', message: `not valid JSON: ${(error as Error).message}`, severity: 'error' }];
  }
  const result = validateForAuthoring(raw);
  if (!result.ok) return result.problems;
  return [
    ...result.problems,
    ...(await missingFiles(result.tour, file, publicDir)),
    ...(await checkPlanAndMap(result.tour, file, publicDir)),
    ...(await checkCaptions(result.tour, file, publicDir)),
    ...(await checkAudio(result.tour, file, publicDir)),
    ...(await crossTourLinks(result.tour, file)),
  ];
}

/**
 * Links into other tours, checked where those tours sit next to this one
 * (`tours/<id>/tour.json`): the tour must exist and hold the target scene.
 */
async function crossTourLinks(tour: Tour, file: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const cache = new Map<string, Promise<string[] | null>>();
  const scenesOf = (id: string) => {
    if (!cache.has(id)) {
      const path = join(dirname(file), '..', id, 'tour.json');
      cache.set(
        id,
        readFile(path, 'utf8').then(
          (text) => {
            const other = validateTour(JSON.parse(text) as unknown);
            return other.ok ? other.tour.scenes.map((s) => s.id) : [];
          },
          () => null,
        ),
      );
    }
    return cache.get(id) as Promise<string[] | null>;
  };
  for (const [i, scene] of tour.scenes.entries()) {
    for (const [j, hotspot] of scene.hotspots.entries()) {
      if (hotspot.type !== 'link' || hotspot.tour === undefined || hotspot.tour === tour.id) continue;
      const path = `scenes[${i}].hotspots[${j}]`;
      const scenes: string[] | null = await scenesOf(hotspot.tour).catch(() => []);
      if (scenes === null) problems.push({ path: `${path}.tour`, message: `tour "${hotspot.tour}" is not next to this one (not checked)`, severity: 'warning' });
      else if (!scenes.includes(hotspot.target)) problems.push({ path: `${path}.target`, message: `tour "${hotspot.tour}" has no valid scene "${hotspot.target}"`, severity: 'error' });
    }
  }
  return problems;
}

/** Local files only: http(s) assets are the host's business and are not fetched here. */
async function missingFiles(tour: Tour, file: string, publicDir: string): Promise<Problem[]> {
  const checks = listAssets(tour).map(async ({ path, url }): Promise<Problem | null> => {
    const onDisk = localAssetPath(url, file, publicDir);
    if (onDisk === null) return null;
    try {
      await access(onDisk);
      return null;
    } catch {
      return { path, message: `file not found: ${url} (looked for ${onDisk})`, severity: 'error' };
    }
  });
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
