/**
 * Builds the app's test build (dist-test/) when stale, serves it on 127.0.0.1 (the production server),
 * and serves the test data on a second origin with CORS, as any host of models
 * would: the committed fixtures (with the broken files made from them), then the
 * optional large set when present (tests/fixtures/testdata.ts). Tests read both
 * URLs with `inject`.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { buildOnce } from '../../server/buildOnce';
import { createAppServer } from '../../server/app';
import { createLive } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import { FIXTURES, optionalTestdata } from '../fixtures/testdata';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    testdataUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The test build: the app with the store handle `window.__sitevisit` (scripts/buildTarget.ts); dist/ never has it. */
export const testDist = fileURLToPath(new URL('../../dist-test', import.meta.url));
const dist = testDist;
export const fixtureTours = fileURLToPath(new URL('./fixtures/tours', import.meta.url));

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

export default async function setup(project: TestProject) {
  const env = { ...process.env, NODE_ENV: 'production', SITEVISIT_TEST_BUILD: '1' };
  if (!buildOnce(root, dist, () => spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env }).status === 0)) throw new Error('npm run build failed');
  // The live channel as `npm start` has it (memory store), quiet in test output; a presenter who
  // leaves is awaited 2 s (PRESENTER_GRACE_MS in live.test.ts) instead of 10.
  const live = createLive({ defaultTour: 'processum', tourExists: tourExistsIn(`${dist}/tours`, fixtureTours), log: () => {}, channel: { presenterGraceMs: 2000 } });
  // One URL space: a path the fixtures lack is looked up in the optional set.
  const roots = [FIXTURES, ...(optionalTestdata ? [optionalTestdata] : [])].map((dir) =>
    sirv(dir, { dev: true, setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*') }),
  );
  const testdata = createServer((req, res) => {
    const serve = (i: number): void => {
      const files = roots[i];
      if (files) return files(req, res, () => serve(i + 1));
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
      res.end('Not found');
    };
    serve(0);
  });
  const testdataUrl = await listen(testdata);
  // The testdata host is trusted like an operator's ASSET_ORIGINS (the app's CSP allows it).
  const app = createAppServer({ dist, toursDir: fixtureTours, assetOrigins: [testdataUrl], api: live.handleApi, liveSessionTour: live.sessionTour });
  live.attach(app);
  project.provide('appUrl', await listen(app));
  project.provide('testdataUrl', testdataUrl);
  return async () => {
    await live.close();
    await new Promise((r) => app.close(r));
    await new Promise((r) => testdata.close(r));
  };
}
