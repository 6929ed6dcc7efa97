/** Small 3D vector helpers and frames (metres, y up, -Z is north). */


export type V3 = [number, number, number];
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const mul = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const madd = (a: V3, b: V3, s: number): V3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
export const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const len = (a: V3) => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => {
  const l = len(a);
  return l > 0 ? mul(a, 1 / l) : [0, 0, 0];
};
export const UP: V3 = [0, 1, 0];
export const DEG = Math.PI / 180;
export const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f + 0; // + 0 turns -0 into 0
};

/** An orthonormal frame: local (x, y, z) maps to o + x·X + y·Y + z·Z. */
export interface Frame {
  o: V3;
  x: V3;
  y: V3;
  z: V3;
}
/** A frame at `o` turned by `yawDeg` about +Y. */
export function frameAt(o: V3, yawDeg = 0): Frame {
  const c = Math.cos(yawDeg * DEG);
  const s = Math.sin(yawDeg * DEG);
  return { o, x: [c, 0, -s], y: UP, z: [s, 0, c] };
}
/** A frame at `o` whose local Y points along `dir`; local X is horizontal when possible. */
export function frameAlong(o: V3, dir: V3, hint: V3 = UP): Frame {
  const y = norm(dir);
  const h = Math.abs(dot(hint, y)) > 0.99 ? ([0, 0, 1] as V3) : hint;
  const x = norm(cross(h, y));
  return { o, x, y, z: cross(x, y) };
}
