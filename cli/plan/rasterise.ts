/**
 * A top-down orthographic z-buffer rasteriser for floor plans. For one level
 * it keeps, per pixel, the highest surface below the cut height: what a
 * person looking down at a model sliced just above that floor sees. Surfaces
 * seen from behind (the inside of a cut tank or wall) are section fill, drawn
 * dark like the poché of an architect's plan; depth steps get an outline;
 * surfaces below the floor (seen through openings) fade out. Pure arithmetic
 * in a fixed order: the same model gives the same pixels on every run.
 */
import type { Triangles } from './sceneTriangles';

export interface Grid {
  /** World x, z of the top-left corner of pixel (0, 0). */
  originX: number;
  originZ: number;
  /** Metres per pixel. */
  step: number;
  width: number;
  height: number;
}

export interface Slice {
  /** Floor height of the level, metres. */
  floor: number;
  /** Nothing above this height is drawn, metres. */
  cut: number;
}

const BACKGROUND = [244, 243, 238];
const SECTION = [58, 63, 69];
const OUTLINE = [40, 44, 50];
/** Light from the north-west, high: slopes facing it are lighter. */
const LIGHT = (() => {
  const l = [-0.45, 1, -0.35];
  const n = Math.hypot(l[0]!, l[1]!, l[2]!);
  return l.map((v) => v / n) as [number, number, number];
})();
/** A height step larger than this between neighbouring pixels draws an outline, metres. */
const EDGE_STEP = 0.25;
/** Below the floor, surfaces fade to the background over this depth, metres. */
const FADE_DEPTH = 6;

/** RGB pixels (3 bytes each) of one level. */
export function rasterise(tris: Triangles, grid: Grid, slice: Slice): Uint8Array {
  const { width: W, height: H, step, originX, originZ } = grid;
  const depth = new Float64Array(W * H).fill(-Infinity);
  const owner = new Int32Array(W * H).fill(-1);
  const p = tris.positions;
  for (let t = 0; t < tris.count; t++) {
    const o = t * 9;
    const y0 = p[o + 1]!, y1 = p[o + 4]!, y2 = p[o + 7]!;
    if (Math.min(y0, y1, y2) > slice.cut) continue;
    // pixel coordinates (u right = +x, v down = +z)
    const u0 = (p[o]! - originX) / step, v0 = (p[o + 2]! - originZ) / step;
    const u1 = (p[o + 3]! - originX) / step, v1 = (p[o + 5]! - originZ) / step;
    const u2 = (p[o + 6]! - originX) / step, v2 = (p[o + 8]! - originZ) / step;
    const area = (u1 - u0) * (v2 - v0) - (u2 - u0) * (v1 - v0);
    if (area === 0) continue; // vertical faces show as outlines of what they bound
    const minU = Math.max(0, Math.floor(Math.min(u0, u1, u2))), maxU = Math.min(W - 1, Math.ceil(Math.max(u0, u1, u2)));
    const minV = Math.max(0, Math.floor(Math.min(v0, v1, v2))), maxV = Math.min(H - 1, Math.ceil(Math.max(v0, v1, v2)));
    for (let j = minV; j <= maxV; j++) {
      const cv = j + 0.5;
      for (let i = minU; i <= maxU; i++) {
        const cu = i + 0.5;
        const w0 = ((u1 - cu) * (v2 - cv) - (u2 - cu) * (v1 - cv)) / area;
        const w1 = ((u2 - cu) * (v0 - cv) - (u0 - cu) * (v2 - cv)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const y = w0 * y0 + w1 * y1 + w2 * y2;
        if (y > slice.cut) continue;
        const k = j * W + i;
        if (y > depth[k]!) {
          depth[k] = y;
          owner[k] = t;
        }
      }
    }
  }
  return shade(tris, grid, slice, depth, owner);
}

/** Per triangle: −1 when it faces down (seen from above it is a cut: section fill), else its light from LIGHT. */
function triangleLight(tris: Triangles): Float64Array {
  const p = tris.positions;
  const light = new Float64Array(tris.count);
  for (let t = 0; t < tris.count; t++) {
    const o = t * 9;
    const ux = p[o + 3]! - p[o]!, uy = p[o + 4]! - p[o + 1]!, uz = p[o + 5]! - p[o + 2]!;
    const vx = p[o + 6]! - p[o]!, vy = p[o + 7]! - p[o + 1]!, vz = p[o + 8]! - p[o + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz) || 1;
    light[t] = ny / len < -0.05 ? -1 : 0.62 + 0.38 * Math.max(0, (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / len);
  }
  return light;
}

function shade(tris: Triangles, grid: Grid, slice: Slice, depth: Float64Array, owner: Int32Array): Uint8Array {
  const { width: W, height: H } = grid;
  const out = new Uint8Array(W * H * 3);
  const light = triangleLight(tris);
  const span = Math.max(0.5, slice.cut - slice.floor);
  const c = tris.colours;
  for (let k = 0; k < W * H; k++) {
    const t = owner[k]!;
    const lambert = t < 0 ? 0 : light[t]!;
    const flat = isEdge(depth, k, W, H) ? OUTLINE : t < 0 ? BACKGROUND : lambert < 0 ? SECTION : null;
    if (flat) {
      out[k * 3] = flat[0]!;
      out[k * 3 + 1] = flat[1]!;
      out[k * 3 + 2] = flat[2]!;
      continue;
    }
    const y = depth[k]!;
    // higher = a little darker, so tall equipment stands out from the floor
    const rise = Math.min(1, Math.max(0, (y - slice.floor) / span));
    const tone = lambert * (1 - 0.25 * rise);
    const fade = y < slice.floor - 0.2 ? Math.min(0.8, 0.25 + (slice.floor - y) / FADE_DEPTH) : 0;
    for (let ch = 0; ch < 3; ch++) out[k * 3 + ch] = Math.round(c[t * 3 + ch]! * tone * (1 - fade) + BACKGROUND[ch]! * fade);
  }
  return out;
}

/** A pixel higher than its right or lower neighbour by more than EDGE_STEP (or an object's rim on the background). */
function isEdge(depth: Float64Array, k: number, W: number, H: number): boolean {
  const here = depth[k]!;
  const x = k % W;
  const right = x + 1 < W ? depth[k + 1]! : here;
  const below = k + W < W * H ? depth[k + W]! : here;
  const left = x > 0 ? depth[k - 1]! : here;
  const above = k >= W ? depth[k - W]! : here;
  // Only the higher side of a step draws the line, so it is one pixel wide.
  return here - right > EDGE_STEP || here - below > EDGE_STEP || here - left > EDGE_STEP || here - above > EDGE_STEP;
}
