/** Runs the real CLI (bin/sitevisit.mjs) in a child process, as `npx sitevisit` would. */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The committed fixtures and the broken files made from them (tests/fixtures/testdata.ts). */
export { FIXTURES as TESTDATA, PANORAMA_4096 } from '../fixtures/testdata';

const BIN = fileURLToPath(new URL('../../bin/sitevisit.mjs', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function sitevisit(...args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Everything in a directory: to prove a failed run left nothing (no partial temp folders either). */
export const listDir = (dir: string) => readdir(dir).then((names) => names.sort());
