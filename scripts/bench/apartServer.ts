/**
 * A bench server in a process of its own (scripts/bench/apart.ts starts it): `app <dist> <toursDir>`
 * or `viewers <root> <bareDir> <toursDir> <appDist>`. Prints its URL, then serves until killed.
 */
import { serveViewers } from './compareSetup';
import { listen } from './setup';
import { serveAppWithTours } from './tiles';


const [kind, ...args] = process.argv.slice(2) as [string, ...string[]];
const [a = '', b = '', c = '', d = ''] = args;
const served = kind === 'app' ? await serveAppWithTours(a, b, listen) : kind === 'viewers' ? await serveViewers(a, b, c, d) : null;
if (!served) throw new Error(`apartServer: unknown kind "${kind}" (app or viewers)`);
process.stdout.write(`${served.url}\n`);
