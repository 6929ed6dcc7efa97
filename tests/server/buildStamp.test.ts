/** The build stamp on a small made-up checkout: which changes make dist/ count as built from other sources. */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuild, writeBuildStamp } from '../../server/buildStamp';

let root: string;
let dist: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const problem = () => {
  const check = checkBuild(root, dist);
  return check.ok ? null : check.problem;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sitevisit-stamp-'));
  dist = join(root, 'dist');
  write('package.json', JSON.stringify({ name: 'sitevisit', version: '1.2.3' }));
  write('package-lock.json', '{}');
  write('src/main.tsx', 'export {};\n');
  write('public/tours/a/tour.json', '{}');
  write('dist/index.html', '<!doctype html>');
  writeBuildStamp(root, dist);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('matches the sources it was written from, and records the version', () => {
    expect(problem()).toBeNull();
    expect(writeBuildStamp(root, dist)).toMatchObject({ version: '1.2.3', inputs: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it('does not match once a source changes, a file is added or one is renamed', () => {
    const other = 'dist/ was built from other sources than these (dist/build.json does not match)';
    write('src/main.tsx', 'export const changed = 1;\n');
    expect(problem()).toBe(other);
    write('src/main.tsx', 'export {};\n');
    expect(problem()).toBeNull();
    write('public/models/new.glb', 'glTF');
    expect(problem()).toBe(other);
    rmSync(join(root, 'public/models'), { recursive: true });
    renameSync(join(root, 'public/tours/a'), join(root, 'public/tours/b'));
    expect(problem()).toBe(other);
  });

  it('names a version change, a missing dist/ and a missing or unreadable stamp', () => {
    write('package.json', JSON.stringify({ name: 'sitevisit', version: '1.3.0' }));
    expect(problem()).toBe('dist/ was built for version 1.2.3, not for the installed 1.3.0');
    write('dist/build.json', '{"version": 1}');
    expect(problem()).toBe('dist/ has no valid build stamp (dist/build.json)');
    rmSync(join(dist, 'build.json'));
    expect(problem()).toBe('dist/ has no valid build stamp (dist/build.json)');
    rmSync(dist, { recursive: true });
    expect(problem()).toBe('dist/ is missing');
  });
});
