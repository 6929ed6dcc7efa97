import { describe, expect, it } from 'vitest';
import { frameForAspect, REFERENCE_ASPECT, WIDEST_START_FOV } from '../../src/viewer/model/aspectFraming';
import type { ModelView } from '../../src/state/types';

type Vec = [number, number, number];
const view: ModelView = { kind: 'model', position: [30, 24, 32], target: [0, 2, -1], fov: 50 };
const box = { min: [-20, 0, -12] as Vec, max: [20, 12, 12] as Vec };
const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - (b[i] as number));
const unit = (a: number[]) => a.map((v) => v / Math.hypot(...a));
const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i & 1 ? box.max[0] : box.min[0], i & 2 ? box.max[1] : box.min[1], i & 4 ? box.max[2] : box.min[2]]);

/** Horizontal screen coordinate (-1..1 inside) of a point, for a camera at `v` on a screen of `aspect`. */
function screenX(v: ModelView, aspect: number, point: number[]): number {
  const f = unit(sub(v.target, v.position));
  const r = unit([-(f[2] as number), 0, f[0] as number]);
  const rel = sub(point, v.position);
  const depth = rel.reduce((s, x, i) => s + x * (f[i] as number), 0);
  const x = rel.reduce((s, x, i) => s + x * (r[i] as number), 0);
  return x / depth / (tanHalf(v.fov) * aspect);
}

describe('start views on narrow screens', () => {
  it('leaves landscape screens alone', () => {
    expect(frameForAspect(view, REFERENCE_ASPECT, box)).toEqual(view);
    expect(frameForAspect(view, 2.16, box)).toEqual(view);
  });

  it.each([390 / 844, 360 / 640, 768 / 1024])('keeps on screen at aspect %f all of the model the landscape view showed, with the same target and line of sight', (aspect) => {
    const framed = frameForAspect(view, aspect, box);
    expect(framed.target).toEqual(view.target);
    expect(framed.fov).toBeGreaterThanOrEqual(view.fov);
    expect(framed.fov).toBeLessThanOrEqual(WIDEST_START_FOV);
    for (const corner of corners) {
      const before = screenX(view, REFERENCE_ASPECT, corner);
      if (Math.abs(before) <= 1) expect(Math.abs(screenX(framed, aspect, corner))).toBeLessThanOrEqual(1);
    }
    // Not farther than needed: some corner is near the edge.
    expect(Math.max(...corners.map((c) => Math.abs(screenX(framed, aspect, c))))).toBeGreaterThan(0.9);
    unit(sub(framed.position, framed.target)).forEach((d, i) => expect(d).toBeCloseTo(unit(sub(view.position, view.target))[i] as number, 3));
  });

  it('without the model’s bounds keeps the landscape width at the target', () => {
    const framed = frameForAspect(view, 390 / 844);
    const halfWidth = (v: ModelView, aspect: number) => Math.hypot(...sub(v.position, v.target)) * tanHalf(v.fov) * aspect;
    expect(halfWidth(framed, 390 / 844)).toBeGreaterThanOrEqual(halfWidth(view, REFERENCE_ASPECT));
  });
});
