/** Checks a tile descriptor and that its preview and every tile it promises are on disk. */
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TileDescriptor } from '../../src/tiles/descriptor';
import { tilePath, tilesOfLevel } from '../../src/tiles/pyramid';
import type { Problem } from '../../src/tour/problems';

const PREVIEW_BUDGET = 30 * 1024;

export async function checkTiles(file: string, path: string, image: { width: number; height: number } | null): Promise<Problem[]> {
  const error = (message: string): Problem[] => [{ path, message, severity: 'error' }];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return error(`the tile descriptor is not valid JSON (${(e as Error).message})`);
  }
  const parsed = TileDescriptor.safeParse(json);
  if (!parsed.success) return error(`not a sitevisit tile descriptor: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const d = parsed.data;
  const dir = dirname(file);
  const problems: Problem[] = [];
  const preview = join(dir, d.preview.path);
  const previewBytes = await stat(preview).then(
    (s) => s.size,
    () => -1,
  );
  if (previewBytes < 0) problems.push({ path, message: `the preview ${d.preview.path} is missing`, severity: 'error' });
  else if (previewBytes > PREVIEW_BUDGET) problems.push({ path, message: `the preview is ${Math.round(previewBytes / 1024)} KB, over the ${PREVIEW_BUDGET / 1024} KB that shows at once`, severity: 'warning' });

  const missing: string[] = [];
  let total = 0;
  const checks: Promise<void>[] = [];
  d.levels.forEach((level, index) => {
    for (const tile of tilesOfLevel(index, level, d.faces)) {
      total++;
      const rel = tilePath(d, tile);
      checks.push(access(join(dir, rel)).catch(() => void missing.push(rel)));
    }
  });
  await Promise.all(checks);
  if (missing.length > 0) {
    missing.sort();
    problems.push({ path, message: `${missing.length} of ${total} tiles are missing (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}); cut them again with \`sitevisit tile\``, severity: 'error' });
  }
  if (image && (image.width !== d.source.width || image.height !== d.source.height)) {
    problems.push({ path, message: `the tiles were cut from a ${d.source.width}×${d.source.height} image but the scene's image is ${image.width}×${image.height}; are they the same panorama?`, severity: 'warning' });
  }
  return problems;
}
