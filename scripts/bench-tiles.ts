/**
 * `npm run bench:tiles`: the multiresolution panorama part of the benchmark on
 * its own (npm run bench runs it too). Makes the 16384×8192 test pyramid with
 * the CLI when missing (as the browser test does), builds the app when stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/harness';
import { prepareTiledTour, TOUR_DIR } from '../tests/browser/tiles/fixture';
import { prepareAppBuild } from './bench/setup';
import { measureTiles, renderTiles, serveAppWithTours, servePannellum } from './bench/tiles';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const T0 = Date.now();
const log = (m: string) => process.stderr.write(`[bench:tiles ${((Date.now() - T0) / 1000).toFixed(1)}s] ${m}\n`);
const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

async function main() {
  mkdirSync(OUT, { recursive: true });
  await prepareTiledTour();
  log('tiled test tour ready');
  const dist = join(OUT, 'app-dist-tiles');
  prepareAppBuild(ROOT, dist);
  const toursDir = join(TOUR_DIR, '..');
  const app = await serveAppWithTours(dist, toursDir, listen);
  const pannellum = await servePannellum(ROOT, toursDir, listen);
  const session = await launch();
  try {
    const results = await measureTiles(session, app.url, pannellum.url, RUNS, log);
    process.stdout.write(`${renderTiles(results).join('\n')}\n`);
    writeFileSync(join(OUT, 'tiles.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await session.close();
    await app.close();
    await pannellum.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:tiles failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
