import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Tour } from '../../src/tour/schema';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8' });

describe('npm run validate', () => {
  it('passes the demo tour, whose files all exist', () => {
    const result = run('public/tours/processum/tour.json');
    expect(result.stdout).toContain('valid (0 error(s)');
    expect(result.status).toBe(0);
  });

  it('lists every problem with its JSON path, including missing files, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitevisit-validate-'));
    const file = join(dir, 'tour.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'broken',
        title: 'Broken',
        scenes: [
          { id: 'a', type: 'panorama', title: 'A', image: 'missing.jpg', hotspots: [{ id: 'x', type: 'link', title: 'X', target: 'hall-b', yaw: 0, pitch: 0 }] },
          { id: 'a', type: 'model', title: 'B', model: 'gone.glb' },
        ],
      }),
    );
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('scenes[0].hotspots[0].target: unknown scene "hall-b"');
    expect(result.stdout).toContain('scenes[1].id: duplicate scene id "a" (also scenes[0])');
    const fixed = JSON.parse(readFileSync(file, 'utf8'));
    fixed.scenes[1].id = 'b';
    fixed.scenes[0].hotspots[0].target = 'b';
    writeFileSync(file, JSON.stringify(fixed));
    const second = run(file);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('scenes[0].image: file not found: missing.jpg');
    expect(second.stdout).toContain('scenes[1].model: file not found: gone.glb');
  });

  it('reports unreadable and non-JSON files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitevisit-validate-'));
    writeFileSync(join(dir, 'bad.json'), '{ "id": ');
    const bad = run(join(dir, 'bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/\(root\): not valid JSON/);
    const missing = run(join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read (ENOENT)');
  });
});

describe('published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync('public/tour.schema.json', 'utf8'));
    const generated = z.toJSONSchema(Tour, { io: 'input', unrepresentable: 'any' });
    expect(published).toMatchObject(JSON.parse(JSON.stringify(generated)));
  });
});
