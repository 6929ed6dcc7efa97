/**
 * What the benchmark measures against: the test build (the production build
 * plus the store handle `window.__sitevisit` the measurements read, a few
 * hundred bytes; rebuilt when stale), served by the production server, and the bare three.js baseline
 * page, built with Vite and served on a second origin with the same assets.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { build } from 'vite';
import { buildIsStale } from '../../server/buildStamp';
import { createAppServer } from '../../server/app';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1; the server's URL. */
export const listen = (server: Server) =>
  new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });

const closer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * Builds dist-test/ (the browser tests' build, scripts/buildTarget.ts) when
 * stale, then copies it to `snapshot`: the app is served from the copy, so a
 * rebuild by someone else during the run (Vite empties the folder first)
 * cannot pull files from under the server. Returns whether it built.
 */
export function prepareAppBuild(root: string, snapshot: string): { built: boolean } {
  const dist = join(root, 'dist-test');
  let built = false;
  if (buildIsStale(root, dist)) {
    // Build output goes to stderr: stdout is the report.
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, SITEVISIT_TEST_BUILD: '1' } });
    if (result.status !== 0) throw new Error('npm run build failed');
    built = true;
  }
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(dist, snapshot, { recursive: true });
  // A copy taken while someone else's build was writing would miss the files index.html names.
  const html = readFileSync(join(snapshot, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] as string).filter((f) => !existsSync(join(snapshot, f)));
  if (missing.length > 0) throw new Error(`dist-test/ looks half-built (missing ${missing.join(', ')}); run the benchmark again`);
  return { built };
}

export async function serveApp(dist: string): Promise<Served> {
  const server = createAppServer({ dist });
  return { url: await listen(server), close: closer(server) };
}

/** Builds bench/bare.html (+ bare.ts, three from node_modules) into `outDir` with Vite's API. */
export async function buildBarePage(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench'),
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: join(root, 'bench', 'bare.html') },
    },
  });
}

/** The bare page at /bare.html, with the app's models and panoramas (same compressed files) beside it. */
export async function serveBare(bareDir: string, appDist: string): Promise<Served> {
  const page = sirv(bareDir, { etag: true });
  const assets = sirv(appDist, { gzip: true, brotli: true, etag: true });
  const server = createServer((req, res) =>
    page(req, res, () =>
      assets(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
      }),
    ),
  );
  return { url: await listen(server), close: closer(server) };
}
