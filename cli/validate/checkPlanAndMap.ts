/**
 * Whether the floor plans and the tour map would load: plan.json parses and
 * each level's image is a PNG or WebP; the map image is a PNG or WebP of the
 * size the manifest gives. Missing files themselves are reported by the
 * existence check (checkTourFile); this looks inside the ones that are there.
 */
import { readFile } from 'node:fs/promises';
import { readImageSize } from '../../src/lib/imageSize';
import { PlanDescriptor } from '../../src/tour/plan';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { localAssetPath } from '../localAsset';

const read = (file: string) => readFile(file).then((b) => b, () => null);

/** A plan or map image: its size when it is a PNG or WebP the viewer can draw, else why not. */
async function imageProblem(file: string, url: string): Promise<{ message: string } | { width: number; height: number }> {
  const bytes = await read(file);
  if (bytes === null) return { message: `file not found: ${url} (looked for ${file})` };
  const size = readImageSize(new Uint8Array(bytes).buffer);
  if (!size || size.type === 'jpeg') return { message: `${url} is not a PNG or WebP image` };
  return size;
}

async function checkPlan(url: string, path: string, tourFile: string, publicDir: string): Promise<Problem[]> {
  const file = localAssetPath(url, tourFile, publicDir);
  if (file === null) return [];
  const bytes = await read(file);
  if (bytes === null) return []; // reported as missing
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return [{ path, message: `${url} is not valid JSON`, severity: 'error' }];
  }
  const parsed = PlanDescriptor.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return [{ path, message: `${url} is not a plan written by \`sitevisit plan\` (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'invalid'})`, severity: 'error' }];
  }
  const problems: Problem[] = [];
  for (const [j, level] of parsed.data.levels.entries()) {
    const image = localAssetPath(level.image, file, publicDir);
    if (image === null) continue;
    const result = await imageProblem(image, level.image);
    if ('message' in result) problems.push({ path, message: `levels[${j}].image: ${result.message}`, severity: 'error' });
  }
  return problems;
}

export async function checkPlanAndMap(tour: Tour, tourFile: string, publicDir: string): Promise<Problem[]> {
  const checks: Promise<Problem[]>[] = tour.scenes.map((scene, i) =>
    scene.type === 'model' && scene.plan ? checkPlan(scene.plan, `scenes[${i}].plan`, tourFile, publicDir) : Promise.resolve([]),
  );
  tour.plans?.forEach((group, i) => checks.push(checkPlan(group.plan, `plans[${i}].plan`, tourFile, publicDir)));
  const map = tour.map;
  const mapFile = map ? localAssetPath(map.image, tourFile, publicDir) : null;
  if (map && mapFile !== null) {
    checks.push(
      imageProblem(mapFile, map.image).then((result): Problem[] => {
        if ('message' in result) return result.message.startsWith('file not found') ? [] : [{ path: 'map.image', message: result.message, severity: 'error' }];
        if (result.width !== map.width || result.height !== map.height) {
          return [{ path: 'map.image', message: `the image is ${result.width}×${result.height} px but the map says ${map.width}×${map.height}; the spots would be misplaced`, severity: 'error' }];
        }
        return [];
      }),
    );
  }
  return (await Promise.all(checks)).flat();
}
