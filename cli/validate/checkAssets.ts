/**
 * `sitevisit validate` goes beyond `npm run validate`: it opens the files a
 * tour references. Models go through the Khronos glTF validator (plus the
 * extensions the viewer cannot decode), images are measured, tile
 * descriptors are checked for completeness. Local files only.
 */
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import { localAssetPath } from '../localAsset';
import { listAssets } from '../../src/tour/assets';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { validateModel } from '../model/validateModel';
import type { Progress } from '../progress';
import { checkImage } from './checkImage';
import { checkTiles } from './checkTiles';

/** At most this many validator warnings per model: the rest are counted. */
const MAX_WARNINGS = 3;

export async function checkAssets(tour: Tour, tourFile: string, publicDir: string, progress: Progress): Promise<Problem[]> {
  const refs = listAssets(tour);
  const problems: Problem[] = [];
  progress.start('assets', refs.length);
  for (const { path, url } of refs) {
    progress.tick();
    const file = localAssetPath(url, tourFile, publicDir);
    // Remote files are the host's business; missing ones are reported by the manifest check.
    if (file === null || !(await stat(file).then((s) => s.isFile(), () => false))) continue;
    const sceneIndex = Number(/^scenes\[(\d+)\]/.exec(path)?.[1]);
    const scene = tour.scenes[sceneIndex];
    // plan.json and its images, and captions, are opened by checkTourFile's checks (every validate runs them);
    // narration, card audio and video, and ambient sound are not images.
    if (path.endsWith('.plan') || /\.(audio|captions|ambient)\b|\.video\.(src|captions)/.test(path)) continue;
    if (path.endsWith('.model')) {
      const check = await validateModel(file);
      for (const message of check.errors) problems.push({ path, message, severity: 'error' });
      for (const message of check.warnings.slice(0, MAX_WARNINGS)) problems.push({ path, message, severity: 'warning' });
      if (check.warnings.length > MAX_WARNINGS) problems.push({ path, message: `… and ${check.warnings.length - MAX_WARNINGS} more glTF validator warnings`, severity: 'warning' });
    } else if (path.endsWith('.tiles')) {
      const image = scene?.type === 'panorama' ? localAssetPath(scene.image, tourFile, publicDir) : null;
      const size = image ? await sharp(image).metadata().then((m) => ({ width: m.width ?? 0, height: m.height ?? 0 }), () => null) : null;
      problems.push(...(await checkTiles(file, path, size)));
    } else {
      const panorama = scene?.type === 'panorama' && path.endsWith(`[${sceneIndex}].image`) ? { tiled: scene.tiles !== undefined } : null;
      problems.push(...(await checkImage(file, path, panorama)));
    }
  }
  progress.stop();
  return problems;
}
