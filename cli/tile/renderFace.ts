/**
 * Renders one cube face from the equirectangular source: each face pixel
 * looks up its direction (src/tiles/cube.ts frames) and samples the source
 * bilinearly; the up and down faces sample horizontally pre-filtered copies
 * where the source is stretched (polarLevels.ts). Only the source rows and
 * columns the face sees are decoded.
 */
import { FACE_FRAMES } from '../../src/tiles/cube';
import type { Face } from '../../src/tiles/descriptor';
import type { SourceInfo } from './source';
import { readWindow } from './window';
import { halvedLevels, horizontalFootprint, type HalvedLevel } from './polarLevels';

const TAU = 2 * Math.PI;
/** Each face's centre yaw, once: per pixel it would be one atan2 in three (a 16K tiling spends most of its time here). */
const CENTRE_YAW = Object.fromEntries(Object.entries(FACE_FRAMES).map(([face, { centre: c }]) => [face, Math.atan2(c[0], -c[2])])) as Record<Face, number>;

/** The face's (u,v) grid point → source pixel coordinates (continuous, pixel centres at integers) and cos(pitch). */
function sourcePixel(face: Face, a: number, b: number, W: number, H: number, out: { x: number; y: number; cosPitch: number }) {
  const { centre: c, right: r, up: t } = FACE_FRAMES[face];
  const dx = c[0] + a * r[0] + b * t[0];
  const dy = c[1] + a * r[1] + b * t[1];
  const dz = c[2] + a * r[2] + b * t[2];
  let yaw = Math.atan2(dx, -dz);
  // Side faces keep their yaw continuous around their centre (the back face straddles ±180°).
  if (face !== 'up' && face !== 'down') {
    const centreYaw = CENTRE_YAW[face];
    yaw = centreYaw + (((yaw - centreYaw + 3 * Math.PI) % TAU) - Math.PI);
  }
  const flat = Math.sqrt(dx * dx + dz * dz);
  const pitch = Math.atan2(dy, flat);
  out.cosPitch = flat / Math.sqrt(flat * flat + dy * dy);
  out.x = (yaw / TAU + 0.5) * W - 0.5;
  out.y = (0.5 - pitch / Math.PI) * H - 0.5;
}

/** The source rectangle a face needs, with a margin for the bilinear kernel. */
function faceWindow(face: Face, W: number, H: number) {
  const p = { x: 0, y: 0, cosPitch: 1 };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const n = 64;
  for (let j = 0; j <= n; j++) {
    for (let i = 0; i <= n; i++) {
      sourcePixel(face, (2 * i) / n - 1, 1 - (2 * j) / n, W, H, p);
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
  }
  if (face === 'up') minY = 0;
  if (face === 'down') maxY = H;
  const full = face === 'up' || face === 'down';
  const x0 = full ? 0 : Math.floor(minX) - 2;
  const y0 = Math.max(0, Math.floor(minY) - 2);
  return { x0, y0, width: full ? W : Math.ceil(maxX) + 3 - x0, height: Math.min(H, Math.ceil(maxY) + 3) - y0 };
}

/** Adds `weight` × the bilinear sample of `level` at window coordinates (fx, fy) (level-0 columns) to `acc`. */
function addBilinear(level: HalvedLevel, scale: number, wrap: boolean, rows: number, fx: number, fy: number, weight: number, acc: Float64Array) {
  const ww = level.width;
  const src = level.data;
  const lx = (fx + 0.5) * scale - 0.5;
  let xa = Math.floor(lx);
  const tx = lx - xa;
  let xb = xa + 1;
  if (wrap) {
    xa = ((xa % ww) + ww) % ww;
    xb = ((xb % ww) + ww) % ww;
  } else {
    xa = Math.min(Math.max(xa, 0), ww - 1);
    xb = Math.min(Math.max(xb, 0), ww - 1);
  }
  const ya = Math.floor(fy);
  const ty = fy - ya;
  const yb = Math.min(ya + 1, rows - 1);
  const i00 = (ya * ww + xa) * 3;
  const i01 = (ya * ww + xb) * 3;
  const i10 = (yb * ww + xa) * 3;
  const i11 = (yb * ww + xb) * 3;
  for (let k = 0; k < 3; k++) {
    const top = src[i00 + k]! + (src[i01 + k]! - src[i00 + k]!) * tx;
    const bottom = src[i10 + k]! + (src[i11 + k]! - src[i10 + k]!) * tx;
    acc[k]! += weight * (top + (bottom - top) * ty);
  }
}

/** RGB pixels of a `size`×`size` face, row 0 at the top as seen from inside. */
export async function renderFace(source: SourceInfo, face: Face, size: number, maxPixels: number): Promise<Uint8Array> {
  const { width: W, height: H } = source;
  const rect = faceWindow(face, W, H);
  const win = await readWindow(source, maxPixels, rect.x0, rect.y0, rect.width, rect.height);
  const wrap = win.width >= W;
  // Side faces never look steeper than ~55°, where a face pixel spans under two source columns: no pre-filter needed.
  const polar = face === 'up' || face === 'down';
  const levels = polar ? halvedLevels(win.data, win.width, win.height) : [{ width: win.width, data: win.data }];
  const scales = levels.map((l) => l.width / win.width);
  const out = new Uint8Array(size * size * 3);
  const acc = new Float64Array(3);
  const p = { x: 0, y: 0, cosPitch: 1 };
  let o = 0;
  for (let j = 0; j < size; j++) {
    const b = 1 - (2 * (j + 0.5)) / size;
    for (let i = 0; i < size; i++) {
      const a = (2 * (i + 0.5)) / size - 1;
      sourcePixel(face, a, b, W, H, p);
      const fx = p.x - win.x0;
      const fy = Math.min(Math.max(p.y - win.y0, 0), win.height - 1);
      acc.fill(0);
      // Level log2(footprint): one column per face pixel there. Between two levels, blend them.
      const lod = polar ? Math.min(Math.max(Math.log2(horizontalFootprint(a, b, size, p.cosPitch, W)), 0), levels.length - 1) : 0;
      const l0 = Math.floor(lod);
      const t = lod - l0;
      addBilinear(levels[l0]!, scales[l0]!, wrap, win.height, fx, fy, 1 - t, acc);
      if (t > 0) addBilinear(levels[l0 + 1]!, scales[l0 + 1]!, wrap, win.height, fx, fy, t, acc);
      for (let k = 0; k < 3; k++) out[o++] = acc[k]! + 0.5;
    }
  }
  return out;
}
