/**
 * Checks an image a tour shows: readable, and for panoramas 2:1 within what the viewer shows sharp.
 * Each problem carries a `code` and the values its sentence names, so the studio can say it in the
 * editor's language (src/studio/server/errorTexts.ts); the CLI prints the English `message`.
 */
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import type { Problem } from '../../src/tour/problems';

/** The plain equirect path downsizes wider panoramas (src/viewer/panorama/loadPanorama.ts). */
const PLAIN_PANORAMA_MAX_WIDTH = 8192;

export type ImageProblem = Problem & { code: string; width?: number; height?: number; kb?: number; format?: string };

export async function checkImage(file: string, path: string, panorama: { tiled: boolean } | null): Promise<ImageProblem[]> {
  const error = (message: string, details: Omit<ImageProblem, 'path' | 'message' | 'severity'>): ImageProblem[] => [{ path, message, severity: 'error', ...details }];
  const bytes = (await stat(file)).size;
  if (bytes === 0) return error('the image file is empty (0 bytes)', { code: 'image-empty' });
  const meta = await sharp(file, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || !['jpeg', 'png', 'webp'].includes(meta.format ?? '')) return error(`not a JPEG, PNG or WebP image${meta?.format ? ` (${meta.format})` : ''}`, { code: 'image-unreadable', format: meta?.format ?? '?' });
  const { width = 0, height = 0 } = meta;
  if (meta.format === 'jpeg' && bytes * 8 < (width * height) / 64) {
    return error(`the image claims ${width}×${height} pixels but holds only ${Math.round(bytes / 1024)} KB; it is truncated or corrupt`, { code: 'image-truncated', width, height, kb: Math.round(bytes / 1024) });
  }
  if (!panorama) return [];
  const problems: ImageProblem[] = [];
  if (Math.abs(width - 2 * height) > Math.max(2, width * 0.01)) problems.push({ path, message: `${width}×${height} is not equirectangular (2:1)`, severity: 'error', code: 'image-not-equirect', width, height });
  if (width > PLAIN_PANORAMA_MAX_WIDTH && !panorama.tiled) {
    problems.push({ path, message: `${width}×${height} is shown downscaled to ${PLAIN_PANORAMA_MAX_WIDTH} px wide; cut it into tiles with \`sitevisit tile\` and set the scene's "tiles" to show it sharp`, severity: 'warning', code: 'image-downscaled', width, height });
  }
  return problems;
}
