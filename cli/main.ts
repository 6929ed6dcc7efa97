/**
 * The sitevisit command line: `npx sitevisit <command>` (bin/sitevisit.mjs
 * runs this file through tsx). Errors meant for the user (CliError) print as
 * one line without a stack and exit non-zero.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { importCommand } from './commands/import';
import { optimizeCommand } from './commands/optimize';
import { planCommand } from './commands/plan';
import { tileCommand } from './commands/tile';
import { validateCommand } from './commands/validate';

const program = new Command('sitevisit')
  .description('Asset pipeline for sitevisit tours: tile panoramas, optimize models, draw floor plans, validate tours, start a tour from a folder.')
  .version((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

tileCommand(program);
optimizeCommand(program);
planCommand(program);
validateCommand(program);
importCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    console.error(`sitevisit: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    console.error('sitevisit: unexpected error:', error);
    process.exitCode = 1;
  }
}
