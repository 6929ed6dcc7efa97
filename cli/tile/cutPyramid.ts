/**
 * Cuts an equirectangular panorama into a cube-face tile pyramid plus a tiny
 * preview strip and writes tiles.json (src/tiles/descriptor.ts) into `dir`.
 * One face is in memory at a time: its deepest level is rendered from the
 * source, the smaller levels are sharp resizes of it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { FACES, TileDescriptor, type Face } from '../../src/tiles/descriptor';
import { DEFAULT_TILE_SIZE, levelsFor, tileCount, tilePath } from '../../src/tiles/pyramid';
import type { Progress } from '../progress';
import { renderFace } from './renderFace';
import { DEFAULT_MAX_PIXELS, inspectSource } from './source';

export interface TileOptions {
  tileSize?: number;
  ext?: 'jpg' | 'webp';
  /** Encoder quality of the tiles, 1–100. */
  quality?: number;
  maxPixels?: number;
  /** Edge of each face in the preview strip. */
  previewFaceSize?: number;
  /** Largest preview file in bytes: its quality drops until it fits. */
  previewMaxBytes?: number;
}

const TILE_PATH = '{level}/{face}/{row}_{col}.{ext}';

function encode(image: Sharp, ext: 'jpg' | 'webp', quality: number): Promise<Buffer> {
  return ext === 'webp' ? image.webp({ quality, effort: 3 }).toBuffer() : image.jpeg({ quality, mozjpeg: true }).toBuffer();
}

const raw = (data: Uint8Array, size: number) => sharp(data, { raw: { width: size, height: size, channels: 3 } });

/** Copies a square tile out of a face's RGB pixels. */
function crop(face: Uint8Array, faceSize: number, left: number, top: number, size: number): Uint8Array {
  const tile = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) tile.set(face.subarray(((top + y) * faceSize + left) * 3, ((top + y) * faceSize + left + size) * 3), y * size * 3);
  return tile;
}

/** Runs `tasks` with at most `limit` in flight (sharp encodes on libuv's thread pool). */
async function pool(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

export async function cutPyramid(file: string, dir: string, options: TileOptions, progress: Progress): Promise<TileDescriptor> {
  const tileSize = options.tileSize ?? DEFAULT_TILE_SIZE;
  const ext = options.ext ?? 'jpg';
  const quality = options.quality ?? 80;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const previewFaceSize = options.previewFaceSize ?? 128;
  const previewMaxBytes = options.previewMaxBytes ?? 30_000;

  const source = await inspectSource(file, maxPixels);
  const levels = levelsFor(source.width, tileSize);
  const deepest = levels[levels.length - 1]!;
  const descriptor: TileDescriptor = {
    format: 'sitevisit-tiles',
    version: 1,
    projection: 'cube',
    tileSize,
    faceSize: deepest.faceSize,
    levels,
    faces: [...FACES],
    tilePath: TILE_PATH,
    ext,
    preview: { path: 'preview.jpg', layout: 'cube-strip-6x1', faceSize: previewFaceSize },
    source: { width: source.width, height: source.height, file: basename(file) },
  };

  await mkdir(dir, { recursive: true });
  progress.start('tiles', tileCount(levels));
  const previewFaces: Buffer[] = [];
  for (const face of FACES) {
    const pixels = await renderFace(source, face, deepest.faceSize, maxPixels);
    for (const [index, level] of levels.entries()) {
      const levelPixels =
        level === deepest ? pixels : new Uint8Array(await raw(pixels, deepest.faceSize).resize(level.faceSize, level.faceSize, { kernel: 'lanczos3' }).raw().toBuffer());
      await writeLevel(dir, descriptor, index, face, levelPixels, level.faceSize, quality, progress);
    }
    previewFaces.push(await raw(pixels, deepest.faceSize).resize(previewFaceSize, previewFaceSize, { kernel: 'lanczos3' }).raw().toBuffer());
  }
  progress.stop();
  await writePreview(join(dir, descriptor.preview.path), previewFaces, previewFaceSize, previewMaxBytes);
  // The descriptor goes last: a directory with tiles.json is a complete pyramid.
  TileDescriptor.parse(descriptor);
  await writeFile(join(dir, 'tiles.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return descriptor;
}

async function writeLevel(dir: string, descriptor: TileDescriptor, level: number, face: Face, pixels: Uint8Array, faceSize: number, quality: number, progress: Progress) {
  const { tileSize, ext } = descriptor;
  const n = faceSize / tileSize;
  await mkdir(join(dir, String(level), face), { recursive: true });
  const tasks: (() => Promise<void>)[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      tasks.push(async () => {
        const bytes = await encode(raw(crop(pixels, faceSize, col * tileSize, row * tileSize, tileSize), tileSize), ext, quality);
        const path = join(dir, tilePath(descriptor, { level, face, row, col }));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes);
        progress.tick();
      });
    }
  }
  await pool(tasks, 4);
}

/** The six faces side by side, at the best JPEG quality that stays within the byte budget. */
async function writePreview(path: string, faces: Buffer[], size: number, maxBytes: number) {
  const strip = new Uint8Array(6 * size * size * 3);
  faces.forEach((face, f) => {
    for (let y = 0; y < size; y++) strip.set(face.subarray(y * size * 3, (y + 1) * size * 3), (y * 6 * size + f * size) * 3);
  });
  let bytes: Buffer | null = null;
  for (const quality of [75, 65, 55, 45, 35, 25]) {
    bytes = await sharp(strip, { raw: { width: 6 * size, height: size, channels: 3 } }).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (bytes.byteLength <= maxBytes) break;
  }
  await writeFile(path, bytes!);
}
