/**
 * Opens an equirectangular panorama with sharp and checks it before any work:
 * a clear error for empty, unreadable, cut, non-2:1 or oversized files.
 */
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import { CliError } from '../errors';

/** 16384×8192: the largest panorama the tool accepts unless told otherwise. */
export const DEFAULT_MAX_PIXELS = 16384 * 8192;

export interface SourceInfo {
  file: string;
  format: 'jpeg' | 'png' | 'webp';
  width: number;
  height: number;
  bytes: number;
}

export async function inspectSource(file: string, maxPixels = DEFAULT_MAX_PIXELS): Promise<SourceInfo> {
  const bytes = await stat(file).then(
    (s) => (s.isFile() ? s.size : -1),
    (error: NodeJS.ErrnoException) => {
      throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
    },
  );
  if (bytes < 0) throw new CliError(`${file}: not a file`);
  if (bytes === 0) throw new CliError(`${file}: the file is empty (0 bytes)`);
  // Only the header is read here; no pixel limit yet, so oversized files get their own message.
  const meta = await sharp(file, { limitInputPixels: false })
    .metadata()
    .catch((error: Error) => {
      throw new CliError(`${file}: not a readable JPEG, PNG or WebP image (${error.message})`);
    });
  const format = meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp' ? meta.format : null;
  if (!format) throw new CliError(`${file}: ${meta.format ?? 'unknown'} images are not supported; use JPEG, PNG or WebP`);
  const { width, height } = meta;
  if (!width || !height) throw new CliError(`${file}: the image has no size in its header`);
  // Even a flat JPEG spends about a bit per 8×8 block; far less means a lying header or a cut file.
  if (format === 'jpeg' && bytes * 8 < (width * height) / 64) {
    throw new CliError(`${file}: the header claims ${width}×${height} pixels but the file holds only ${Math.round(bytes / 1024)} KB; it is truncated or corrupt`);
  }
  if (Math.abs(width - 2 * height) > Math.max(2, width * 0.01)) {
    throw new CliError(`${file}: ${width}×${height} is not equirectangular (width must be twice the height)`);
  }
  if (width * height > maxPixels) {
    const mp = (n: number) => `${Math.round(n / 1e6)} MP`;
    throw new CliError(`${file}: ${width}×${height} (${mp(width * height)}) is above the limit of ${mp(maxPixels)}; pass --max-pixels ${width * height} to accept it`);
  }
  return { file, format, width, height, bytes };
}

/** Decoder options shared by every read: truncated or damaged data is an error, not grey pixels. */
export const readOptions = (maxPixels: number) => ({ limitInputPixels: maxPixels, failOn: 'warning' as const });
