/**
 * One job per file: no source file of the app or the server grows past 250
 * lines (STYLE.md: past ~300 a file is usually two ideas). A file that needs
 * more is split by what it does, not by where the line count falls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIMIT = 250;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the house', () => {
  it(`has no file in src/ or server/ over ${LIMIT} lines`, () => {
    const files = ['src', 'server'].flatMap((folder) => sources(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100); // the walk really found the sources
    const long = files
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
