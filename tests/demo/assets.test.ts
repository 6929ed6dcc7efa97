/**
 * The committed demo assets are the generator's output: their SHA-256 match
 * scripts/demo/assets.sha256, which `npm run demo:generate` writes. (CI also
 * regenerates them with `npm run demo:check`, which fails on any difference.)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('committed demo assets', () => {
  it('match the hashes the generator recorded', async () => {
    const lines = (await readFile(root('scripts/demo/assets.sha256'), 'utf8')).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    const mismatched: string[] = [];
    for (const line of lines) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      const actual = createHash('sha256').update(await readFile(root(file))).digest('hex');
      if (actual !== hash) mismatched.push(file);
    }
    expect(mismatched).toEqual([]);
  });
});
