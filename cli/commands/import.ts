/** `sitevisit import <folder>`: a starter tour.json with one scene per panorama and model found. */
import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { describeProblem } from '../../src/tour/problems';
import { validateTour } from '../../src/tour/validate';
import { exists, writeAtomically } from '../atomicOutput';
import { CliError } from '../errors';
import { scanFolder } from '../import/scanFolder';
import { sceneId, starterTour, titleOf } from '../import/starterTour';
import { progressBar } from '../progress';
import { cutPyramid } from '../tile/cutPyramid';

interface ImportFlags {
  out?: string;
  id?: string;
  title?: string;
  tile?: boolean;
  force?: boolean;
}

export function importCommand(program: Command) {
  program
    .command('import')
    .description('write a starter tour.json for a folder of panoramas (2:1 JPEG/PNG/WebP) and models (glTF/GLB): one scene per file')
    .argument('<folder>', 'folder to scan (subfolders included)')
    .option('-o, --out <file>', 'tour file to write (asset paths are relative to the folder)', 'tour.json inside the folder')
    .option('--id <id>', 'tour id (default: from the folder name)')
    .option('--title <title>', 'tour title (default: from the folder name)')
    .option('--tile', 'also cut each panorama into tiles (<name>.tiles/ next to it) and point its scene at them')
    .option('-f, --force', 'replace an existing tour file (and tile folders)')
    .addHelpText('after', '\nExample:\n  npx sitevisit import ~/site-photos --tile\n  npx sitevisit validate ~/site-photos/tour.json')
    .action(async (folder: string, flags: ImportFlags) => {
      if (!(await exists(folder))) throw new CliError(`${folder}: no such folder`);
      const root = resolve(folder);
      const out = flags.out && flags.out !== 'tour.json inside the folder' ? resolve(flags.out) : join(root, 'tour.json');
      if (resolve(out, '..') !== root) throw new CliError(`--out must be inside ${folder} (asset paths are relative to the tour file)`, 2);
      if (!flags.force && (await exists(out))) throw new CliError(`${out} already exists; pass --force to replace it`);
      const { assets, skipped } = await scanFolder(root);
      for (const s of skipped) console.warn(`skipped ${s.path}: ${s.reason}`);
      if (assets.length === 0) throw new CliError(`${folder}: no panoramas (2:1 JPEG, PNG or WebP) or models (.glb, .gltf) found`);

      const tiles = new Map<string, string>();
      if (flags.tile) {
        for (const asset of assets.filter((a) => a.kind === 'panorama')) {
          const dir = `${asset.path.replace(/\.[^.]+$/, '')}.tiles`;
          console.log(`tiling ${asset.path} → ${dir}/`);
          await writeAtomically(join(root, dir), flags.force === true, (temp) => cutPyramid(join(root, asset.path), temp, {}, progressBar()));
          tiles.set(asset.path, `${dir}/tiles.json`);
        }
      }
      const name = basename(root);
      const tour = starterTour(flags.id ?? sceneId(name, new Set()), flags.title ?? titleOf(name), assets, tiles);
      const check = validateTour(tour);
      if (!check.ok) throw new CliError(`the starter tour came out invalid (a bug): ${check.problems.map(describeProblem).join('; ')}`);
      await writeAtomically(out, flags.force === true, (temp) => writeFile(temp, `${JSON.stringify(tour, null, 2)}\n`));
      const count = (kind: string) => assets.filter((a) => a.kind === kind).length;
      console.log(`${out}: ${assets.length} scene(s) (${count('panorama')} panorama(s), ${count('model')} model(s)). Next: npx sitevisit validate ${out}`);
    });
}
