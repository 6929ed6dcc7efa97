/** `sitevisit tile <panorama> --out <dir>`: a cube-face tile pyramid with tiles.json and a preview. */
import type { Command } from 'commander';
import { writeAtomically } from '../atomicOutput';
import { CliError } from '../errors';
import { progressBar } from '../progress';
import { cutPyramid } from '../tile/cutPyramid';
import { DEFAULT_MAX_PIXELS } from '../tile/source';

interface TileFlags {
  out: string;
  tileSize: string;
  format: string;
  quality: string;
  maxPixels: string;
  force?: boolean;
}

const int = (name: string, value: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`, 2);
  return n;
};

export function tileCommand(program: Command) {
  program
    .command('tile')
    .description('cut an equirectangular panorama (JPEG, PNG or WebP, 2:1) into a cube-face tile pyramid with a tiny preview and a tiles.json descriptor')
    .argument('<panorama>', 'equirectangular image, up to 16384×8192 by default')
    .requiredOption('-o, --out <dir>', 'output directory (written complete or not at all)')
    .option('--tile-size <px>', 'edge of each tile', '512')
    .option('--format <jpg|webp>', 'tile image format', 'jpg')
    .option('--quality <1-100>', 'tile encoder quality', '80')
    .option('--max-pixels <n>', 'refuse larger sources (memory guard)', String(DEFAULT_MAX_PIXELS))
    .option('-f, --force', 'replace an existing output directory')
    .addHelpText('after', '\nExample:\n  npx sitevisit tile hall.jpg --out public/panoramas/hall\n\nThe scene in tour.json then points at it: "tiles": "../../panoramas/hall/tiles.json".')
    .action(async (panorama: string, flags: TileFlags) => {
      if (flags.format !== 'jpg' && flags.format !== 'webp') throw new CliError(`--format must be jpg or webp, not "${flags.format}"`, 2);
      const options = {
        tileSize: int('tile-size', flags.tileSize, 64, 2048),
        ext: flags.format,
        quality: int('quality', flags.quality, 1, 100),
        maxPixels: int('max-pixels', flags.maxPixels, 1, 2 ** 31),
      } as const;
      const started = performance.now();
      const descriptor = await writeAtomically(flags.out, flags.force === true, (dir) => cutPyramid(panorama, dir, options, progressBar()));
      const tiles = descriptor.levels.reduce((n, l) => n + 6 * l.tilesPerSide ** 2, 0);
      console.log(
        `${flags.out}: ${descriptor.levels.length} ${descriptor.levels.length === 1 ? 'level' : 'levels'} (face ${descriptor.levels.map((l) => l.faceSize).join(', ')} px), ${tiles} tiles of ${descriptor.tileSize} px, preview ${descriptor.preview.path} — ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
}
