/**
 * `npm run validate -- <tour.json> [more.json …]`: every problem of a tour
 * manifest with its JSON path, including referenced files that do not exist.
 * Exit code 1 when any manifest has errors, 2 when it cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { checkTourFile } from '../server/checkTourFile';
import { describeProblem } from '../src/tour/problems';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0 || files.includes('--help')) {
  console.log('Usage: npm run validate -- <tour.json> [more tour.json files]\n\nReports every problem with its JSON path; exits non-zero on errors.');
  process.exit(files.length === 0 ? 2 : 0);
}

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
  const problems = await checkTourFile(text, file);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of problems) console.log(`${file}: ${p.severity}: ${describeProblem(p)}`);
  console.log(`${file}: ${errors.length === 0 ? 'valid' : 'INVALID'} (${errors.length} error(s), ${warnings.length} warning(s))`);
  if (errors.length > 0) exitCode = Math.max(exitCode, 1);
}
process.exit(exitCode);
