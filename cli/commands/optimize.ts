/** `sitevisit optimize <model> --out <file.glb>`: a smaller, faster model and a before/after table. */
import { extname } from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { optimizeFile } from '../model/optimizeFile';
import type { OptimizeOptions } from '../model/optimizeModel';
import { statsTable } from '../model/stats';
import { progressBar } from '../progress';

interface OptimizeFlags {
  out: string;
  compress: string;
  maxTexture: string;
  textureFormat: string;
  join?: boolean;
  force?: boolean;
}

export function optimizeCommand(program: Command) {
  program
    .command('optimize')
    .description('de-duplicate, prune, weld and compress a glTF/GLB model; resize oversized textures and convert them to WebP; print a before/after table')
    .argument('<model>', '.glb or .gltf (with its .bin and images next to it)')
    .requiredOption('-o, --out <file.glb>', 'output GLB (written complete or not at all)')
    .option('--compress <meshopt|draco|none>', 'geometry compression', 'meshopt')
    .option('--max-texture <px>', 'resize textures larger than this', '2048')
    .option('--texture-format <webp|ktx2|keep>', 'textures as WebP (small files), KTX2/Basis ETC1S (small in GPU memory too, slower to encode) or as they are', 'webp')
    .option('--join', 'merge meshes that share a material (fewer draw calls, loses their node names)')
    .option('-f, --force', 'replace an existing output file')
    .addHelpText('after', '\nExample:\n  npx sitevisit optimize plant.gltf --out public/models/plant.glb')
    .action(async (model: string, flags: OptimizeFlags) => {
      if (extname(flags.out).toLowerCase() !== '.glb') throw new CliError(`--out must name a .glb file (one self-contained file), not "${flags.out}"`, 2);
      if (!['meshopt', 'draco', 'none'].includes(flags.compress)) throw new CliError(`--compress must be meshopt, draco or none, not "${flags.compress}"`, 2);
      if (!['webp', 'ktx2', 'keep'].includes(flags.textureFormat)) throw new CliError(`--texture-format must be webp, ktx2 or keep, not "${flags.textureFormat}"`, 2);
      const maxTexture = Number(flags.maxTexture);
      if (!Number.isInteger(maxTexture) || maxTexture < 16) throw new CliError(`--max-texture must be a whole number of pixels ≥ 16, not "${flags.maxTexture}"`, 2);
      const options: OptimizeOptions = { compress: flags.compress as OptimizeOptions['compress'], maxTexture, textureFormat: flags.textureFormat as OptimizeOptions['textureFormat'], join: flags.join === true };

      const { before, after } = await optimizeFile(model, flags.out, options, flags.force === true, progressBar());
      console.log(`${model} → ${flags.out}\n\n${statsTable(before, after)}`);
    });
}
