/**
 * A file with a script in it, opened directly, must not run on our origin
 * (it could POST /api/live and read the answer). Files are served under
 * `default-src 'none'; sandbox`; TOURS_DIR serves no SVG or XHTML at all. The
 * control — the same SVG without our policy — shows the script would run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { openPage } from './harness';
import { browserPerFile } from './session';

const session = browserPerFile();
const work = mkdtempSync(join(tmpdir(), 'sitevisit-sandbox-'));
const markers: string[] = [];
let controlRan: () => void = () => {};
let server: Server;
let base: string;

const svg = (marker: string) => `<svg xmlns="http://www.w3.org/2000/svg"><script>fetch('/api/marker/${marker}', { method: 'POST' }); document.title = 'ran';</script></svg>`;
const xhtml = (marker: string) => `<html xmlns="http://www.w3.org/1999/xhtml"><body><script>fetch('/api/marker/${marker}', { method: 'POST' }); document.title = 'ran';</script></body></html>`;

beforeAll(async () => {
  const dist = join(work, 'dist');
  const tours = join(work, 'tours');
  mkdirSync(dist, { recursive: true });
  mkdirSync(tours, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'drawing.svg'), svg('dist-svg'));
  writeFileSync(join(dist, 'page.xml'), `<?xml version="1.0"?>${xhtml('dist-xml')}`);
  writeFileSync(join(tours, 'drawing.svg'), svg('tours-svg'));
  writeFileSync(join(tours, 'page.xhtml'), xhtml('tours-xhtml'));
  server = createAppServer({
    dist,
    toursDir: tours,
    api: (req, res) => {
      if (req.url === '/api/control.svg') {
        res.removeHeader('Content-Security-Policy');
        res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(svg('control'));
        return;
      }
      const marker = /^\/api\/marker\/([a-z-]+)$/.exec(req.url ?? '')?.[1];
      if (marker) markers.push(marker);
      if (marker === 'control') controlRan();
      res.writeHead(204).end();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});

describe('files opened directly', () => {
  it('run no script: SVG and XML are sandboxed, TOURS_DIR serves neither SVG nor XHTML', async () => {
    const { page, context } = await openPage(session, 'about:blank');
    const statuses: Record<string, number | undefined> = {};
    const titles: Record<string, string> = {};
    for (const path of ['/drawing.svg', '/page.xml', '/tours/drawing.svg', '/tours/page.xhtml']) {
      statuses[path] = (await page.goto(base + path))?.status();
      titles[path] = await page.title();
    }
    expect(statuses).toEqual({ '/drawing.svg': 200, '/page.xml': 200, '/tours/drawing.svg': 404, '/tours/page.xhtml': 404 });
    expect(Object.values(titles)).not.toContain('ran');
    // The same SVG without our policy runs its script: the marker request is how we would have seen it.
    const ran = new Promise<void>((resolve) => (controlRan = resolve));
    await page.goto(`${base}/api/control.svg`);
    await ran;
    expect(await page.title()).toBe('ran');
    expect(markers).toEqual(['control']);
    await context.close();
  });
});
