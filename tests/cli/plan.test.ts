/**
 * `sitevisit plan` on the demo hall: the same bytes on every run, a
 * plan.json whose transform puts known points of the hall where the image
 * shows them, the budget of 150 KB per level at 2048 px, levels found from the
 * floor slabs, and bad input refused with a clear line and nothing written.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlanDescriptor, planPixel } from '../../src/tour/plan';
import { listDir, sitevisit } from './run';

vi.setConfig({ testTimeout: 120_000 });

const HALL = 'public/models/pilot-hall.glb';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitevisit-plan-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const readPlan = async (out: string) => PlanDescriptor.parse(JSON.parse(await readFile(join(out, 'plan.json'), 'utf8')));

describe('sitevisit plan', () => {
  it('draws the same bytes on every run, one WebP per level within 150 KB at 2048 px', async () => {
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    const first = await sitevisit('plan', HALL, '--out', a, '--levels', '0,5.4');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 levels \(0 m, 5\.4 m\), 2048×\d+ px/);
    expect((await sitevisit('plan', HALL, '--out', b, '--levels', '0,5.4')).code).toBe(0);
    expect(await listDir(a)).toEqual(['level-0.webp', 'level-1.webp', 'plan.json']);
    for (const name of await listDir(a)) expect(Buffer.compare(await readFile(join(a, name)), await readFile(join(b, name))), name).toBe(0);

    const plan = await readPlan(a);
    expect(plan.levels.map((l) => l.height)).toEqual([0, 5.4]);
    expect(plan.width).toBe(2048);
    for (const level of plan.levels) {
      const bytes = await readFile(join(a, level.image));
      expect(bytes.byteLength).toBeLessThanOrEqual(150 * 1024);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', plan.width, plan.height]);
    }
  });

  it('maps the hall floor to the image: the slab inside, its surroundings background', async () => {
    const plan = await readPlan(join(dir, 'a'));
    const { data, info } = await sharp(join(dir, 'a', plan.levels[0]!.image)).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, z: number) => {
      const [u, v] = planPixel(plan, x, z).map(Math.floor) as [number, number];
      const o = (v * info.width + u) * info.channels;
      return [data[o]!, data[o + 1]!, data[o + 2]!];
    };
    // The hall's slab spans x −20.3…20.3 and z −12.3…12.3 (scripts/demo/building.ts): inside it the
    // floor, darker than the pale background around it.
    const background = at(plan.origin[0] + 0.05, plan.origin[1] + 0.05);
    expect(background.every((c) => c > 230)).toBe(true);
    for (const [x, z] of [[0, 11], [-18, -2], [18, 3]] as const) expect(at(x, z).some((c) => c < 215), `floor at ${x}, ${z}`).toBe(true);
    // the model's extent fits with a margin on every side
    expect(planPixel(plan, -20.3, -12.3).every((p) => p > 0)).toBe(true);
    const [u, v] = planPixel(plan, 20.3, 12.3);
    expect(u).toBeLessThan(plan.width);
    expect(v).toBeLessThan(plan.height);
  });

  it('finds the storeys from the floor slabs when no --levels are given', async () => {
    const out = join(dir, 'detected');
    const run = await sitevisit('plan', HALL, '--out', out, '--size', '512');
    expect(run.code).toBe(0);
    const heights = (await readPlan(out)).levels.map((l) => l.height);
    expect(heights[0]).toBeCloseTo(0, 1);
    expect(heights.length).toBeGreaterThanOrEqual(2);
    expect(heights.some((h) => Math.abs(h - 5.4) < 0.2)).toBe(true);
  });

  it('refuses bad input with one line and writes nothing', async () => {
    const before = await listDir(dir);
    const missing = await sitevisit('plan', join(dir, 'nope.glb'), '--out', join(dir, 'x'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sitevisit: .*nope\.glb: cannot read the model/);
    const levels = await sitevisit('plan', HALL, '--out', join(dir, 'x'), '--levels', '0,up');
    expect(levels.code).toBe(2);
    expect(levels.stderr).toContain('--levels must be floor heights in metres');
    const exists = await sitevisit('plan', HALL, '--out', join(dir, 'a'));
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('already exists; pass --force');
    expect(await listDir(dir)).toEqual(before);
  });
});
