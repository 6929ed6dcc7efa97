/**
 * The optimize pipeline: dedup → instance → prune → weld → one buffer → (join) → texture
 * resize + WebP → meshopt or Draco geometry compression. glTF Transform does
 * the work; this file picks the order and options.
 */
import type { Document, Transform } from '@gltf-transform/core';
import { dedup, draco, flatten, instance, join, meshopt, prune, resample, textureCompress, unpartition, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { ktx2 } from 'ktx2-encoder/gltf-transform';
import sharp from 'sharp';

export interface OptimizeOptions {
  compress: 'meshopt' | 'draco' | 'none';
  /** Textures larger than this (either side) are resized to fit. */
  maxTexture: number;
  /** WebP (small files), KTX2/Basis ETC1S (small in GPU memory too) or the source format. */
  textureFormat: 'webp' | 'ktx2' | 'keep';
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
  if (options.textureFormat === 'ktx2') {
    // Basis ETC1S with mipmaps: the viewer transcodes it to what the GPU takes (src/viewer/model/loadModel.ts).
    steps.push(['ktx2', ktx2({ isUASTC: false, generateMipmap: true, imageDecoder: decodeImage })]);
  }
  if (options.compress === 'meshopt') steps.push(['meshopt', meshopt({ encoder: MeshoptEncoder, level: 'medium' })]);
  if (options.compress === 'draco') steps.push(['draco', draco()]);
  for (const [name, step] of steps) {
    onStep(name);
    await (name === 'ktx2' ? withoutStdout(() => doc.transform(step)) : doc.transform(step));
  }
}

/** Raw RGBA pixels for the Basis encoder, decoded by sharp. */
async function decodeImage(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/**
 * The Basis encoder (wasm) prints its slice tables to stdout whatever its debug
 * flag says; the command's stdout is the before/after table, so it is muted meanwhile.
 */
async function withoutStdout<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}
