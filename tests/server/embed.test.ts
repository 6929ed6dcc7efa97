/** The server's embedding side: CSP, frame-ancestors per tour, the poster page, the operator's origins. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { parseOrigins, tourOfUrl } from '../../server/embedOrigins';

const root = mkdtempSync(join(tmpdir(), 'sitevisit-server-'));
const dist = join(root, 'dist');
const tours = join(root, 'tours');
let server: Server;
let base: string;

beforeAll(async () => {
  mkdirSync(join(dist, 'tours', 'processum'), { recursive: true });
  mkdirSync(join(tours, 'partner'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'poster.html'), '<!doctype html><title>poster</title>');
  writeFileSync(join(dist, 'sitevisit-embed.js'), 'export const connect = 1;');
  writeFileSync(join(dist, 'tours', 'processum', 'tour.json'), JSON.stringify({ id: 'processum' }));
  writeFileSync(join(tours, 'partner', 'tour.json'), JSON.stringify({ id: 'partner', embed: { origins: ['https://park.example', 'https://town.example:8443'] } }));
  server = createAppServer({ dist, toursDir: tours, embedOrigins: ['https://operator.example'], assetOrigins: ['https://models.example'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k as string, v]));

describe('embedding headers', () => {
  it('sends the strict policy on pages: self only, wasm compilation, blob workers, no inline anything', async () => {
    const response = await fetch(`${base}/`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://models.example']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://models.example']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect([...csp.values()].flat().join(' ')).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('lets only the Basis decoder worker evaluate code, under its own policy', async () => {
    mkdirSync(join(dist, 'decoders'), { recursive: true });
    writeFileSync(join(dist, 'decoders', 'basis-worker.js'), '// worker');
    const csp = directives((await fetch(`${base}/decoders/basis-worker.js`)).headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"]);
    expect((await fetch(`${base}/`)).headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
  });

  it('lets the tour and the operator choose who may frame it', async () => {
    const ancestors = async (path: string) => directives((await fetch(base + path)).headers.get('content-security-policy')).get('frame-ancestors');
    expect(await ancestors('/t/partner/hall?embed=1')).toEqual(["'self'", 'https://park.example', 'https://town.example:8443', 'https://operator.example']);
    expect(await ancestors('/?tour=partner&embed=1')).toEqual(["'self'", 'https://park.example', 'https://town.example:8443', 'https://operator.example']);
    expect(await ancestors('/t/processum/hall?embed=1')).toEqual(["'self'", 'https://operator.example']);
    expect(await ancestors('/')).toEqual(["'self'", 'https://operator.example']);
    expect(await ancestors('/t/no-such-tour/x')).toEqual(["'self'", 'https://operator.example']);
  });

  it('serves the poster page for ?embed=1&autoload=0 and the app otherwise', async () => {
    expect(await (await fetch(`${base}/t/partner/hall?embed=1&autoload=0`)).text()).toContain('<title>poster');
    expect(await (await fetch(`${base}/t/partner/hall?embed=1`)).text()).toContain('<title>app');
    expect(await (await fetch(`${base}/t/partner/hall?autoload=0`)).text()).toContain('<title>app');
  });

  it('publishes the operator origins for the viewer and the client with CORS', async () => {
    expect(await (await fetch(`${base}/embed-origins.json`)).json()).toEqual(['https://operator.example']);
    const client = await fetch(`${base}/sitevisit-embed.js`);
    expect(client.status).toBe(200);
    expect(client.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('reads EMBED_ORIGINS strictly', () => {
    expect(parseOrigins(' https://a.example, http://localhost:5173/ ,')).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(parseOrigins(undefined)).toEqual([]);
    expect(() => parseOrigins('https://a.example/path')).toThrow(/"https:\/\/a.example\/path" is not an origin/);
    expect(() => parseOrigins('javascript:alert(1)')).toThrow(/not an origin/);
    // A path naming an invalid tour borrows no tour's embedders (issue 12), not the default tour's.
    expect(tourOfUrl(new URL('http://x/t/Bad%20Id/x'), () => 'processum')).toBeNull();
    expect(tourOfUrl(new URL('http://x/t/%73ecret/x'), () => 'processum')).toBe('secret');
    expect(tourOfUrl(new URL('http://x/?lang=sv'), () => 'processum')).toBe('processum');
  });
});
