/**
 * `window.__sitevisit` (the store for tests and the benchmark) exists only in
 * the test build: the production build defines `__SITEVISIT_TEST_HOOK__` as
 * false and writes to dist/, and the only code naming the handle sits behind
 * that constant, which the bundler drops. (tests/server/production.test.ts
 * greps the real production build for it.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILD_OUT_DIR, testHookDefine } from '../../scripts/buildTarget';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => (statSync(join(root, dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('the test hook', () => {
  it('is off, and the output dist/, in a build without SITEVISIT_TEST_BUILD=1', () => {
    expect(process.env.SITEVISIT_TEST_BUILD).toBeUndefined();
    expect(BUILD_OUT_DIR).toBe('dist');
    expect(testHookDefine).toEqual({ __SITEVISIT_TEST_HOOK__: 'false' });
    const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');
    expect(config).toMatch(/define: testHookDefine/);
    expect(config).toMatch(/outDir: BUILD_OUT_DIR/);
  });

  it('is set only behind `if (__SITEVISIT_TEST_HOOK__)`, nowhere else in src/', () => {
    const naming = files('src').filter((f) => /\.tsx?$/.test(f) && readFileSync(join(root, f), 'utf8').includes('__sitevisit'));
    expect(naming).toEqual(['src/main.tsx']);
    const main = readFileSync(join(root, 'src/main.tsx'), 'utf8');
    const guarded = /if \(__SITEVISIT_TEST_HOOK__\) \{\n(?:[^\n]*\n)*? {2}\}\n/.exec(main)?.[0] ?? '';
    expect(guarded).toContain('__sitevisit');
    expect(main.replace(guarded, '')).not.toContain('__sitevisit');
  });
});
