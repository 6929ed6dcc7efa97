/**
 * Saving a tour of 200 hotspots in the studio, alone (the same measurement is part of
 * `npm run bench -- --only studio`): scripts/bench/studioSave.ts on a real app server with the
 * studio over temporary folders (scripts/studioServer.ts).
 *
 *   npx tsx scripts/bench-studio-save.ts [--saves 40]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startStudioServer } from './studioServer';
import { measureStudioSave, timeAnswers } from './bench/studioSave';

const { values } = parseArgs({ options: { saves: { type: 'string', default: '40' } } });
const times: number[] = [];
const server = await startStudioServer({ token: 'bench-token-0123456789', onApi: timeAnswers(times) });
try {
  for (const s of await measureStudioSave(server, times, Number(values.saves))) {
    console.log(`${s.edit}: server median ${s.serverMs.median} ms, p90 ${s.serverMs.p90} ms; request median ${s.requestMs.median} ms, p90 ${s.requestMs.p90} ms; CPU median ${s.cpuMs.median} ms, p90 ${s.cpuMs.p90} ms`);
  }
  console.log(`${values.saves} saves each; load average ${loadavg().map((l) => l.toFixed(1)).join(', ')}; ${new Date().toISOString()}`);
} finally {
  await server.close();
}
