/**
 * `sitevisit plan`'s work: read a glTF/GLB, find or take its levels, draw one
 * top-down image per level (rendered at twice the size and scaled down, for
 * smooth edges) and write them with plan.json (schema: src/tour/plan.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { PlanDescriptor } from '../../src/tour/plan';
import { CliError } from '../errors';
import { createIO } from '../model/io';
import type { Progress } from '../progress';
import { detectLevels } from './detectLevels';
import { rasterise, type Grid } from './rasterise';
import { sceneTriangles, type Triangles } from './sceneTriangles';

export interface PlanOptions {
  /** Long side of each image, px. */
  size: number;
  /** Floor heights (metres); detected from floor slabs when absent. */
  levels?: number[];
  /** How far above its floor a level is cut, metres (never above the next floor). */
  cutAbove: number;
  /** WebP quality, 1-100. */
  quality: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { size: 2048, cutAbove: 2, quality: 72 };
/** Empty border around the model, as a share of its larger side. */
const MARGIN = 0.03;
const SUPERSAMPLE = 2;

function groundBounds(tris: Triangles): { minX: number; maxX: number; minZ: number; maxZ: number } {
  let minX = Infinity, maxX = -Infinity, minZ = Infinity, maxZ = -Infinity;
  const p = tris.positions;
  for (let i = 0; i < p.length; i += 3) {
    minX = Math.min(minX, p[i]!);
    maxX = Math.max(maxX, p[i]!);
    minZ = Math.min(minZ, p[i + 2]!);
    maxZ = Math.max(maxZ, p[i + 2]!);
  }
  return { minX, maxX, minZ, maxZ };
}

function lowestY(tris: Triangles): number {
  let min = Infinity;
  for (let i = 1; i < tris.positions.length; i += 3) min = Math.min(min, tris.positions[i]!);
  return min;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function makePlan(model: string, outDir: string, options: PlanOptions, progress: Progress): Promise<PlanDescriptor> {
  const io = await createIO();
  const doc = await io.read(model).catch((error: unknown) => {
    throw new CliError(`${model}: cannot read the model (${error instanceof Error ? error.message : String(error)})`);
  });
  const tris = sceneTriangles(doc);
  if (tris.count === 0) throw new CliError(`${model}: the model has no opaque triangles to draw`);
  const b = groundBounds(tris);
  const pad = MARGIN * Math.max(b.maxX - b.minX, b.maxZ - b.minZ, 1);
  const spanX = b.maxX - b.minX + 2 * pad;
  const spanZ = b.maxZ - b.minZ + 2 * pad;
  // A round scale keeps plan.json short and readable.
  const metresPerPixel = Math.ceil((Math.max(spanX, spanZ) / options.size) * 1e5) / 1e5;
  const width = Math.min(options.size, Math.ceil(spanX / metresPerPixel));
  const height = Math.min(options.size, Math.ceil(spanZ / metresPerPixel));
  const origin: [number, number] = [round((b.minX + b.maxX) / 2 - (width * metresPerPixel) / 2, 4), round((b.minZ + b.maxZ) / 2 - (height * metresPerPixel) / 2, 4)];

  const floors = options.levels ?? detectLevels(tris, (b.maxX - b.minX) * (b.maxZ - b.minZ));
  // No slab large enough: one level, from the model's lowest point.
  if (floors.length === 0) floors.push(round(lowestY(tris), 2));
  const grid: Grid = { originX: origin[0], originZ: origin[1], step: metresPerPixel / SUPERSAMPLE, width: width * SUPERSAMPLE, height: height * SUPERSAMPLE };

  await mkdir(outDir, { recursive: true });
  progress.start('levels', floors.length);
  const levels: PlanDescriptor['levels'] = [];
  for (const [i, floor] of floors.entries()) {
    const next = floors[i + 1];
    const cut = round(next === undefined ? floor + options.cutAbove : Math.min(floor + options.cutAbove, next - 0.05), 2);
    const pixels = rasterise(tris, grid, { floor, cut });
    const image = `level-${i}.webp`;
    const webp = await sharp(pixels, { raw: { width: grid.width, height: grid.height, channels: 3 } })
      .resize(width, height, { kernel: 'lanczos3' })
      .webp({ quality: options.quality, effort: 4 })
      .toBuffer();
    await writeFile(join(outDir, image), webp);
    levels.push({ height: floor, cut, image });
    progress.tick();
  }
  progress.stop();
  const descriptor = PlanDescriptor.parse({ format: 'sitevisit-plan', version: 1, width, height, origin, metresPerPixel, levels });
  await writeFile(join(outDir, 'plan.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return descriptor;
}
