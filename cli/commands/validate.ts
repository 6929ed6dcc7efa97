/** `sitevisit validate <tour.json…>`: the manifest checks of `npm run validate` plus the assets themselves. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkTourFile } from '../../server/checkTourFile';
import { describeProblem } from '../../src/tour/problems';
import { validateTour } from '../../src/tour/validate';
import { progressBar } from '../progress';
import { checkAssets } from '../validate/checkAssets';

export function validateCommand(program: Command) {
  program
    .command('validate')
    .description('check tour manifests and their assets: schema and references, missing files, glTF validity (Khronos validator), required extensions the viewer cannot decode, image sizes and ratios, tile pyramids complete')
    .argument('<tour.json...>', 'one or more tour manifests')
    .option('--public <dir>', 'folder that root-relative asset paths (/models/…) live in', 'public')
    .addHelpText('after', '\nExit code: 0 valid (warnings allowed), 1 errors found, 2 a manifest cannot be read.')
    .action(async (files: string[], flags: { public: string }) => {
      let exitCode = 0;
      for (const file of files) {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          console.error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
          exitCode = Math.max(exitCode, 2);
          continue;
        }
        const problems = await checkTourFile(text, file, flags.public);
        const parsed = problems.some((p) => p.severity === 'error' && p.path === '') ? null : validateTour(JSON.parse(text) as unknown);
        if (parsed?.ok) problems.push(...(await checkAssets(parsed.tour, file, flags.public, progressBar())));
        const errors = problems.filter((p) => p.severity === 'error').length;
        const warnings = problems.length - errors;
        for (const p of problems) console.log(`${file}: ${p.severity}: ${describeProblem(p)}`);
        console.log(`${file}: ${errors === 0 ? 'valid' : 'INVALID'} (${errors} error(s), ${warnings} warning(s))`);
        if (errors > 0) exitCode = Math.max(exitCode, 1);
      }
      process.exitCode = exitCode;
    });
}
