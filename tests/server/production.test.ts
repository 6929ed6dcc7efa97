/**
 * A production install, made the way the README tells an operator to: a fresh
 * copy of the repository with a dist/ built on another machine (here: this
 * checkout, built if stale), `npm ci --omit=dev`, then `NODE_ENV=production
 * npm start` and `npx sitevisit validate`. A production start must refuse a
 * missing or mismatched dist/ with one line, never try to build.
 *
 * `npm ci` reads the npm cache first (--prefer-offline) and the registry only
 * for what the cache lacks: without either the test fails, it is not skipped.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../server/buildOnce';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const copy = mkdtempSync(join(tmpdir(), 'sitevisit-production-'));
const INSTALL_TIMEOUT = 300_000;

/** An operator's shell: none of the npm_* settings of the `npm test` running us, and no NODE_ENV=test from vitest. */
function operatorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|init_cwd$|node_env$|vitest)/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env = operatorEnv()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `NODE_ENV=production npm start` in the copy, in its own process group so that stopping it stops tsx and node too. */
function productionStart(port: number, settings: Record<string, string> = {}) {
  const env = operatorEnv({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LIVE_STORE_FILE: join(copy, 'live-sessions.json'), ...settings });
  const child = spawn('npm', ['start'], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise<Run>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), (output += chunk.toString())));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const serving = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /sitevisit is serving (http:\/\/\S+\/)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    void exited.then((result) => reject(new Error(`npm start exited (${result.code}) before serving:\n${output}`)));
  });
  serving.catch(() => {}); // a start expected to fail is awaited through `exited` only
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    return exited;
  };
  return { serving, exited, stop };
}

let server: ReturnType<typeof productionStart> | null = null;

beforeAll(async () => {
  // One build at a time: a checkout's `npm start` in another test file may be building dist/ too.
  const built = buildOnce(root, dist, () => spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: operatorEnv({ NODE_ENV: 'production' }) }).status === 0);
  expect(built, 'npm run build failed').toBe(true);
  // What git would check out (tracked and new files as they are now), as the build stamp saw them, plus dist/.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((f) => f !== '' && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  cpSync(dist, join(copy, 'dist'), { recursive: true });
  // Install scripts are skipped: better-sqlite3's would compile it again (1–2 min of every CI run), so the binary this
  // checkout's own `npm ci` compiled (same version, same Node) is copied in; esbuild's only checks its platform package.
  const install = await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], copy);
  expect(install.code, install.stdout + install.stderr).toBe(0);
  cpSync(join(root, 'node_modules/better-sqlite3/build'), join(copy, 'node_modules/better-sqlite3/build'), { recursive: true });
  const sqlite = await run(process.execPath, ['-e', "require('better-sqlite3')(':memory:').prepare('select 1').get()"], copy);
  expect(sqlite.code, sqlite.stderr).toBe(0);
}, INSTALL_TIMEOUT);

afterAll(async () => {
  await server?.stop();
  rmSync(copy, { recursive: true, force: true });
}, 60_000);

describe('production install (npm ci --omit=dev)', () => {
  it('installs the server and CLI libraries, and none of the build tools', () => {
    for (const runtime of ['tsx', 'sirv', 'socket.io', 'zod', 'commander', 'sharp', '@gltf-transform/core']) expect(existsSync(join(copy, 'node_modules', runtime)), runtime).toBe(true);
    for (const buildOnly of ['vite', 'typescript', 'vitest', 'three', 'react']) expect(existsSync(join(copy, 'node_modules', buildOnly)), buildOnly).toBe(false);
  });

  it('NODE_ENV=production npm start serves the demo page, its tour and a model from the shipped dist/', async () => {
    server = productionStart(await freePort());
    const url = await server.serving;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    const tour = await fetch(`${url}tours/processum/tour.json`);
    expect(tour.status).toBe(200);
    expect(((await tour.json()) as { id: string }).id).toBe('processum');
    const model = await fetch(`${url}models/pilot-hall.glb`);
    expect(model.status).toBe(200);
    expect(Buffer.from(await model.arrayBuffer()).equals(readFileSync(join(root, 'public/models/pilot-hall.glb')))).toBe(true);
    const stopped = await server.stop();
    server = null;
    expect(stopped.stdout).not.toMatch(/Building/);
  }, 60_000);

  it('ships no test hook: no file of the built app names window.__sitevisit (tests build dist-test/ for it)', () => {
    const built = readdirSync(join(copy, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    expect(built.length).toBeGreaterThan(0);
    for (const file of built) expect(readFileSync(join(copy, 'dist', 'assets', file), 'utf8').includes('__sitevisit'), file).toBe(false);
  });

  it('npx sitevisit validate checks a demo tour and its files (every command of the CLI loads)', async () => {
    const result = await run('npx', ['sitevisit', 'validate', 'public/tours/processum/tour.json'], copy);
    expect(result.stdout + result.stderr).toContain('public/tours/processum/tour.json: valid (0 error(s)');
    expect(result.code).toBe(0);
  }, 60_000);

  describe('a production start refuses, with one line and exit 1, a dist/ that', () => {
    /** Our own lines on stderr (npm may add its own, prefixed `npm `). */
    async function refusal(settings: Record<string, string> = {}): Promise<string[]> {
      const { exited } = productionStart(await freePort(), settings);
      const result = await exited;
      expect(result.stdout).not.toMatch(/serving|Building/);
      expect(result.code).toBe(1);
      return result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm '));
    }
    const advice = 'Build it with `npm ci && npm run build` (the build needs the dev dependencies; `npm prune --omit=dev` after it), or deploy a dist/ built from these same sources.';

    it('is missing', async () => {
      renameSync(join(copy, 'dist'), join(copy, 'dist.shipped'));
      try {
        expect(await refusal()).toEqual([`sitevisit: not starting: dist/ is missing. ${advice}`]);
        expect(existsSync(join(copy, 'dist'))).toBe(false);
      } finally {
        renameSync(join(copy, 'dist.shipped'), join(copy, 'dist'));
      }
    }, 60_000);

    it('was built for another version', async () => {
      const stampFile = join(copy, 'dist/build.json');
      const stamp = readFileSync(stampFile, 'utf8');
      writeFileSync(stampFile, JSON.stringify({ ...JSON.parse(stamp), version: '0.0.0-older' }));
      try {
        const [line, ...more] = await refusal();
        expect(more).toEqual([]);
        expect(line).toMatch(/^sitevisit: not starting: dist\/ was built for version 0\.0\.0-older, not for the installed \d+\.\d+\.\d+/);
        expect(line).toContain(advice);
      } finally {
        writeFileSync(stampFile, stamp);
      }
    }, 60_000);

    it('is fine, but the settings are not (one line naming the setting, for each start-up step)', async () => {
      const [folders, ...more] = await refusal({ CONTENT_DIR: join(copy, 'content-a'), TOURS_DIR: join(copy, 'content-b') });
      expect(more).toEqual([]);
      expect(folders).toMatch(/^sitevisit: not starting: .*CONTENT_DIR.*TOURS_DIR/);
      const [origins, ...more2] = await refusal({ EMBED_ORIGINS: 'not an origin' });
      expect(more2).toEqual([]);
      expect(origins).toMatch(/^sitevisit: not starting: EMBED_ORIGINS \/ ASSET_ORIGINS: /);
    }, 60_000);

    it('was built from other sources', async () => {
      const source = join(copy, 'src/main.tsx');
      const original = readFileSync(source, 'utf8');
      writeFileSync(source, `${original}// changed after the build\n`);
      try {
        expect(await refusal()).toEqual([`sitevisit: not starting: dist/ was built from other sources than these (dist/build.json does not match). ${advice}`]);
      } finally {
        writeFileSync(source, original);
      }
    }, 60_000);
  });
});
