/**
 * A real app server over temporary folders planted with what must stay out:
 * dotfiles, a secret beside dist/ (dist-x/), one above TOURS_DIR, symlinks
 * from TOURS_DIR to the outside, file types a tour never uses.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServer, type AppServerOptions } from '../../server/app';

/** Marker secrets: no response may ever contain one. */
export const MARKERS = ['MARKER-DIST-X-7f3a', 'MARKER-ABOVE-TOURS-91c2', 'MARKER-TOURS-ENV-5d0e', 'MARKER-SYMLINK-TARGET-e8b4', 'MARKER-GIT-CONFIG-22aa', 'MARKER-DIST-DOTFILE-0b1d'];

export interface Fixture {
  root: string;
  dist: string;
  tours: string;
  remove(): void;
}

/** The folders; `dist` holds a minimal built app, `tours` the operator's TOURS_DIR. */
export function plantFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'sitevisit-http-'));
  const dist = join(root, 'dist');
  const tours = join(root, 'tours');
  mkdirSync(join(dist, 'tours', 'processum'), { recursive: true });
  mkdirSync(join(dist, 'decoders'), { recursive: true });
  mkdirSync(join(root, 'dist-x'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  writeFileSync(join(dist, 'digits.txt'), '0123456789');
  writeFileSync(join(dist, '.env'), MARKERS[5] as string);
  writeFileSync(join(dist, 'decoders', 'basis-worker.js'), '// worker');
  writeFileSync(join(dist, 'tours', 'processum', 'tour.json'), JSON.stringify({ id: 'processum' }));
  writeFileSync(join(root, 'dist-x', 'secret.json'), MARKERS[0] as string);
  writeFileSync(join(root, 'secret.json'), MARKERS[1] as string);
  writeFileSync(join(root, 'outside.json'), MARKERS[3] as string);
  mkdirSync(join(tours, 'partner'), { recursive: true });
  mkdirSync(join(tours, 'secret'), { recursive: true });
  mkdirSync(join(tours, '.git'), { recursive: true });
  writeFileSync(join(tours, 'partner', 'tour.json'), JSON.stringify({ id: 'partner', embed: { origins: ['https://park.example'] } }));
  writeFileSync(join(tours, 'secret', 'tour.json'), JSON.stringify({ id: 'secret', embed: { origins: ['https://secret-partner.example'] } }));
  writeFileSync(join(tours, 'digits.bin'), '0123456789');
  writeFileSync(join(tours, '.env'), MARKERS[2] as string);
  writeFileSync(join(tours, '.git', 'config'), MARKERS[4] as string);
  writeFileSync(join(tours, 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/ran")</script></svg>');
  writeFileSync(join(tours, 'page.xhtml'), '<html xmlns="http://www.w3.org/1999/xhtml"><script>fetch("/api/ran")</script></html>');
  writeFileSync(join(tours, 'page.html'), '<script>fetch("/api/ran")</script>');
  symlinkSync(join(root, 'outside.json'), join(tours, 'leak.json'));
  symlinkSync(root, join(tours, 'up'));
  symlinkSync(join(tours, 'partner', 'tour.json'), join(tours, 'alias.json'));
  return { root, dist, tours, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export async function listen(options: AppServerOptions): Promise<{ server: Server; base: string; port: number }> {
  const server = createAppServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, base: `http://127.0.0.1:${port}`, port };
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
