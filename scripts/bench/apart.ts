/**
 * The compare section's servers, each in a process of its own as a user runs one, not in the bench's
 * process: there they shared one event loop with Playwright's connection to the browser, and a page
 * of a dozen requests (the app's) waited longer for its files than a page of three (Pannellum's).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Served } from './setup';

const entry = fileURLToPath(new URL('./apartServer.ts', import.meta.url));

export function serveApart(kind: 'app' | 'viewers', args: string[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, kind, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<Served>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the ${kind} server stopped (exit ${code}) before it served`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^(http:\/\/\S+)\n/.exec(out)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url,
        close: async () => {
          child.kill();
          await exited;
        },
      });
    });
  });
}
