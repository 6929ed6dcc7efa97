/**
 * Optimizes one model file into a GLB: validate (nothing written on errors),
 * read, transform, write atomically. Shared by `sitevisit optimize` and the benchmark.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { Logger } from '@gltf-transform/core';
import { writeAtomically } from '../atomicOutput';
import { CliError } from '../errors';
import type { Progress } from '../progress';
import { createIO } from './io';
import { optimizeDocument, type OptimizeOptions } from './optimizeModel';
import { modelStats, type ModelStats } from './stats';
import { validateModel } from './validateModel';

/** Bytes of a model with its external buffers and images (a .gltf is more than its JSON). */
async function modelBytes(file: string): Promise<number> {
  let total = (await stat(file)).size;
  if (extname(file).toLowerCase() !== '.gltf') return total;
  const json = JSON.parse(await readFile(file, 'utf8')) as { buffers?: { uri?: string }[]; images?: { uri?: string }[] };
  for (const { uri } of [...(json.buffers ?? []), ...(json.images ?? [])]) {
    if (uri && !uri.startsWith('data:')) total += await stat(resolve(dirname(file), decodeURIComponent(uri))).then((s) => s.size, () => 0);
  }
  return total;
}

export const DEFAULT_OPTIMIZE: OptimizeOptions = { compress: 'meshopt', maxTexture: 2048, textureFormat: 'webp', join: false };

export async function optimizeFile(model: string, out: string, options: OptimizeOptions, force: boolean, progress: Progress): Promise<{ before: ModelStats; after: ModelStats }> {
  // The Khronos validator first: a clear reason instead of a crash deep inside a transform.
  const check = await validateModel(model);
  if (check.errors.length > 0) {
    const shown = check.errors.slice(0, 5).map((e) => `  - ${e}`).join('\n');
    const more = check.errors.length > 5 ? `\n  … and ${check.errors.length - 5} more` : '';
    throw new CliError(`${model}: not a valid glTF model, nothing written:\n${shown}${more}`);
  }

  const io = await createIO();
  io.setLogger(new Logger(Logger.Verbosity.ERROR));
  const doc = await io.read(model).catch((error: Error) => {
    throw new CliError(`${model}: cannot be read (${error.message})`);
  });
  const before = modelStats(doc, await modelBytes(model));
  const names = ['dedup', 'instance', 'resample', 'prune', 'weld', 'unpartition', ...(options.join ? ['flatten', 'join'] : []), 'textures', ...(options.textureFormat === 'ktx2' ? ['ktx2'] : []), ...(options.compress === 'none' ? [] : [options.compress])];
  progress.start('optimize', names.length);
  let first = true;
  await optimizeDocument(doc, options, () => {
    if (!first) progress.tick();
    first = false;
  });
  progress.tick();
  progress.stop();
  const glb = await io.writeBinary(doc);
  await writeAtomically(out, force, (temp) => writeFile(temp, glb));
  const after = modelStats(doc, glb.byteLength);
  return { before, after };
}
