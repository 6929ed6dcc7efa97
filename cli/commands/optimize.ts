/** `sitevisit optimize <model> --out <file.glb>`: a smaller, faster model and a before/after table. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Logger } from '@gltf-transform/core';
import { writeAtomically } from '../atomicOutput';
import { CliError } from '../errors';
import { createIO } from '../model/io';
import { optimizeDocument, type OptimizeOptions } from '../model/optimizeModel';
import { modelStats, statsTable } from '../model/stats';
import { validateModel } from '../model/validateModel';
import { progressBar } from '../progress';

interface OptimizeFlags {
  out: string;
  compress: string;
  maxTexture: string;
  textureFormat: string;
  join?: boolean;
  force?: boolean;
}

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

export function optimizeCommand(program: Command) {
  program
    .command('optimize')
    .description('de-duplicate, prune, weld and compress a glTF/GLB model; resize oversized textures and convert them to WebP; print a before/after table')
    .argument('<model>', '.glb or .gltf (with its .bin and images next to it)')
    .requiredOption('-o, --out <file.glb>', 'output GLB (written complete or not at all)')
    .option('--compress <meshopt|draco|none>', 'geometry compression', 'meshopt')
    .option('--max-texture <px>', 'resize textures larger than this', '2048')
    .option('--texture-format <webp|keep>', 'convert textures to WebP or keep their format', 'webp')
    .option('--join', 'merge meshes that share a material (fewer draw calls, loses their node names)')
    .option('-f, --force', 'replace an existing output file')
    .addHelpText('after', '\nKTX2 textures are not produced yet (no encoder wired in); WebP is.\n\nExample:\n  npx sitevisit optimize plant.gltf --out public/models/plant.glb')
    .action(async (model: string, flags: OptimizeFlags) => {
      if (extname(flags.out).toLowerCase() !== '.glb') throw new CliError(`--out must name a .glb file (one self-contained file), not "${flags.out}"`, 2);
      if (!['meshopt', 'draco', 'none'].includes(flags.compress)) throw new CliError(`--compress must be meshopt, draco or none, not "${flags.compress}"`, 2);
      if (!['webp', 'keep'].includes(flags.textureFormat)) throw new CliError(`--texture-format must be webp or keep, not "${flags.textureFormat}"`, 2);
      const maxTexture = Number(flags.maxTexture);
      if (!Number.isInteger(maxTexture) || maxTexture < 16) throw new CliError(`--max-texture must be a whole number of pixels ≥ 16, not "${flags.maxTexture}"`, 2);
      const options: OptimizeOptions = { compress: flags.compress as OptimizeOptions['compress'], maxTexture, textureFormat: flags.textureFormat as OptimizeOptions['textureFormat'], join: flags.join === true };

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
      const progress = progressBar();
      const names = ['dedup', 'instance', 'resample', 'prune', 'weld', 'unpartition', ...(options.join ? ['flatten', 'join'] : []), 'textures', ...(options.compress === 'none' ? [] : [options.compress])];
      progress.start('optimize', names.length);
      let first = true;
      await optimizeDocument(doc, options, () => {
        if (!first) progress.tick();
        first = false;
      });
      progress.tick();
      progress.stop();
      const glb = await io.writeBinary(doc);
      await writeAtomically(flags.out, flags.force === true, (temp) => writeFile(temp, glb));
      const after = modelStats(doc, glb.byteLength);
      console.log(`${model} → ${flags.out}\n\n${statsTable(before, after)}`);
    });
}
