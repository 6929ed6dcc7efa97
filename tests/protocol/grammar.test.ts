/**
 * One word, one definition: the id and language-code patterns are written in
 * src/protocol/common.ts and nowhere else in src/, server/ or cli/; the shared
 * schemas accept and refuse what the tour, links, embed and live tours did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Id, ID_PATTERN, LANGUAGE_PATTERN, LanguageCode, View } from '../../src/protocol/common';

const ROOT = join(import.meta.dirname, '../..');
const HOME = 'src/protocol/common.ts';

/** Source text that spells the rules out (any quantifier: `{0,63}`, `*`, …). */
const SPELLINGS: { rule: string; pattern: RegExp }[] = [
  { rule: 'id', pattern: /\[a-z0-9\]\[a-z0-9_-\]/ },
  { rule: 'language code', pattern: /\[a-z\]\{2,3\}/ },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: rule` for every line that writes a rule out. */
function spelledOut(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) =>
    SPELLINGS.filter(({ pattern }) => pattern.test(line)).map(({ rule }) => `${file}:${i + 1}: the ${rule} pattern`),
  );
}

describe('the shared grammar', () => {
  it('writes the id and language-code patterns only in src/protocol/common.ts', () => {
    const files = ['src', 'server', 'cli'].flatMap((dir) => sources(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) => spelledOut(relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')));
    const home = found.filter((hit) => hit.startsWith(`${HOME}:`));
    // The detector sees both rules where they live (so it can see them elsewhere).
    expect(home.map((hit) => hit.replace(/^.*: the /, ''))).toEqual(['id pattern', 'language code pattern']);
    expect(found.filter((hit) => !hit.startsWith(`${HOME}:`))).toEqual([]);
  });

  it('names the file and line of a copy', () => {
    const copy = "const a = 1;\nconst ID = /^[a-z0-9][a-z0-9_-]*$/;\nconst L = /^[a-z]{2,3}$/;";
    expect(spelledOut('src/x.ts', copy)).toEqual(['src/x.ts:2: the id pattern', 'src/x.ts:3: the language code pattern']);
  });

  it('keeps ids URL-safe and 1-64 characters long', () => {
    for (const ok of ['a', '0', 'leaching-plant', 'hall_2', 'a'.repeat(64)]) expect(Id.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', '-a', '_a', 'A', 'a b', 'a/b', 'ä', 'a'.repeat(65)]) expect(Id.safeParse(bad).success, bad).toBe(false);
    expect(ID_PATTERN.test('a'.repeat(64))).toBe(true);
  });

  it('reads language codes as BCP-47-ish tags', () => {
    for (const ok of ['en', 'sv', 'fi', 'fil', 'pt-BR']) expect(LanguageCode.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', 'e', 'english', 'EN', 'pt-br', 'pt_BR', 'en-'])
      expect(LanguageCode.safeParse(bad).success, bad).toBe(false);
    expect(LANGUAGE_PATTERN.test('pt-BR')).toBe(true);
  });

  it('takes a panorama or a model view of finite numbers and nothing else', () => {
    expect(View.safeParse({ kind: 'panorama', yaw: 10, pitch: -5, fov: 75 }).success).toBe(true);
    expect(View.safeParse({ kind: 'model', position: [1, 2, 3], target: [0, 0, 0], fov: 50 }).success).toBe(true);
    for (const bad of [
      { kind: 'panorama', yaw: Number.NaN, pitch: 0, fov: 75 },
      { kind: 'panorama', yaw: 0, pitch: Infinity, fov: 75 },
      { kind: 'panorama', yaw: 0, pitch: 0, fov: 75, extra: 1 },
      { kind: 'model', position: [1, 2], target: [0, 0, 0], fov: 50 },
      { kind: 'orbit', yaw: 0, pitch: 0, fov: 75 },
    ])
      expect(View.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
