/**
 * The optimize pipeline: dedup → instance → prune → weld → one buffer → (join) → texture
 * resize + WebP → meshopt or Draco geometry compression. glTF Transform does
 * the work; this file picks the order and options.
 */
import type { Document, Transform } from '@gltf-transform/core';
import { dedup, draco, flatten, instance, join, meshopt, prune, resample, textureCompress, unpartition, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import sharp from 'sharp';

export interface OptimizeOptions {
  compress: 'meshopt' | 'draco' | 'none';
  /** Textures larger than this (either side) are resized to fit. */
  maxTexture: number;
  textureFormat: 'webp' | 'keep';
  /** Merge meshes that share a material (fewer draw calls; node names of merged meshes are lost). */
  join: boolean;
}

export async function optimizeDocument(doc: Document, options: OptimizeOptions, onStep: (name: string) => void): Promise<void> {
  const steps: [string, Transform][] = [
    ['dedup', dedup()],
    ['instance', instance({ min: 5 })],
    ['resample', resample()],
    ['prune', prune()],
    ['weld', weld()],
    // A GLB holds one buffer: .gltf files often split theirs.
    ['unpartition', unpartition()],
  ];
  if (options.join) steps.push(['flatten', flatten()], ['join', join()]);
  steps.push([
    'textures',
    textureCompress({
      encoder: sharp,
      ...(options.textureFormat === 'webp' ? { targetFormat: 'webp' as const } : {}),
      resize: [options.maxTexture, options.maxTexture],
    }),
  ]);
  if (options.compress === 'meshopt') steps.push(['meshopt', meshopt({ encoder: MeshoptEncoder, level: 'medium' })]);
  if (options.compress === 'draco') steps.push(['draco', draco()]);
  for (const [name, step] of steps) {
    onStep(name);
    await doc.transform(step);
  }
}
