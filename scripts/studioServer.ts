/**
 * A real app server with the studio over temporary folders: a minimal built
 * app whose built-in tours are the demo tours (or a real build, `dist`), and an
 * empty CONTENT_DIR. `signIn()` signs in as the studio does and returns the
 * cookie. The studio's server tests and the benchmark (`npm run bench -- --only
 * studio`, scripts/bench-studio-save.ts) share it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer } from '../server/app';
import { createStudio, type Studio } from '../server/studio/index';
import { createLive } from '../server/live/index';

export interface StudioServer {
  base: string;
  content: string;
  dist: string;
  studio: Studio;
  server: Server;
  /** The session cookie (`name=value`). */
  signIn(name?: string): Promise<string>;
  /** fetch with our Origin and, when given, the cookie. */
  call(path: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  close(): Promise<void>;
}

export interface StudioServerOptions {
  /** STUDIO_TOKEN; default none (a one-time token). */
  token?: string;
  uploadMaxBytes?: number;
  /** LIVE_CREATE_TOKEN of the live API served beside the studio. */
  liveCreateToken?: string;
  /** A built app to serve (its tours are the built-in ones); default a minimal page with the demo tours. */
  dist?: string;
  /** Hears every API request as it arrives (the benchmark times the server's answers). */
  onApi?: (req: IncomingMessage, res: ServerResponse) => void;
  /** The minimal app also holds the demo's shared models, panoramas and plans, and serves share pages (`/t/…`). */
  demoSite?: boolean;
}

export async function startStudioServer({ token, uploadMaxBytes, liveCreateToken, dist: builtApp, onApi, demoSite }: StudioServerOptions = {}): Promise<StudioServer> {
  const root = mkdtempSync(join(tmpdir(), 'sitevisit-studio-'));
  const dist = builtApp ?? join(root, 'dist');
  const content = join(root, 'content', 'tours');
  mkdirSync(content, { recursive: true });
  if (!builtApp) {
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    cpSync('public/tours', join(dist, 'tours'), { recursive: true });
    if (demoSite) for (const folder of ['models', 'panoramas', 'plans']) cpSync(join('public', folder), join(dist, folder), { recursive: true });
  }
  const studio = createStudio({ contentDir: content, dataDir: join(root, 'content', 'data'), dist, ...(token ? { token } : {}), ...(uploadMaxBytes ? { uploadMaxBytes } : {}), log: () => {} });
  const live = createLive({ defaultTour: 'processum', tourExists: () => true, log: () => {}, api: liveCreateToken ? { createToken: liveCreateToken } : {} });
  const api = (req: IncomingMessage, res: ServerResponse) => {
    onApi?.(req, res);
    return (req.url ?? '').startsWith('/api/studio/') ? studio.handleApi(req, res) : live.handleApi(req, res);
  };
  const server = createAppServer({ dist, toursDir: content, api, log: () => {}, ...(demoSite ? { shareCacheDir: join(root, 'content', 'data', 'share') } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: StudioServer['call'] = (path, init = {}) => {
    const { cookie, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has('origin')) headers.set('origin', base);
    if (cookie) headers.set('cookie', cookie);
    if (rest.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${base}${path}`, { ...rest, headers });
  };
  return {
    base,
    content,
    dist,
    studio,
    server,
    call,
    async signIn(name = 'Ada') {
      const response = await call('/api/studio/session', { method: 'POST', body: JSON.stringify({ token: studio.access.token, name }) });
      if (response.status !== 204) throw new Error(`sign-in answered ${response.status}`);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
