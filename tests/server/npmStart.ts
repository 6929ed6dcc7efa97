/**
 * `npm start` as users run it, in a child process of its own process group:
 * it builds dist/ when stale, then serves. Its output is kept for failure
 * messages; its exit (which must never happen on its own) is recorded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface StartedServer {
  child: ChildProcess;
  port: number;
  /** stdout and stderr, interleaved. */
  output(): string;
  /** Set when the process exited (code or signal). */
  exited: string | null;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export async function npmStart(cwd: string, env: Record<string, string>, readyWithinMs: number): Promise<StartedServer> {
  const port = await freePort();
  // The user's environment, not vitest's.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const child = spawn('npm', ['start'], { cwd, env: { ...base, ...env, HOST: '127.0.0.1', PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started: StartedServer = {
    child,
    port,
    output: () => output,
    exited: null,
    async stop() {
      if (started.exited || child.pid === undefined) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await gone;
    },
  };
  child.once('exit', (code, signal) => {
    started.exited = `exit code ${code} signal ${signal}`;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not serve within ${readyWithinMs} ms:\n${output}`)), readyWithinMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('sitevisit is serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`npm start exited before serving:\n${output}`));
    });
  });
  return started;
}
