/**
 * `npm run bench:server`: the server under load on its own (section 7 of
 * `npm run bench`): static files and session creation, idle and during a
 * session-creation flood from another loopback address; and the time to
 * create a session with 10 and with 10,000 open. Builds dist/ when stale.
 *
 *   npm run bench:server -- [--seconds 10]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareAppBuild } from './bench/setup';
import { measureServerLoad, renderServerLoad } from './bench/serverLoad';
import { measureSessionCreate, printSessionCreate } from './bench/sessionCreate';
import { round } from './bench/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const seconds = Number(values.seconds);
const T0 = Date.now();
const log = (m: string) => process.stderr.write(`[bench:server ${((Date.now() - T0) / 1000).toFixed(1)}s] ${m}\n`);

mkdirSync(OUT, { recursive: true });
prepareAppBuild(ROOT, join(OUT, 'app-dist-server'));
const loadAtStart = loadavg().map((l) => round(l, 2));
const rows = await measureServerLoad(seconds, log);
const sessionCreate = await measureSessionCreate();
const loadAtEnd = loadavg().map((l) => round(l, 2));
process.stdout.write(`${renderServerLoad(rows, seconds).join('\n')}\n\nLoad average (1, 5, 15 min) at start ${loadAtStart.join(', ')}, at end ${loadAtEnd.join(', ')}; ${cpus().length} cores; ${new Date().toISOString()}\n`);
printSessionCreate(sessionCreate);
writeFileSync(join(OUT, 'server.json'), `${JSON.stringify({ date: new Date().toISOString(), loadAtStart, loadAtEnd, seconds, rows, sessionCreate }, null, 2)}\n`);
process.exit(0);
