/**
 * Validates tour manifests one by one and prints every problem with its JSON
 * path, then a verdict per file. Shared by `sitevisit validate` (with the
 * asset checks) and `npm run validate` (the manifest and its files' existence).
 */
import { readFile } from 'node:fs/promises';
import { checkTourFile } from '../checkTourFile';
import { describeProblem, type Problem } from '../../src/tour/problems';
import { validateTour } from '../../src/tour/validate';
import type { Tour } from '../../src/tour/schema';

export interface ValidateOptions {
  /** Folder that root-relative asset paths (`/models/…`) live in. */
  publicDir?: string;
  /** Further checks of a manifest that passed the schema (e.g. the assets themselves). */
  checkAssets?: (tour: Tour, file: string, publicDir: string) => Promise<Problem[]>;
}

/** Returns the exit code: 0 all valid (warnings allowed), 1 errors found, 2 a manifest could not be read. */
export async function validateFiles(files: string[], { publicDir = 'public', checkAssets }: ValidateOptions = {}): Promise<number> {
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
    const problems = await checkTourFile(text, file, publicDir);
    if (checkAssets && !problems.some((p) => p.severity === 'error' && p.path === '')) {
      const parsed = validateTour(JSON.parse(text) as unknown);
      if (parsed.ok) problems.push(...(await checkAssets(parsed.tour, file, publicDir)));
    }
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    for (const p of problems) console.log(`${file}: ${p.severity}: ${describeProblem(p)}`);
    console.log(`${file}: ${errors === 0 ? 'valid' : 'INVALID'} (${errors} error(s), ${warnings} warning(s))`);
    if (errors > 0) exitCode = Math.max(exitCode, 1);
  }
  return exitCode;
}
