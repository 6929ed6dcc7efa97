/** Child processes for tests: spawn and wait for a line, free ports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Runs a TypeScript file in one Node process (the tsx CLI would run it in a child of its own, which a SIGKILL
 * of the CLI would leave running).
 */
export const node = (file: string) => ({ command: process.execPath, args: ['--import', 'tsx', file] });
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Spawns a process and resolves once its output matches `ready`; `output()` is everything it printed so far. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp) {
  return new Promise<{ child: ChildProcess; match: RegExpMatchArray; output(): string }>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let done = false;
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(ready);
      if (match && !done) {
        done = true;
        resolve({ child, match, output: () => text });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      if (!done) reject(new Error(`${command} exited (${code}): ${text}`));
    });
  });
}

/** Resolves once the child has exited (at once if it already has). */
export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
