/** `sitevisit validate <tour.json…>`: the manifest checks of `npm run validate` plus the assets themselves. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { progressBar } from '../progress';
import { checkAssets } from '../validate/checkAssets';
import { validateFiles } from '../validate/validateFiles';

export function validateCommand(program: Command) {
  program
    .command('validate')
    .description('check tour manifests and their assets: schema and references, missing files, glTF validity (Khronos validator), required extensions the viewer cannot decode, image sizes and ratios, tile pyramids complete')
    .argument('<tour.json...>', "one or more tour manifests, or tour folders (their tour.json)")
    .option('--public <dir>', 'folder that root-relative asset paths (/models/…) live in', 'public')
    .addHelpText('after', '\nExit code: 0 valid (warnings allowed), 1 errors found, 2 a manifest cannot be read.')
    .action(async (files: string[], flags: { public: string }) => {
      // A tour's folder (as the studio saves it, or a copy of one) stands for its tour.json.
      const manifests = files.map((file) => (statSync(file, { throwIfNoEntry: false })?.isDirectory() ? join(file, 'tour.json') : file));
      process.exitCode = await validateFiles(manifests, {
        publicDir: flags.public,
        checkAssets: (tour, file, publicDir) => checkAssets(tour, file, publicDir, progressBar()),
      });
    });
}
