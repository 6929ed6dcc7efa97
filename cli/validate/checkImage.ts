/** Checks an image a tour shows: readable, and for panoramas 2:1 within what the viewer shows sharp. */
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import type { Problem } from '../../src/tour/problems';

/** The plain equirect path downsizes wider panoramas (src/viewer/panorama/loadPanorama.ts). */
const PLAIN_PANORAMA_MAX_WIDTH = 8192;

export async function checkImage(file: string, path: string, panorama: { tiled: boolean } | null): Promise<Problem[]> {
  const error = (message: string): Problem[] => [{ path, message, severity: 'error' }];
  const bytes = (await stat(file)).size;
  if (bytes === 0) return error('the image file is empty (0 bytes)');
  const meta = await sharp(file, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || !['jpeg', 'png', 'webp'].includes(meta.format ?? '')) return error(`not a JPEG, PNG or WebP image${meta?.format ? ` (${meta.format})` : ''}`);
  const { width = 0, height = 0 } = meta;
  if (meta.format === 'jpeg' && bytes * 8 < (width * height) / 64) {
    return error(`the image claims ${width}×${height} pixels but holds only ${Math.round(bytes / 1024)} KB; it is truncated or corrupt`);
  }
  if (!panorama) return [];
  const problems: Problem[] = [];
  if (Math.abs(width - 2 * height) > Math.max(2, width * 0.01)) problems.push({ path, message: `${width}×${height} is not equirectangular (2:1)`, severity: 'error' });
  if (width > PLAIN_PANORAMA_MAX_WIDTH && !panorama.tiled) {
    problems.push({ path, message: `${width}×${height} is shown downscaled to ${PLAIN_PANORAMA_MAX_WIDTH} px wide; cut it into tiles with \`sitevisit tile\` and set the scene's "tiles" to show it sharp`, severity: 'warning' });
  }
  return problems;
}
