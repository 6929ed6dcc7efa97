/**
 * A rectangle of the equirectangular source as 8-bit RGB, read with sharp's
 * extract so a 16K panorama is never decoded whole into memory. Windows may
 * run past the left or right edge: the image wraps around horizontally.
 */
import sharp from 'sharp';
import { CliError } from '../errors';
import { readOptions, type SourceInfo } from './source';

export interface SourceWindow {
  /** Left column in source pixels; may be negative (wrapped). */
  x0: number;
  y0: number;
  width: number;
  height: number;
  /** RGB, row-major. */
  data: Uint8Array;
}

async function readRect(source: SourceInfo, maxPixels: number, left: number, top: number, width: number, height: number): Promise<Buffer> {
  try {
    const { data, info } = await sharp(source.file, readOptions(maxPixels))
      .extract({ left, top, width, height })
      .flatten({ background: '#000000' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels === 3) return data;
    // Greyscale sources come back with one band: spread it to RGB.
    const rgb = Buffer.alloc(width * height * 3);
    for (let i = 0, n = width * height; i < n; i++) rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = data[i * info.channels]!;
    return rgb;
  } catch (error) {
    throw new CliError(`${source.file}: the image data cannot be decoded; it is truncated or corrupt (${(error as Error).message.trim()})`);
  }
}

/** Reads columns [x0, x0+width) (wrapping) and rows [y0, y0+height) (clamped to the image). */
export async function readWindow(source: SourceInfo, maxPixels: number, x0: number, y0: number, width: number, height: number): Promise<SourceWindow> {
  const W = source.width;
  const top = Math.max(0, y0);
  const rows = Math.min(source.height, y0 + height) - top;
  if (width >= W) {
    const data = await readRect(source, maxPixels, 0, top, W, rows);
    return { x0: 0, y0: top, width: W, height: rows, data };
  }
  const start = ((x0 % W) + W) % W;
  const firstWidth = Math.min(width, W - start);
  const pieces = [{ left: start, width: firstWidth }];
  if (firstWidth < width) pieces.push({ left: 0, width: width - firstWidth });
  const data = new Uint8Array(width * rows * 3);
  let offset = 0;
  for (const piece of pieces) {
    const part = await readRect(source, maxPixels, piece.left, top, piece.width, rows);
    for (let y = 0; y < rows; y++) data.set(part.subarray(y * piece.width * 3, (y + 1) * piece.width * 3), (y * width + offset) * 3);
    offset += piece.width;
  }
  return { x0, y0: top, width, height: rows, data };
}
