/**
 * `npm run validate -- <tour.json> [more.json …]`: every problem of a tour
 * manifest with its JSON path, including referenced files that do not exist.
 * Exit code 1 when any manifest has errors, 2 when it cannot be read.
 */
import { validateFiles } from '../cli/validate/validateFiles';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0 || files.includes('--help')) {
  console.log('Usage: npm run validate -- <tour.json> [more tour.json files]\n\nReports every problem with its JSON path; exits non-zero on errors.\n`npx sitevisit validate` also checks the assets themselves.');
  process.exit(files.length === 0 ? 2 : 0);
}
process.exit(await validateFiles(files));
