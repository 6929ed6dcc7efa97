/** `sitevisit validate <tour.json…>`: the manifest checks of `npm run validate` plus the assets themselves. */
import type { Command } from 'commander';
import { progressBar } from '../progress';
import { checkAssets } from '../validate/checkAssets';
import { validateFiles } from '../validate/validateFiles';

export function validateCommand(program: Command) {
  program
    .command('validate')
    .description('check tour manifests and their assets: schema and references, missing files, glTF validity (Khronos validator), required extensions the viewer cannot decode, image sizes and ratios, tile pyramids complete')
    .argument('<tour.json...>', 'one or more tour manifests')
    .option('--public <dir>', 'folder that root-relative asset paths (/models/…) live in', 'public')
    .addHelpText('after', '\nExit code: 0 valid (warnings allowed), 1 errors found, 2 a manifest cannot be read.')
    .action(async (files: string[], flags: { public: string }) => {
      process.exitCode = await validateFiles(files, {
        publicDir: flags.public,
        checkAssets: (tour, file, publicDir) => checkAssets(tour, file, publicDir, progressBar()),
      });
    });
}
