/**
 * Generates the first demo tour: the biorefinery pilot hall of RISE Processum
 * in Örnsköldsvik, Sweden (illustrative, not a survey of the real plant).
 *
 *   npx tsx scripts/generate-demo.ts
 *
 * Writes
 *   public/models/pilot-hall.glb          procedural hall + equipment, meshopt-compressed
 *   public/panoramas/<name>.jpg           4096×2048 equirectangular views, ray traced from the same geometry
 *   public/tours/processum/tour.json      the manifest (validated with validateTour before it is written)
 *   public/tours/processum/thumbnail.jpg  480×270
 *   public/tours/processum/hall.jpg       1200×630 view of the model scene from its start camera (its `thumbnail`)
 *
 * The panoramas are ray traced (in this script, no GPU) from the equipment
 * meshes of the model, so markers and standpoints line up with it. The model
 * is a cut-away (no roof, low east and south walls, for the orbit camera); the
 * panoramas show the closed hall, with the same window bands, roof trusses,
 * lamps and floor markings. The model scene's thumbnail is traced by the same
 * code through a pinhole camera: the open model in daylight over a sky gradient.
 *
 * Deterministic: no clock, no unseeded randomness; the same script and
 * dependency versions give byte-identical files.
 *
 * Conventions (shared with the viewer): metres, y up, y = 0 is the hall floor,
 * -Z is north. Panorama yaw 0 looks along -Z, positive yaw turns towards +X,
 * positive pitch looks up.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Document, Logger, NodeIO, type Material, type Node as GltfNode } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dedup, prune, quantize, reorder, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import sharp from 'sharp';
import { validateTour } from '../src/tour/validate';
import { describeProblem } from '../src/tour/problems';
import type { TourInput } from '../src/tour/schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = {
  model: join(ROOT, 'public/models/pilot-hall.glb'),
  panoramas: join(ROOT, 'public/panoramas'),
  tourDir: join(ROOT, 'public/tours/processum'),
};
const LIMITS = { modelBytes: 4 * 1024 * 1024, panoramaBytes: 1.5 * 1024 * 1024 };
const PANO_W = 4096;
const PANO_H = 2048;

// ───────────────────────────── vector helpers ─────────────────────────────

type V3 = [number, number, number];
const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
const madd = (a: V3, b: V3, s: number): V3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const len = (a: V3) => Math.hypot(a[0], a[1], a[2]);
const norm = (a: V3): V3 => {
  const l = len(a);
  return l > 0 ? mul(a, 1 / l) : [0, 0, 0];
};
const UP: V3 = [0, 1, 0];
const DEG = Math.PI / 180;
const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f + 0; // + 0 turns -0 into 0
};

/** An orthonormal frame: local (x, y, z) maps to o + x·X + y·Y + z·Z. */
interface Frame {
  o: V3;
  x: V3;
  y: V3;
  z: V3;
}
/** A frame at `o` turned by `yawDeg` about +Y. */
function frameAt(o: V3, yawDeg = 0): Frame {
  const c = Math.cos(yawDeg * DEG);
  const s = Math.sin(yawDeg * DEG);
  return { o, x: [c, 0, -s], y: UP, z: [s, 0, c] };
}
/** A frame at `o` whose local Y points along `dir`; local X is horizontal when possible. */
function frameAlong(o: V3, dir: V3, hint: V3 = UP): Frame {
  const y = norm(dir);
  const h = Math.abs(dot(hint, y)) > 0.99 ? ([0, 0, 1] as V3) : hint;
  const x = norm(cross(h, y));
  return { o, x, y, z: cross(x, y) };
}

// ───────────────────────────── materials ─────────────────────────────

type MatId =
  | 'stainless'
  | 'cladding'
  | 'paintBlue'
  | 'paintGreen'
  | 'paintYellow'
  | 'paintRed'
  | 'steelGrey'
  | 'grating'
  | 'concrete'
  | 'wallPanel'
  | 'whitePanel'
  | 'darkSteel'
  | 'glass'
  | 'marking'
  | 'lamp'
  | 'screen';

interface MatSpec {
  name: string;
  /** sRGB hex, converted to linear for glTF. */
  color: string;
  metallic: number;
  roughness: number;
  alpha?: number;
  emissive?: string;
}

export const MATERIALS: Record<MatId, MatSpec> = {
  stainless: { name: 'stainless-steel-brushed', color: '#c6c9cc', metallic: 1, roughness: 0.3 },
  cladding: { name: 'aluminium-insulation-cladding', color: '#b7bcc1', metallic: 0.9, roughness: 0.45 },
  paintBlue: { name: 'painted-steel-blue', color: '#1d4f91', metallic: 0.15, roughness: 0.45 },
  paintGreen: { name: 'painted-steel-green', color: '#2f7a4d', metallic: 0.15, roughness: 0.5 },
  paintYellow: { name: 'painted-steel-safety-yellow', color: '#f2b705', metallic: 0.1, roughness: 0.5 },
  paintRed: { name: 'painted-steel-red', color: '#b3261e', metallic: 0.1, roughness: 0.5 },
  steelGrey: { name: 'painted-steel-grey', color: '#5d6670', metallic: 0.3, roughness: 0.55 },
  grating: { name: 'galvanised-grating', color: '#8c9196', metallic: 0.7, roughness: 0.6 },
  concrete: { name: 'concrete', color: '#8f8e88', metallic: 0, roughness: 0.92 },
  wallPanel: { name: 'wall-sandwich-panel', color: '#d2d6d9', metallic: 0.1, roughness: 0.7 },
  whitePanel: { name: 'control-room-panel', color: '#eceeee', metallic: 0, roughness: 0.6 },
  darkSteel: { name: 'dark-steel', color: '#2c3036', metallic: 0.4, roughness: 0.6 },
  glass: { name: 'glass', color: '#a9c9d9', metallic: 0, roughness: 0.05, alpha: 0.3 },
  marking: { name: 'floor-marking-yellow', color: '#f5c400', metallic: 0, roughness: 0.6 },
  lamp: { name: 'lamp-emissive', color: '#fffaf0', metallic: 0, roughness: 0.5, emissive: '#fff4dc' },
  screen: { name: 'screen-emissive', color: '#10151c', metallic: 0, roughness: 0.2, emissive: '#3c7ac8' },
};
const MAT_IDS = Object.keys(MATERIALS) as MatId[];

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function hexToLinear(hex: string): V3 {
  const n = Number.parseInt(hex.slice(1), 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}

// ───────────────────────────── mesh building ─────────────────────────────

class Geo {
  pos: number[] = [];
  nrm: number[] = [];
  idx: number[] = [];
}

/** The geometry of one named node, in the node's local space (the node only translates). */
class Part {
  readonly geos = new Map<MatId, Geo>();
  constructor(
    readonly name: string,
    readonly origin: V3 = [0, 0, 0],
    /** Whether the panorama ray tracer sees it (the hall shell is drawn analytically there). */
    readonly traced = true,
  ) {}

  geo(m: MatId): Geo {
    let g = this.geos.get(m);
    if (!g) this.geos.set(m, (g = new Geo()));
    return g;
  }

  vert(m: MatId, p: V3, n: V3): number {
    const g = this.geo(m);
    g.pos.push(p[0], p[1], p[2]);
    g.nrm.push(n[0], n[1], n[2]);
    return g.pos.length / 3 - 1;
  }

  /** A triangle, wound counter-clockwise as seen from the side its vertex normals face; slivers are dropped. */
  tri(m: MatId, a: number, b: number, c: number): void {
    const g = this.geo(m);
    const P = g.pos;
    const N = g.nrm;
    const e1: V3 = [P[b * 3]! - P[a * 3]!, P[b * 3 + 1]! - P[a * 3 + 1]!, P[b * 3 + 2]! - P[a * 3 + 2]!];
    const e2: V3 = [P[c * 3]! - P[a * 3]!, P[c * 3 + 1]! - P[a * 3 + 1]!, P[c * 3 + 2]! - P[a * 3 + 2]!];
    const fn = cross(e1, e2);
    if (len(fn) < 1e-10) return;
    const vn: V3 = [0, 1, 2].map((k) => N[a * 3 + k]! + N[b * 3 + k]! + N[c * 3 + k]!) as V3;
    if (dot(fn, vn) < 0) g.idx.push(a, c, b);
    else g.idx.push(a, b, c);
  }

  quad(m: MatId, a: number, b: number, c: number, d: number): void {
    this.tri(m, a, b, c);
    this.tri(m, a, c, d);
  }

  triangleCount(): number {
    let n = 0;
    for (const g of this.geos.values()) n += g.idx.length / 3;
    return n;
  }
}

/** A box centred on the frame origin, sized along the frame's axes. */
function box(p: Part, m: MatId, f: Frame, sx: number, sy: number, sz: number): void {
  const h: V3 = [sx / 2, sy / 2, sz / 2];
  const axes: V3[] = [f.x, f.y, f.z];
  for (let a = 0; a < 3; a++) {
    for (const s of [-1, 1]) {
      const n = mul(axes[a]!, s);
      const u = axes[(a + 1) % 3]!;
      const v = axes[(a + 2) % 3]!;
      const hu = h[(a + 1) % 3]!;
      const hv = h[(a + 2) % 3]!;
      const c = madd(f.o, n, h[a]!);
      const ids = [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ].map(([i, j]) => p.vert(m, add(add(c, mul(u, i! * hu)), mul(v, j! * hv)), n));
      p.quad(m, ids[0]!, ids[1]!, ids[2]!, ids[3]!);
    }
  }
}

/** An axis-aligned box between two corners (part-local coordinates). */
function aabb(p: Part, m: MatId, a: V3, b: V3): void {
  const lo: V3 = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2])];
  const hi: V3 = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])];
  box(p, m, frameAt(mul(add(lo, hi), 0.5)), hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
}

/** A rectangular member from a to b: `w` across (horizontal), `h` deep. Long members are split for the ray tracer's BVH. */
function beam(p: Part, m: MatId, a: V3, b: V3, w: number, h = w): void {
  const d = sub(b, a);
  const l = len(d);
  const pieces = Math.max(1, Math.ceil(l / 6));
  for (let i = 0; i < pieces; i++) {
    const c = madd(a, d, (i + 0.5) / pieces);
    box(p, m, frameAlong(c, d), w, l / pieces, h);
  }
}

/** H-section column or beam (two flanges and a web) from a to b. */
function hBeam(p: Part, m: MatId, a: V3, b: V3, size: number, webAxis: 'x' | 'z' = 'x'): void {
  const d = norm(sub(b, a));
  const f = frameAlong(a, d);
  const across = webAxis === 'x' ? f.x : f.z;
  const other = webAxis === 'x' ? f.z : f.x;
  const t = size * 0.09;
  for (const s of [-1, 1]) {
    const off = mul(other, s * (size / 2 - t / 2));
    const fa = add(a, off);
    const fb = add(b, off);
    const l = len(sub(b, a));
    const pieces = Math.max(1, Math.ceil(l / 6));
    for (let i = 0; i < pieces; i++) {
      const c = madd(fa, sub(fb, fa), (i + 0.5) / pieces);
      const fr: Frame = { o: c, x: across, y: d, z: other };
      box(p, m, fr, size, l / pieces, t);
    }
  }
  const l = len(sub(b, a));
  const pieces = Math.max(1, Math.ceil(l / 6));
  for (let i = 0; i < pieces; i++) {
    const c = madd(a, sub(b, a), (i + 0.5) / pieces);
    const fr: Frame = { o: c, x: across, y: d, z: other };
    box(p, m, fr, t, l / pieces, size - 2 * t);
  }
}

type Profile = [r: number, y: number][];

/**
 * A surface of revolution about the frame's Y axis. The profile runs
 * counter-clockwise in the (r, y) half-plane (bottom to top on the outside) so
 * that its normals face outwards. `smooth` averages normals between profile
 * segments; otherwise every segment has its own crease.
 */
function lathe(p: Part, m: MatId, f: Frame, prof: Profile, segs: number, smooth = true): void {
  const cs: number[] = [];
  const sn: number[] = [];
  for (let k = 0; k < segs; k++) {
    cs.push(Math.cos((2 * Math.PI * k) / segs));
    sn.push(Math.sin((2 * Math.PI * k) / segs));
  }
  const segN = (i: number): [number, number] => {
    const [r0, y0] = prof[i]!;
    const [r1, y1] = prof[i + 1]!;
    const l = Math.hypot(r1 - r0, y1 - y0) || 1;
    return [(y1 - y0) / l, -(r1 - r0) / l];
  };
  const ring = (r: number, y: number, nr: number, ny: number): number[] => {
    if (r === 0) {
      nr = 0;
      ny = Math.sign(ny) || 1;
    }
    const ids: number[] = [];
    for (let k = 0; k < segs; k++) {
      const dir = add(mul(f.x, cs[k]!), mul(f.z, sn[k]!));
      ids.push(p.vert(m, add(madd(f.o, dir, r), mul(f.y, y)), add(mul(dir, nr), mul(f.y, ny))));
    }
    return ids;
  };
  const strip = (A: number[], B: number[]) => {
    for (let k = 0; k < segs; k++) {
      const k1 = (k + 1) % segs;
      p.quad(m, A[k]!, A[k1]!, B[k1]!, B[k]!);
    }
  };
  if (smooth) {
    const rings: number[][] = [];
    for (let i = 0; i < prof.length; i++) {
      let nr = 0;
      let ny = 0;
      if (i > 0) {
        const [a, b] = segN(i - 1);
        nr += a;
        ny += b;
      }
      if (i < prof.length - 1) {
        const [a, b] = segN(i);
        nr += a;
        ny += b;
      }
      const l = Math.hypot(nr, ny) || 1;
      rings.push(ring(prof[i]![0], prof[i]![1], nr / l, ny / l));
    }
    for (let i = 0; i + 1 < rings.length; i++) strip(rings[i]!, rings[i + 1]!);
  } else {
    for (let i = 0; i + 1 < prof.length; i++) {
      const [nr, ny] = segN(i);
      strip(ring(prof[i]![0], prof[i]![1], nr, ny), ring(prof[i + 1]![0], prof[i + 1]![1], nr, ny));
    }
  }
}

/** Profile of a 2:1 ellipsoidal head of radius R on top (up) or bottom of a shell at y0. */
function headProfile(R: number, y0: number, up: boolean, h = R / 2, steps = 10): Profile {
  const pts: Profile = [];
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * (Math.PI / 2);
    const r = i === steps ? 0 : R * Math.cos(t);
    pts.push([r, y0 + (up ? 1 : -1) * h * Math.sin(t)]);
  }
  return up ? pts : pts.reverse();
}

/** A capped cylinder along the frame's Y axis from y0 to y1; long sides get extra rings (for the ray tracer's BVH). */
function cylinder(p: Part, m: MatId, f: Frame, r: number, y0: number, y1: number, segs: number, caps: 'both' | 'top' | 'bottom' | 'none' = 'both'): void {
  const pieces = Math.max(1, Math.ceil((y1 - y0) / 4));
  const side: Profile = [];
  for (let i = 0; i <= pieces; i++) side.push([r, y0 + ((y1 - y0) * i) / pieces]);
  lathe(p, m, f, side, segs, true);
  if (caps === 'both' || caps === 'bottom') lathe(p, m, f, [[0, y0], [r, y0]], segs, false);
  if (caps === 'both' || caps === 'top') lathe(p, m, f, [[r, y1], [0, y1]], segs, false);
}

/** A capped cylinder from a to b. */
function tube(p: Part, m: MatId, a: V3, b: V3, r: number, segs: number, caps: 'both' | 'top' | 'bottom' | 'none' = 'both'): void {
  const d = sub(b, a);
  cylinder(p, m, frameAlong(a, d), r, 0, len(d), segs, caps);
}

/** A flat ring of rectangular section (flange, stiffener) around the frame's Y axis. */
function ring(p: Part, m: MatId, f: Frame, r0: number, r1: number, y0: number, y1: number, segs: number): void {
  lathe(p, m, f, [[r0, y0], [r1, y0], [r1, y1], [r0, y1], [r0, y0]], segs, false);
}

/** A torus (handrail ring, handwheel) around the frame's Y axis. */
function torus(p: Part, m: MatId, f: Frame, R: number, r: number, y: number, segs: number, tubeSegs = 8): void {
  const prof: Profile = [];
  for (let i = 0; i <= tubeSegs; i++) {
    const t = -Math.PI / 2 + (2 * Math.PI * i) / tubeSegs;
    prof.push([R + r * Math.cos(t), y + r * Math.sin(t)]);
  }
  lathe(p, m, f, prof, segs, true);
}

/** A pipe through the given points with bends of radius `bendR` at the corners and flanged ends. */
function pipeRun(p: Part, m: MatId, pts: V3[], r: number, segs = 16, bendR = r * 3, flanges = true): void {
  const trims: number[] = pts.map(() => 0);
  for (let i = 1; i + 1 < pts.length; i++) {
    const a = norm(sub(pts[i]!, pts[i - 1]!));
    const b = norm(sub(pts[i + 1]!, pts[i]!));
    const theta = Math.acos(Math.max(-1, Math.min(1, dot(a, b))));
    trims[i] = theta < 1e-6 ? 0 : bendR * Math.tan(theta / 2);
  }
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const d = norm(sub(b, a));
    const s = madd(a, d, trims[i]!);
    const e = madd(b, d, -trims[i + 1]!);
    const caps = i === 0 && i + 2 === pts.length ? 'both' : i === 0 ? 'bottom' : i + 2 === pts.length ? 'top' : 'none';
    tube(p, m, s, e, r, segs, flanges ? 'none' : caps);
  }
  // bends
  for (let i = 1; i + 1 < pts.length; i++) {
    const t = trims[i]!;
    if (t === 0) continue;
    const a = norm(sub(pts[i]!, pts[i - 1]!));
    const b = norm(sub(pts[i + 1]!, pts[i]!));
    const theta = Math.acos(Math.max(-1, Math.min(1, dot(a, b))));
    const S = madd(pts[i]!, a, -t);
    const n = norm(sub(b, mul(a, dot(a, b))));
    const C = madd(S, n, bendR);
    const w = norm(cross(a, b));
    const steps = Math.max(3, Math.ceil((theta / (Math.PI / 2)) * 8));
    let prev: number[] | null = null;
    for (let k = 0; k <= steps; k++) {
      const phi = (theta * k) / steps;
      const P = add(C, mul(add(mul(n, -Math.cos(phi)), mul(a, Math.sin(phi))), bendR));
      const T = add(mul(a, Math.cos(phi)), mul(n, Math.sin(phi)));
      const e2 = cross(T, w);
      const ids: number[] = [];
      for (let j = 0; j < segs; j++) {
        const al = (2 * Math.PI * j) / segs;
        const dir = add(mul(w, Math.cos(al)), mul(e2, Math.sin(al)));
        ids.push(p.vert(m, madd(P, dir, r), dir));
      }
      if (prev) for (let j = 0; j < segs; j++) p.quad(m, prev[j]!, prev[(j + 1) % segs]!, ids[(j + 1) % segs]!, ids[j]!);
      prev = ids;
    }
  }
  if (flanges) {
    const first = norm(sub(pts[1]!, pts[0]!));
    const last = norm(sub(pts[pts.length - 1]!, pts[pts.length - 2]!));
    const fr = r * 1.6;
    cylinder(p, m, frameAlong(madd(pts[0]!, first, -0.02), first), fr, 0, 0.06, segs);
    cylinder(p, m, frameAlong(madd(pts[pts.length - 1]!, last, -0.04), last), fr, 0, 0.06, segs);
  }
}

/** A nozzle with a flange sticking out of a vessel: from `base` along `dir`. */
function nozzle(p: Part, m: MatId, base: V3, dir: V3, r: number, length: number, segs = 16): void {
  const f = frameAlong(base, dir);
  cylinder(p, m, f, r, 0, length, segs, 'none');
  cylinder(p, m, f, r * 1.7, length - 0.05, length, segs, 'both');
}

/** A handwheel valve on a horizontal pipe end or riser. */
function handwheel(p: Part, at: V3, axis: V3, R = 0.15): void {
  const f = frameAlong(at, axis);
  torus(p, 'paintRed', f, R, 0.015, 0, 20, 6);
  cylinder(p, 'darkSteel', f, 0.025, -0.15, 0.02, 8);
}

/** Railing along a deck edge from a to b (deck level): posts, top and knee rails, toe board. */
function railing(p: Part, a: V3, b: V3, height = 1.1): void {
  const d = sub(b, a);
  const l = len(d);
  const n = Math.max(1, Math.ceil(l / 1.8));
  for (let i = 0; i <= n; i++) {
    const q = madd(a, d, i / n);
    tube(p, 'paintYellow', q, add(q, [0, height, 0]), 0.024, 8, 'top');
  }
  tube(p, 'paintYellow', add(a, [0, height, 0]), add(b, [0, height, 0]), 0.024, 8);
  tube(p, 'paintYellow', add(a, [0, height / 2, 0]), add(b, [0, height / 2, 0]), 0.02, 8);
  beam(p, 'paintYellow', add(a, [0, 0.05, 0]), add(b, [0, 0.05, 0]), 0.01, 0.1);
}

/**
 * A steel stair from `bottom` (floor, centre of the first step) rising along
 * `dir` (horizontal unit vector): `n` risers of `rise`, treads `going` deep.
 */
function stair(p: Part, bottom: V3, dir: V3, width: number, n: number, rise: number, going: number): { top: V3 } {
  const side = norm(cross(UP, dir));
  const run = (n - 1) * going;
  const top = add(madd(bottom, dir, run), [0, n * rise, 0]);
  for (let k = 1; k < n; k++) {
    const c = add(madd(bottom, dir, (k - 0.5) * going), [0, k * rise - 0.02, 0]);
    box(p, 'grating', { o: c, x: side, y: UP, z: dir }, width, 0.04, going + 0.03);
  }
  for (const s of [-1, 1]) {
    const off = mul(side, (s * (width + 0.06)) / 2);
    const a = add(madd(bottom, dir, -going), [0, 0.05, 0]);
    const b = add(madd(bottom, dir, run), [0, n * rise - 0.1, 0]);
    box(p, 'steelGrey', { ...frameAlong(mul(add(add(a, off), add(b, off)), 0.5), sub(b, a), UP), x: side, z: norm(cross(side, norm(sub(b, a)))) }, 0.05, len(sub(b, a)), 0.22);
    // handrail: posts at both ends and the middle, sloped top and knee rails
    const railOff = mul(side, (s * (width + 0.12)) / 2);
    const r0 = add(add(bottom, railOff), [0, 0, 0]);
    const r1 = add(madd(add(bottom, railOff), dir, run), [0, n * rise, 0]);
    for (const t of [0, 0.5, 1]) {
      const q = add(madd(r0, sub(r1, r0), t), [0, t === 0 ? 0 : -0.02, 0]);
      tube(p, 'paintYellow', q, add(q, [0, 1.0, 0]), 0.024, 8, 'top');
    }
    tube(p, 'paintYellow', add(r0, [0, 1.0, 0]), add(r1, [0, 1.0, 0]), 0.024, 8);
    tube(p, 'paintYellow', add(r0, [0, 0.5, 0]), add(r1, [0, 0.5, 0]), 0.02, 8);
  }
  return { top };
}

/** A vertical ladder with side rails and rungs from y0 to y1, `width` wide, facing `out`. */
function ladder(p: Part, base: V3, out: V3, y0: number, y1: number, width = 0.45): void {
  const side = norm(cross(UP, out));
  for (const s of [-1, 1]) {
    const q = madd(base, side, (s * width) / 2);
    tube(p, 'paintYellow', add(q, [0, y0, 0]), add(q, [0, y1 + 1.0, 0]), 0.025, 8);
  }
  for (let y = y0 + 0.3; y < y1 + 0.01; y += 0.3) {
    const q = add(base, [0, y, 0]);
    tube(p, 'paintYellow', madd(q, side, -width / 2), madd(q, side, width / 2), 0.012, 6, 'none');
  }
  // safety cage hoops above 2.5 m
  for (let y = Math.max(y0 + 2.5, y0); y < y1 + 1; y += 1.0) {
    const f = frameAt(add(madd(base, out, 0.35), [0, y, 0]));
    torus(p, 'paintYellow', f, 0.36, 0.012, 0, 16, 4);
  }
}

// ───────────────────────────── the hall and its equipment ─────────────────────────────

/** Plan of the hall (metres). The ray tracer reads the same constants. */
export const HALL = { x0: -20, x1: 20, z0: -12, z1: 12, height: 12, wall: 0.3, plinth: 1.2, lowWall: 1.2, win0: 7, win1: 10, mullion: 2.5 };
const DOOR = { x0: -11.5, x1: -8.0, height: 4.5 }; // south wall, at the crossing walkway
const TRUSS_X = [-20, -12, -4, 4, 12, 20];
const SIDE_COLUMN_Z = [-4, 4];
const LAMPS: V3[] = [];
for (const x of [-12, -4, 4, 12]) for (const z of [-9, -3, 3, 9]) LAMPS.push([x, 9.95, z]);
const SKYLIGHTS = [
  [-7.5, -5.5],
  [4.5, 6.5],
] as const;

export const POS = {
  hopper: [-17.6, 0, -8] as V3,
  reactor: [-14, 0, -7.5] as V3,
  steamExplosion: [-8.5, 0, -7.5] as V3,
  fermenters: [
    [-1, 0, -7.5],
    [3.5, 0, -7.5],
    [8, 0, -7.5],
  ] as V3[],
  storage: [
    [16.5, 0, -9.2],
    [16.5, 0, -4.9],
    [16.5, 0, 7.6],
  ] as V3[],
  heatExchanger: [-4, 0, 5] as V3,
  pumps: [
    [1, 0, 5],
    [3.2, 0, 5],
    [5.4, 0, 5],
  ] as V3[],
  column: [10, 0, 7] as V3,
  controlRoom: [-16, 0, 8.5] as V3,
  ibc: [-7.5, 0, 9.2] as V3,
};
const RACK = { z0: 0.6, z1: 2.4, tiers: [4.5, 5.5], xs: [-17, -12, -7, -2, 3, 8, 13], xEnd: HALL.x1 };
const PLATFORM = { x0: -3, x1: 10.5, z0: -6.0, zMid: -4.8, z1: -3.4, y1: 2.8, y2: 5.4, landingX1: -1.3 };

const SEG = { vessel: 64, nozzle: 16, pipe: 20, rail: 8 };

function buildFloor(): Part {
  const p = new Part('floor', [0, 0, 0], false);
  aabb(p, 'concrete', [HALL.x0 - HALL.wall, -0.3, HALL.z0 - HALL.wall], [HALL.x1 + HALL.wall, 0, HALL.z1 + HALL.wall]);
  return p;
}

/** Tall walls (with window bands) on the north and west sides; low walls east and south keep the hall readable from outside. */
function buildWalls(): Part {
  const p = new Part('walls', [0, 0, 0], false);
  const { x0, x1, z0, z1, wall, height, win0, win1 } = HALL;
  // north wall: along x at z0
  const tallWall = (along: 'x' | 'z') => {
    const a0 = along === 'x' ? x0 - wall : z0;
    const a1 = along === 'x' ? x1 + wall : z1;
    const at = (u: number, y: number, t: number): V3 => (along === 'x' ? [u, y, z0 - t] : [x0 - t, y, u]);
    const slab = (u0: number, u1: number, y0: number, y1: number, t0: number, t1: number, m: MatId) => aabb(p, m, at(u0, y0, t0), at(u1, y1, t1));
    slab(a0, a1, 0, HALL.plinth, -0.05, wall, 'concrete');
    slab(a0, a1, HALL.plinth, win0, 0, wall, 'wallPanel');
    slab(a0, a1, win1, height, 0, wall, 'wallPanel');
    // window band: mullions, transom and glass
    const n = Math.round((a1 - a0) / HALL.mullion);
    for (let i = 0; i <= n; i++) {
      const u = a0 + ((a1 - a0) * i) / n;
      slab(u - 0.06, u + 0.06, win0, win1, 0.05, 0.2, 'steelGrey');
    }
    slab(a0, a1, (win0 + win1) / 2 - 0.04, (win0 + win1) / 2 + 0.04, 0.05, 0.2, 'steelGrey');
    slab(a0, a1, win0, win1, 0.115, 0.135, 'glass');
  };
  tallWall('x');
  tallWall('z');
  // low walls (east, south) with a door gap in the south wall
  aabb(p, 'concrete', [x1, 0, z0], [x1 + wall, HALL.lowWall, z1 + wall]);
  aabb(p, 'concrete', [x0 - wall, 0, z1], [DOOR.x0, HALL.lowWall, z1 + wall]);
  aabb(p, 'concrete', [DOOR.x1, 0, z1], [x1, HALL.lowWall, z1 + wall]);
  return p;
}

function buildColumns(): Part {
  const p = new Part('columns');
  const { x0, x1, z0, z1, height } = HALL;
  for (const x of TRUSS_X) {
    const cx = Math.max(x0 + 0.2, Math.min(x1 - 0.2, x));
    for (const z of [z0 + 0.2, z1 - 0.2]) hBeam(p, 'steelGrey', [cx, 0, z], [cx, height, z], 0.36, 'z');
  }
  for (const z of SIDE_COLUMN_Z) for (const x of [x0 + 0.2, x1 - 0.2]) hBeam(p, 'steelGrey', [x, 0, z], [x, height, z], 0.36, 'x');
  // eave beams on the long sides, a crane runway beam along the north wall
  for (const z of [z0 + 0.2, z1 - 0.2]) beam(p, 'steelGrey', [x0, height - 0.2, z], [x1, height - 0.2, z], 0.25, 0.4);
  beam(p, 'paintYellow', [x0, 8.6, z0 + 0.2], [x1, 8.6, z0 + 0.2], 0.3, 0.5);
  return p;
}

/** Pratt trusses spanning the hall (north–south), purlins between them; no roof cladding so the hall stays visible. */
function buildTrusses(): Part {
  const p = new Part('roof-trusses');
  const { z0, z1, height } = HALL;
  const top = height - 0.1;
  const bottom = height - 1.4;
  const panels = 8;
  for (const tx of TRUSS_X) {
    const x = Math.max(HALL.x0 + 0.2, Math.min(HALL.x1 - 0.2, tx));
    beam(p, 'steelGrey', [x, top, z0], [x, top, z1], 0.2, 0.2);
    beam(p, 'steelGrey', [x, bottom, z0 + 0.3], [x, bottom, z1 - 0.3], 0.16, 0.16);
    for (let i = 0; i <= panels; i++) {
      const z = z0 + 0.3 + ((z1 - z0 - 0.6) * i) / panels;
      beam(p, 'steelGrey', [x, bottom, z], [x, top, z], 0.12, 0.12);
      if (i < panels) {
        const zn = z0 + 0.3 + ((z1 - z0 - 0.6) * (i + 1)) / panels;
        const towardsMiddle = i < panels / 2;
        beam(p, 'steelGrey', towardsMiddle ? [x, top, z] : [x, bottom, z], towardsMiddle ? [x, bottom, zn] : [x, top, zn], 0.1, 0.1);
      }
    }
  }
  for (const z of [-9, -6, -3, 0, 3, 6, 9]) beam(p, 'steelGrey', [HALL.x0, height + 0.1, z], [HALL.x1, height + 0.1, z], 0.12, 0.18);
  return p;
}

function buildLighting(): Part {
  const p = new Part('lighting');
  for (const L of LAMPS) {
    const f = frameAt([L[0], 0, L[2]]);
    lathe(p, 'steelGrey', f, [[0.32, 10.0], [0.3, 10.12], [0.18, 10.3], [0.12, 10.42], [0, 10.45]], 24, true);
    lathe(p, 'lamp', f, [[0, 10.0], [0.3, 10.0]], 24, false);
    cylinder(p, 'darkSteel', f, 0.01, 10.45, HALL.height - 1.4, 6, 'none');
  }
  return p;
}

/** Yellow floor markings: walkways, crossing and equipment zones. */
function buildFloorMarkings(): Part {
  const p = new Part('floor-markings');
  const w = 0.1;
  const h = 0.004;
  const lineX = (x0: number, x1: number, z: number) => aabb(p, 'marking', [x0, 0, z - w / 2], [x1, h, z + w / 2]);
  const lineZ = (z0: number, z1: number, x: number) => aabb(p, 'marking', [x - w / 2, 0, z0], [x + w / 2, h, z1]);
  const rect = (x0: number, z0: number, x1: number, z1: number) => {
    lineX(x0, x1, z0);
    lineX(x0, x1, z1);
    lineZ(z0 + w / 2, z1 - w / 2, x0);
    lineZ(z0 + w / 2, z1 - w / 2, x1);
  };
  // walkway A (in front of the process line) and walkway B (south aisle), gaps at the crossing
  for (const z of [-2.6, -1.0, 2.7, 4.2]) {
    lineX(-19.3, -10.6, z);
    lineX(-8.9, z < 0 ? 14.6 : 19.3, z);
  }
  // crossing walkway to the south door
  for (const x of [-10.5, -9.0]) {
    lineZ(-2.55, -1.05, x);
    lineZ(-0.95, 2.65, x);
    lineZ(4.25, 11.8, x);
  }
  // zebra at the crossing of walkway A and B
  for (let z = -0.8; z < 2.6; z += 0.6) aabb(p, 'marking', [-10.4, 0, z], [-9.1, h, z + 0.3]);
  rect(-12.0, -9.6, -4.9, -5.4); // steam explosion unit
  rect(-6.8, 4.45, -1.2, 5.55); // heat exchanger
  rect(0.0, 4.4, 6.4, 5.6); // pumps
  rect(14.6, -11.0, 18.6, -3.0); // tank bund
  rect(-9.2, 8.2, -5.8, 10.3); // IBC storage
  return p;
}

function buildHopper(): Part {
  const p = new Part('biomass-hopper', POS.hopper);
  const f = frameAt([0, 0, 0]);
  cylinder(p, 'paintGreen', f, 1.1, 4.0, 5.2, SEG.vessel, 'top');
  lathe(p, 'paintGreen', f, [[0.25, 2.2], [1.1, 4.0]], SEG.vessel, false);
  cylinder(p, 'paintGreen', f, 0.25, 1.8, 2.2, 24, 'bottom');
  ring(p, 'paintGreen', f, 1.1, 1.16, 5.1, 5.2, SEG.vessel);
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const x = Math.cos(a) * 1.0;
    const z = Math.sin(a) * 1.0;
    aabb(p, 'steelGrey', [x - 0.08, 0, z - 0.08], [x + 0.08, 4.6, z + 0.08]);
  }
  for (const y of [1.2, 3.8]) {
    beam(p, 'steelGrey', [-0.71, y, -0.71], [0.71, y, -0.71], 0.08);
    beam(p, 'steelGrey', [-0.71, y, 0.71], [0.71, y, 0.71], 0.08);
    beam(p, 'steelGrey', [-0.71, y, -0.71], [-0.71, y, 0.71], 0.08);
    beam(p, 'steelGrey', [0.71, y, -0.71], [0.71, y, 0.71], 0.08);
  }
  return p;
}

/** Screw feeder from the hopper outlet up to the top of the pretreatment reactor. */
function buildScrewFeeder(): Part {
  const p = new Part('screw-feeder');
  const a: V3 = [POS.hopper[0], 1.55, POS.hopper[2]];
  const b: V3 = [-16.2, 1.55, POS.hopper[2]];
  const c: V3 = [-14.35, 7.3, -7.6];
  tube(p, 'paintBlue', add(a, [-0.3, 0, 0]), b, 0.2, 24);
  tube(p, 'paintBlue', add(b, [0.05, -0.2, 0]), c, 0.22, 24);
  cylinder(p, 'paintBlue', frameAt(add(c, [0, -0.9, 0])), 0.16, 0.0, 0.8, 24, 'both');
  aabb(p, 'paintBlue', add(c, [-0.25, 0.05, -0.25]), add(c, [0.35, 0.5, 0.25]));
  cylinder(p, 'paintBlue', frameAlong(add(c, [0.35, 0.27, 0]), [1, 0, 0]), 0.16, 0, 0.45, 24);
  cylinder(p, 'paintBlue', frameAlong(add(a, [-0.3, 0, 0]), [-1, 0, 0]), 0.15, 0, 0.5, 24);
  // support legs
  for (const t of [0.35, 0.7]) {
    const q = madd(b, sub(c, b), t);
    aabb(p, 'steelGrey', [q[0] - 0.06, 0, q[2] - 0.25], [q[0] + 0.06, q[1] - 0.2, q[2] - 0.13]);
    aabb(p, 'steelGrey', [q[0] - 0.06, 0, q[2] + 0.13], [q[0] + 0.06, q[1] - 0.2, q[2] + 0.25]);
  }
  return p;
}

function buildPretreatmentReactor(): Part {
  const p = new Part('pretreatment-reactor', POS.reactor);
  const f = frameAt([0, 0, 0]);
  const R = 1.0;
  lathe(p, 'stainless', f, [[0.15, 1.0], [R, 2.0]], SEG.vessel, false); // conical bottom
  cylinder(p, 'cladding', f, R, 2.0, 6.0, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 6.0, true), SEG.vessel);
  for (const y of [2.0, 3.35, 4.7, 5.95]) ring(p, 'stainless', f, R, R + 0.035, y, y + 0.05, SEG.vessel);
  cylinder(p, 'stainless', f, 0.15, 0.55, 1.0, 24, 'bottom');
  ring(p, 'stainless', f, 0.15, 0.26, 0.55, 0.61, 24);
  // legs on lugs
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [Math.cos(a) * (R + 0.12), 0, Math.sin(a) * (R + 0.12)];
    aabb(p, 'steelGrey', add(q, [-0.09, 0, -0.09]), add(q, [0.09, 3.2, 0.09]));
    aabb(p, 'steelGrey', add(q, [-0.16, 0, -0.16]), add(q, [0.16, 0.02, 0.16]));
    box(p, 'steelGrey', frameAt(add(mul(q, 0.93), [0, 3.05, 0]), -a / DEG), 0.3, 0.3, 0.22);
  }
  // nozzles: manway, feed, steam inlets, vent, instruments
  nozzle(p, 'stainless', [0.45, 6.35, 0.2], UP, 0.26, 0.45, 32);
  nozzle(p, 'stainless', [-0.35, 6.4, -0.1], UP, 0.16, 0.55);
  nozzle(p, 'stainless', [0, 4.0, R - 0.05], [0, 0, 1], 0.08, 0.3);
  nozzle(p, 'stainless', [R - 0.05, 2.6, 0], [1, 0, 0], 0.06, 0.3);
  nozzle(p, 'stainless', [-(R - 0.05), 5.2, 0], [-1, 0, 0], 0.05, 0.25);
  nozzle(p, 'stainless', [0.0, 3.0, R - 0.05], [0, 0, 1], 0.04, 0.22);
  nozzle(p, 'stainless', [0.0, 5.3, R - 0.05], [0, 0, 1], 0.04, 0.22);
  handwheel(p, [0, 0.42, 0], UP, 0.14);
  // discharge line from the bottom towards the steam explosion unit
  pipeRun(p, 'stainless', [[0, 0.55, 0], [0, 0.35, 0], [2.2, 0.35, 0], [2.2, 3.6, 0], [3.2, 3.6, 0]], 0.08, SEG.pipe, 0.25);
  return p;
}

/** Tubular steam reactor with plug screw feeder, blow valve and flash cyclone. */
function buildSteamExplosion(): Part {
  const p = new Part('steam-explosion-unit', POS.steamExplosion);
  // support frame
  const legs: V3[] = [
    [-2.9, 0, -0.6],
    [-2.9, 0, 0.6],
    [0.6, 0, -0.6],
    [0.6, 0, 0.6],
  ];
  for (const q of legs) {
    aabb(p, 'paintBlue', add(q, [-0.08, 0, -0.08]), add(q, [0.08, 4.0, 0.08]));
    aabb(p, 'paintBlue', add(q, [-0.15, 0, -0.15]), add(q, [0.15, 0.02, 0.15]));
  }
  for (const y of [1.4, 3.95]) {
    beam(p, 'paintBlue', [-2.9, y, -0.6], [0.6, y, -0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [-2.9, y, 0.6], [0.6, y, 0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [-2.9, y, -0.6], [-2.9, y, 0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [0.6, y, -0.6], [0.6, y, 0.6], 0.12, 0.16);
  }
  beam(p, 'paintBlue', [-2.9, 1.4, -0.6], [0.6, 3.95, -0.6], 0.08);
  beam(p, 'paintBlue', [-2.9, 1.4, 0.6], [0.6, 3.95, 0.6], 0.08);
  aabb(p, 'grating', [-2.95, 4.03, -0.65], [0.65, 4.07, 0.65]);
  // tubular reactor (axis x) with flanged ends, on saddles
  const axis = frameAlong([-2.7, 4.55, 0], [1, 0, 0]);
  cylinder(p, 'stainless', axis, 0.32, 0, 3.1, SEG.vessel, 'none');
  for (const y of [0, 1.0, 2.05, 3.04]) ring(p, 'stainless', axis, 0.32, 0.42, y, y + 0.06, SEG.vessel);
  lathe(p, 'stainless', axis, [[0, -0.12], [0.42, -0.12]], SEG.vessel, false);
  lathe(p, 'stainless', axis, [[0.42, 3.22], [0, 3.22]], SEG.vessel, false);
  cylinder(p, 'stainless', axis, 0.42, -0.12, 0, SEG.vessel, 'none');
  cylinder(p, 'stainless', axis, 0.42, 3.1, 3.22, SEG.vessel, 'none');
  for (const x of [-2.0, -0.3]) aabb(p, 'paintBlue', [x - 0.1, 4.07, -0.3], [x + 0.1, 4.3, 0.3]);
  // plug screw feeder with inlet chute and drive
  lathe(p, 'stainless', frameAt([-2.45, 0, 0]), [[0.18, 4.85], [0.5, 5.6], [0.5, 5.9], [0, 5.9]], 32, false);
  const drive = frameAlong([-2.82, 4.55, 0], [-1, 0, 0]);
  cylinder(p, 'paintBlue', drive, 0.25, 0, 0.45, 32);
  cylinder(p, 'paintBlue', drive, 0.2, 0.45, 1.05, 32);
  aabb(p, 'paintBlue', [-3.7, 4.07, -0.25], [-2.9, 4.15, 0.25]);
  aabb(p, 'paintBlue', [-3.75, 0, -0.2], [-3.65, 4.07, 0.2]);
  // steam inlets on top
  for (const x of [-1.6, -0.6]) nozzle(p, 'stainless', [x, 4.8, 0], UP, 0.06, 0.3);
  // blow line with blow valve into the cyclone
  pipeRun(p, 'stainless', [[0.52, 4.55, 0], [1.2, 4.55, 0], [1.2, 5.6, 0], [2.5, 5.6, 0], [2.5, 4.95, 0]], 0.1, SEG.pipe, 0.3);
  aabb(p, 'darkSteel', [1.05, 4.9, -0.18], [1.35, 5.15, 0.18]);
  cylinder(p, 'paintBlue', frameAt([1.2, 0, 0]), 0.12, 5.15, 5.45, 24);
  // flash cyclone
  const cf = frameAt([2.5, 0, 0]);
  const R = 0.9;
  lathe(p, 'stainless', cf, [[0.2, 0.95], [R, 2.2]], SEG.vessel, false);
  cylinder(p, 'stainless', cf, R, 2.2, 4.6, SEG.vessel, 'none');
  lathe(p, 'stainless', cf, headProfile(R, 4.6, true, 0.3), SEG.vessel);
  cylinder(p, 'stainless', cf, 0.2, 0.55, 0.95, 24, 'bottom');
  ring(p, 'stainless', cf, R, R + 0.16, 2.75, 2.9, SEG.vessel); // support ring on the legs
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [2.5 + Math.cos(a) * (R + 0.08), 0, Math.sin(a) * (R + 0.08)];
    aabb(p, 'paintBlue', add(q, [-0.07, 0, -0.07]), add(q, [0.07, 2.9, 0.07]));
  }
  // vapour line up and to the north wall (to the condenser outside)
  pipeRun(p, 'stainless', [[2.8, 4.85, 0], [2.8, 7.6, 0], [2.8, 7.6, -4.1]], 0.14, SEG.pipe, 0.4);
  return p;
}

/** Stirred, jacketed stainless tank used for hydrolysis and fermentation. */
function buildFermenter(name: string, at: V3): Part {
  const p = new Part(name, at);
  const f = frameAt([0, 0, 0]);
  const R = 1.3;
  lathe(p, 'stainless', f, [[0.12, 1.0], [R, 1.6]], SEG.vessel, false);
  cylinder(p, 'stainless', f, R, 1.6, 5.5, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 5.5, true, 0.6), SEG.vessel);
  // cooling jacket
  lathe(p, 'stainless', f, [[R, 2.0], [R + 0.04, 2.05], [R + 0.04, 4.55], [R, 4.6]], SEG.vessel, false);
  cylinder(p, 'stainless', f, 0.12, 0.7, 1.0, 24, 'bottom');
  handwheel(p, [0, 0.82, 0.25], [0, 0, 1], 0.12);
  // legs and braces
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [Math.cos(a) * 1.15, 0, Math.sin(a) * 1.15];
    tube(p, 'stainless', q, add(q, [0, 2.1, 0]), 0.07, 16, 'both');
    cylinder(p, 'stainless', frameAt(q), 0.14, 0, 0.02, 16);
    const qn: V3 = [Math.cos(a + Math.PI / 2) * 1.15, 0, Math.sin(a + Math.PI / 2) * 1.15];
    tube(p, 'stainless', add(q, [0, 0.45, 0]), add(qn, [0, 0.45, 0]), 0.03, 8, 'none');
  }
  // agitator drive on top
  cylinder(p, 'stainless', f, 0.3, 6.05, 6.15, 32);
  cylinder(p, 'paintBlue', f, 0.22, 6.15, 6.55, 32);
  cylinder(p, 'paintBlue', f, 0.19, 6.55, 7.15, 32);
  lathe(p, 'paintBlue', f, [[0.19, 7.15], [0.12, 7.25], [0, 7.25]], 32, false);
  aabb(p, 'paintBlue', [0.18, 6.7, -0.1], [0.34, 6.95, 0.1]);
  // manway, nozzles, sight glass, instruments
  nozzle(p, 'stainless', [0.65, 5.85, -0.25], UP, 0.25, 0.35, 32);
  nozzle(p, 'stainless', [-0.6, 5.9, 0.1], UP, 0.08, 0.35);
  nozzle(p, 'stainless', [-0.3, 5.95, 0.6], UP, 0.06, 0.3);
  nozzle(p, 'stainless', [0.0, 6.0, -0.65], UP, 0.05, 0.3);
  for (const y of [2.4, 3.3, 4.2]) nozzle(p, 'stainless', [0, y, R + 0.02], [0, 0, 1], 0.035, 0.2, 12);
  nozzle(p, 'stainless', [R * 0.7, 2.8, R * 0.7], [0.7, 0, 0.7], 0.05, 0.22);
  return p;
}

function buildStorageTank(name: string, at: V3, R: number, H: number): Part {
  const p = new Part(name, at);
  const f = frameAt([0, 0, 0]);
  cylinder(p, 'concrete', f, R + 0.15, 0, 0.2, SEG.vessel, 'top');
  cylinder(p, 'paintGreen', f, R, 0.2, H, SEG.vessel, 'none');
  lathe(p, 'paintGreen', f, [[R, H], [R + 0.03, H], [0.25, H + 0.45], [0, H + 0.45]], SEG.vessel, false);
  for (const y of [1.6, 3.1, 4.6]) if (y < H - 0.5) ring(p, 'paintGreen', f, R, R + 0.03, y, y + 0.05, SEG.vessel);
  cylinder(p, 'paintGreen', frameAt([0.6, 0, 0.2]), 0.12, H + 0.2, H + 0.75, 24);
  lathe(p, 'paintGreen', frameAt([0.6, 0, 0.2]), [[0.2, H + 0.75], [0.2, H + 0.82], [0, H + 0.88]], 24, false);
  // roof railing ring and posts
  torus(p, 'paintYellow', f, R - 0.1, 0.025, H + 1.05, SEG.vessel, 6);
  for (let k = 0; k < 10; k++) {
    const a = (k / 10) * 2 * Math.PI;
    const q: V3 = [Math.cos(a) * (R - 0.1), H + 0.03, Math.sin(a) * (R - 0.1)];
    tube(p, 'paintYellow', q, add(q, [0, 1.02, 0]), 0.02, 6, 'none');
  }
  // caged ladder on the west side (towards the walkway)
  ladder(p, [-(R + 0.25), 0, 0], [-1, 0, 0], 0.2, H);
  // bottom nozzles with valves, level gauge
  for (const a of [150, 210]) {
    const d: V3 = [Math.cos(a * DEG), 0, Math.sin(a * DEG)];
    nozzle(p, 'paintGreen', madd([0, 0.55, 0], d, R - 0.05), d, 0.1, 0.35);
    handwheel(p, madd([0, 0.55, 0], d, R + 0.33), d, 0.14);
  }
  tube(p, 'stainless', [R * 0.71 + 0.12, 0.6, -R * 0.71 - 0.12], [R * 0.71 + 0.12, H - 0.4, -R * 0.71 - 0.12], 0.03, 12);
  return p;
}

function buildHeatExchanger(): Part {
  const p = new Part('heat-exchanger', POS.heatExchanger);
  const y = 1.1;
  const axis = frameAlong([-2.0, y, 0], [1, 0, 0]);
  cylinder(p, 'stainless', axis, 0.35, 0, 4.0, SEG.vessel, 'none');
  cylinder(p, 'stainless', axis, 0.38, -0.45, 0, SEG.vessel, 'none');
  for (const s of [-0.5, -0.05, 3.95]) ring(p, 'stainless', axis, 0.35, 0.47, s, s + 0.1, SEG.vessel);
  // ellipsoidal heads at both ends (profile along the shell axis)
  const left = frameAlong([-2.5, y, 0], [-1, 0, 0]);
  lathe(p, 'stainless', left, headProfile(0.38, 0, true, 0.2), SEG.vessel);
  const right = frameAlong([2.05, y, 0], [1, 0, 0]);
  lathe(p, 'stainless', right, headProfile(0.35, 0, true, 0.18), SEG.vessel);
  // saddles
  for (const x of [-1.3, 1.3]) {
    aabb(p, 'steelGrey', [x - 0.12, 0, -0.32], [x + 0.12, 0.85, 0.32]);
    aabb(p, 'steelGrey', [x - 0.2, 0, -0.38], [x + 0.2, 0.04, 0.38]);
  }
  // shell-side nozzles (top) and tube-side nozzles on the channel
  nozzle(p, 'stainless', [1.5, y + 0.3, 0], UP, 0.09, 0.35);
  nozzle(p, 'stainless', [-1.5, y - 0.3, 0], [0, -1, 0], 0.09, 0.3);
  nozzle(p, 'stainless', [-2.25, y + 0.33, 0], UP, 0.08, 0.3);
  nozzle(p, 'stainless', [-2.25, y, 0.33], [0, 0, 1], 0.08, 0.3);
  // up to the cooling water line on the pipe rack (its underside is at y 4.5, z 2.05)
  pipeRun(p, 'stainless', [[1.5, y + 0.65, 0], [1.5, 3.4, 0], [1.5, 3.4, -2.95], [1.5, 4.5, -2.95]], 0.08, SEG.pipe, 0.25);
  pipeRun(p, 'paintBlue', [[-2.25, y + 0.63, 0], [-2.25, 3.0, 0], [-2.25, 3.0, -2.95], [-2.25, 4.5, -2.95]], 0.08, SEG.pipe, 0.25);
  return p;
}

function buildPump(name: string, at: V3): Part {
  const p = new Part(name, at);
  aabb(p, 'concrete', [-0.8, 0, -0.33], [0.85, 0.1, 0.33]);
  aabb(p, 'steelGrey', [-0.75, 0.1, -0.28], [0.8, 0.2, 0.28]);
  const cy = 0.45;
  // motor with fan cowl and feet
  const m = frameAlong([-0.7, cy, 0], [1, 0, 0]);
  cylinder(p, 'paintBlue', m, 0.16, 0, 0.14, 32);
  cylinder(p, 'paintBlue', m, 0.19, 0.14, 0.68, 32);
  for (let k = 0; k < 8; k++) {
    const a = (k / 8) * Math.PI * 2;
    box(p, 'paintBlue', frameAlong([-0.29, cy + Math.cos(a) * 0.19, Math.sin(a) * 0.19], [1, 0, 0]), 0.02, 0.5, 0.03);
  }
  aabb(p, 'paintBlue', [-0.6, 0.2, -0.17], [-0.1, 0.3, 0.17]);
  aabb(p, 'paintBlue', [-0.42, cy + 0.17, -0.1], [-0.22, cy + 0.3, 0.1]);
  // coupling guard
  aabb(p, 'paintYellow', [-0.02, cy - 0.12, -0.11], [0.22, cy + 0.12, 0.11]);
  // bearing frame, volute casing, suction and discharge nozzles
  const s = frameAlong([0.22, cy, 0], [1, 0, 0]);
  cylinder(p, 'stainless', s, 0.08, 0, 0.18, 24);
  cylinder(p, 'stainless', s, 0.23, 0.18, 0.36, 48);
  lathe(p, 'stainless', s, [[0.23, 0.36], [0.12, 0.42], [0.075, 0.42]], 48, false);
  aabb(p, 'steelGrey', [0.3, 0.2, -0.14], [0.5, cy - 0.15, 0.14]);
  nozzle(p, 'stainless', [0.62, cy, 0], [1, 0, 0], 0.075, 0.2, 24);
  nozzle(p, 'stainless', [0.49, cy + 0.2, 0], UP, 0.06, 0.2, 24);
  // discharge line up to the pipe rack (ends under the process line)
  pipeRun(p, 'stainless', [[0.49, cy + 0.4, 0], [0.49, 3.6, 0], [0.49, 3.6, -2.8], [0.49, 4.4, -2.8]], 0.06, SEG.pipe, 0.2);
  handwheel(p, [0.49, 1.2, 0.12], [0, 0, 1], 0.12);
  // suction from a floor header
  pipeRun(p, 'stainless', [[0.82, cy, 0], [1.0, cy, 0], [1.0, cy, 0.55], [1.0, -0.05, 0.55]], 0.075, SEG.pipe, 0.18, false);
  return p;
}

function buildDistillationColumn(): Part {
  const p = new Part('distillation-column', POS.column);
  const f = frameAt([0, 0, 0]);
  const R = 0.45;
  cylinder(p, 'steelGrey', f, R + 0.02, 0, 1.2, SEG.vessel, 'none');
  ring(p, 'steelGrey', f, R + 0.02, R + 0.2, 0, 0.04, SEG.vessel);
  cylinder(p, 'stainless', f, R, 1.2, 9.6, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 9.6, true), SEG.vessel);
  for (const y of [3.2, 5.3, 7.4]) ring(p, 'stainless', f, R, R + 0.09, y - 0.04, y + 0.04, SEG.vessel);
  // nozzles: feed, reflux, draw-offs, instruments
  for (const [y, a, r] of [
    [4.2, 0, 0.06],
    [8.8, 60, 0.06],
    [6.3, 200, 0.045],
    [2.2, 120, 0.05],
    [7.9, 300, 0.035],
    [5.8, 300, 0.035],
    [3.7, 300, 0.035],
  ] as const) {
    const d: V3 = [Math.cos(a * DEG), 0, Math.sin(a * DEG)];
    nozzle(p, 'stainless', madd([0, y, 0], d, R - 0.02), d, r, 0.25, 16);
  }
  // top platform with railing
  lathe(p, 'grating', f, [[R + 0.02, 8.95], [1.2, 8.95], [1.2, 9.0], [R + 0.02, 9.0], [R + 0.02, 8.95]], SEG.vessel, false);
  torus(p, 'paintYellow', f, 1.17, 0.024, 10.1, SEG.vessel, 6);
  torus(p, 'paintYellow', f, 1.17, 0.02, 9.55, SEG.vessel, 6);
  for (let k = 0; k < 8; k++) {
    const a = (k / 8) * Math.PI * 2 + 0.2;
    const q: V3 = [Math.cos(a) * 1.17, 9.0, Math.sin(a) * 1.17];
    tube(p, 'paintYellow', q, add(q, [0, 1.1, 0]), 0.024, 8, 'none');
    beam(p, 'steelGrey', [Math.cos(a) * R, 8.75, Math.sin(a) * R], [Math.cos(a) * 1.15, 8.93, Math.sin(a) * 1.15], 0.06, 0.08);
  }
  ladder(p, [0, 0, R + 0.25], [0, 0, 1], 0.3, 8.95);
  // vapour line to the condenser hung on brackets, reflux back
  pipeRun(p, 'stainless', [[0, 9.78, 0], [0, 10.3, 0], [-1.2, 10.3, 0], [-1.2, 8.9, 0]], 0.1, SEG.pipe, 0.3);
  const c = frameAt([-1.2, 0, 0]);
  cylinder(p, 'stainless', c, 0.26, 6.6, 8.6, 48, 'none');
  lathe(p, 'stainless', c, headProfile(0.26, 8.6, true, 0.13), 48);
  lathe(p, 'stainless', c, headProfile(0.26, 6.6, false, 0.13), 48);
  for (const y of [7.0, 8.2]) beam(p, 'steelGrey', [-0.94, y, 0], [-0.44, y, 0], 0.1, 0.12);
  nozzle(p, 'stainless', [-1.2, 8.2, -0.24], [0, 0, -1], 0.05, 0.2);
  nozzle(p, 'stainless', [-1.2, 7.0, -0.24], [0, 0, -1], 0.05, 0.2);
  pipeRun(p, 'stainless', [[-1.2, 6.47, 0], [-1.2, 6.0, 0], [-0.6, 6.0, 0.6], [-0.35, 6.0, 0.85], [-0.35, 8.8, 0.85], [-0.2, 8.8, 0.6]], 0.04, 12, 0.15, false);
  // reboiler (thermosiphon) beside the base
  const rb = frameAt([1.15, 0, 0]);
  cylinder(p, 'stainless', rb, 0.28, 0.9, 2.6, 48, 'none');
  lathe(p, 'stainless', rb, headProfile(0.28, 2.6, true, 0.14), 48);
  lathe(p, 'stainless', rb, headProfile(0.28, 0.9, false, 0.14), 48);
  for (let k = 0; k < 3; k++) {
    const a = (k / 3) * Math.PI * 2;
    aabb(p, 'steelGrey', [1.15 + Math.cos(a) * 0.3 - 0.04, 0, Math.sin(a) * 0.3 - 0.04], [1.15 + Math.cos(a) * 0.3 + 0.04, 1.2, Math.sin(a) * 0.3 + 0.04]);
  }
  pipeRun(p, 'stainless', [[1.15, 0.76, 0], [1.15, 0.5, 0], [0.2, 0.5, 0], [0.2, 1.0, 0]], 0.07, SEG.pipe, 0.18, false);
  pipeRun(p, 'stainless', [[1.15, 2.74, 0], [1.15, 2.95, 0], [0.42, 2.95, 0]], 0.09, SEG.pipe, 0.2, false);
  return p;
}

function buildPipeRack(): Part {
  const p = new Part('pipe-rack');
  const { z0, z1, tiers, xs, xEnd } = RACK;
  for (const x of xs) {
    for (const z of [z0, z1]) hBeam(p, 'paintBlue', [x, 0, z], [x, tiers[1]! + 0.15, z], 0.22, 'z');
    for (const y of tiers) beam(p, 'paintBlue', [x, y - 0.1, z0 - 0.15], [x, y - 0.1, z1 + 0.15], 0.16, 0.2);
    // knee braces
    beam(p, 'paintBlue', [x, tiers[0]! - 0.7, z0], [x, tiers[0]! - 0.2, z0 + 0.5], 0.08);
    beam(p, 'paintBlue', [x, tiers[0]! - 0.7, z1], [x, tiers[0]! - 0.2, z1 - 0.5], 0.08);
    aabb(p, 'concrete', [x - 0.3, 0, z0 - 0.3], [x + 0.3, 0.15, z0 + 0.3]);
    aabb(p, 'concrete', [x - 0.3, 0, z1 - 0.3], [x + 0.3, 0.15, z1 + 0.3]);
  }
  const xa = xs[0]!;
  const xb = xs[xs.length - 1]!;
  for (const z of [z0, z1]) {
    beam(p, 'paintBlue', [xa, tiers[1]! + 0.05, z], [xb, tiers[1]! + 0.05, z], 0.14, 0.2);
    for (let i = 0; i + 1 < xs.length; i++) beam(p, 'paintBlue', [xs[i]!, 1.0, z], [xs[i + 1]!, tiers[0]! - 0.2, z], 0.07);
  }
  // pipes: [tier, z, radius, material]; run from the west end out through the open east side
  const lines: [number, number, number, MatId][] = [
    [0, 0.85, 0.14, 'cladding'], // steam (insulated)
    [0, 1.25, 0.06, 'stainless'], // condensate
    [0, 1.6, 0.09, 'paintGreen'], // process water
    [0, 2.05, 0.11, 'paintBlue'], // cooling water supply
    [1, 0.85, 0.05, 'paintBlue'], // compressed air
    [1, 1.25, 0.1, 'paintRed'], // fire water
    [1, 2.15, 0.07, 'stainless'], // process line
  ];
  for (const [tier, z, r, m] of lines) {
    const y = tiers[tier]! + r;
    const x0 = -18.6;
    tube(p, m, [x0, y, z], [xEnd + 0.5, y, z], r, SEG.pipe, 'none');
    cylinder(p, m, frameAlong([x0 - 0.06, y, z], [1, 0, 0]), r * 1.5, 0, 0.06, SEG.pipe);
  }
  // cable tray on the upper tier
  beam(p, 'grating', [xa - 1.5, tiers[1]! + 0.08, 1.7], [xEnd + 0.5, tiers[1]! + 0.08, 1.7], 0.5, 0.04);
  // branches down to the equipment
  const steamY = tiers[0]! + 0.14;
  pipeRun(p, 'cladding', [[POS.reactor[0], steamY, 0.85], [POS.reactor[0], 6.4, 0.85], [POS.reactor[0], 6.4, -6.0], [POS.reactor[0], 4.0, -6.0], [POS.reactor[0], 4.0, -6.2]], 0.07, SEG.pipe, 0.25);
  for (const dx of [-1.6, -0.6]) {
    const x = POS.steamExplosion[0] + dx;
    pipeRun(p, 'cladding', [[x, steamY, 0.85], [x, 6.2, 0.85], [x, 6.2, -7.5], [x, 5.1, -7.5]], 0.06, SEG.pipe, 0.22);
  }
  // slurry from the flash cyclone to fermenter 1
  const cyc: V3 = add(POS.steamExplosion, [2.5, 0, 0]);
  const f1 = POS.fermenters[0]!;
  pipeRun(p, 'stainless', [[cyc[0], 0.55, cyc[2]], [cyc[0], 0.3, cyc[2]], [-4.4, 0.3, cyc[2]], [-4.4, 6.9, cyc[2]], [f1[0] - 0.6, 6.9, f1[2]], [f1[0] - 0.6, 6.25, f1[2]]], 0.08, SEG.pipe, 0.25);
  // transfers between the fermenters along the top
  for (let i = 0; i + 1 < POS.fermenters.length; i++) {
    const a = POS.fermenters[i]!;
    const b = POS.fermenters[i + 1]!;
    pipeRun(p, 'stainless', [[a[0] - 0.3, 6.25, a[2] + 0.6], [a[0] - 0.3, 6.75, a[2] + 0.6], [b[0] - 0.6, 6.75, b[2] + 0.6], [b[0] - 0.6, 6.2, b[2] + 0.6]], 0.05, SEG.pipe, 0.18);
  }
  // cooling water to the fermenter jackets
  for (const fp of POS.fermenters) {
    const x = fp[0] + 0.5;
    pipeRun(p, 'paintBlue', [[x, tiers[0]! + 0.11, 2.05], [x, 3.9, 2.05], [x, 3.9, fp[2] + 1.6], [x, 3.9, fp[2] + 1.2]], 0.05, SEG.pipe, 0.18);
  }
  // to the storage tanks and the column
  pipeRun(p, 'stainless', [[14.2, tiers[1]! + 0.07, 2.15], [14.2, 4.9, 2.15], [14.2, 4.9, -9.2], [15.0, 4.9, -9.2]], 0.07, SEG.pipe, 0.22);
  pipeRun(p, 'stainless', [[9.4, tiers[1]! + 0.07, 2.15], [9.4, 6.0, 2.15], [9.4, 6.0, 7.0], [POS.column[0] - 0.45, 6.0, 7.0]], 0.06, SEG.pipe, 0.2);
  return p;
}

function buildPlatform(): Part[] {
  const { x0, x1, z0, zMid, z1, y1, y2, landingX1 } = PLATFORM;
  const lvl1 = new Part('platform-level-1');
  const lvl2 = new Part('platform-level-2');
  const stairs1 = new Part('stairs-1');
  const stairs2 = new Part('stairs-2');
  const colXs = [x0, 1.5, 6, x1];
  // level 1 deck, edge beams, columns
  aabb(lvl1, 'grating', [x0, y1 - 0.05, z0], [x1, y1, z1]);
  for (const z of [z0, z1]) beam(lvl1, 'steelGrey', [x0, y1 - 0.15, z], [x1, y1 - 0.15, z], 0.1, 0.2);
  for (const x of colXs) {
    beam(lvl1, 'steelGrey', [x, y1 - 0.15, z0], [x, y1 - 0.15, z1], 0.1, 0.2);
    hBeam(lvl1, 'steelGrey', [x, 0, z1], [x, y1 - 0.05, z1], 0.16, 'x');
    hBeam(lvl1, 'steelGrey', [x, 0, z0], [x, y2 - 0.05, z0], 0.16, 'x');
    aabb(lvl1, 'steelGrey', [x - 0.15, 0, z1 - 0.15], [x + 0.15, 0.02, z1 + 0.15]);
    aabb(lvl1, 'steelGrey', [x - 0.15, 0, z0 - 0.15], [x + 0.15, 0.02, z0 + 0.15]);
  }
  for (let i = 0; i + 1 < colXs.length; i++) beam(lvl1, 'steelGrey', [colXs[i]!, 0.3, z1], [colXs[i + 1]!, y1 - 0.3, z1], 0.06);
  // level 1 railings (gap at the east end for stairs-1)
  railing(lvl1, [x0, y1, z1], [x1, y1, z1]);
  railing(lvl1, [x0, y1, z0], [x0, y1, z1]);
  railing(lvl1, [x1, y1, z0], [x1, y1, -4.95]);
  railing(lvl1, [x1, y1, -3.85], [x1, y1, z1]);
  // level 2 catwalk + landing at the west end
  aabb(lvl2, 'grating', [x0, y2 - 0.05, z0], [x1, y2, zMid]);
  aabb(lvl2, 'grating', [x0, y2 - 0.05, zMid], [landingX1, y2, z1]);
  for (const z of [z0, zMid]) beam(lvl2, 'steelGrey', [x0, y2 - 0.15, z], [x1, y2 - 0.15, z], 0.1, 0.2);
  beam(lvl2, 'steelGrey', [x0, y2 - 0.15, z1], [landingX1, y2 - 0.15, z1], 0.1, 0.2);
  for (const x of colXs) {
    beam(lvl2, 'steelGrey', [x, y2 - 0.15, z0], [x, y2 - 0.15, zMid], 0.1, 0.2);
    hBeam(lvl2, 'steelGrey', [x, y1, zMid], [x, y2 - 0.05, zMid], 0.14, 'x');
  }
  for (const x of [x0, landingX1]) hBeam(lvl2, 'steelGrey', [x, y1, z1], [x, y2 - 0.05, z1], 0.14, 'x');
  railing(lvl2, [landingX1, y2, zMid], [x1, y2, zMid]);
  railing(lvl2, [x1, y2, z0], [x1, y2, zMid]);
  railing(lvl2, [x0, y2, z0], [x0, y2, z1]);
  railing(lvl2, [x0, y2, z1], [landingX1, y2, z1]);
  // short bridges over to the fermenter tops
  for (const fp of POS.fermenters) {
    aabb(lvl2, 'grating', [fp[0] - 0.4, y2 - 0.05, fp[2] + 0.6], [fp[0] + 0.4, y2, z0]);
    railing(lvl2, [fp[0] - 0.4, y2, fp[2] + 1.1], [fp[0] - 0.4, y2, z0]);
    railing(lvl2, [fp[0] + 0.4, y2, fp[2] + 1.1], [fp[0] + 0.4, y2, z0]);
  }
  // stairs-1: floor → level 1 along -x at the east end; stairs-2: level 1 → level 2 landing along -x
  const n1 = 14;
  const g1 = 0.25;
  stair(stairs1, [x1 + (n1 - 1) * g1, 0, -4.4], [-1, 0, 0], 0.9, n1, y1 / n1, g1);
  const n2 = 13;
  const g2 = 0.22;
  stair(stairs2, [landingX1 + (n2 - 1) * g2, y1, -4.1], [-1, 0, 0], 0.9, n2, (y2 - y1) / n2, g2);
  return [lvl1, lvl2, stairs1, stairs2];
}

function buildControlRoom(): Part {
  const p = new Part('control-room', POS.controlRoom);
  const hx = 3.5;
  const hz = 2.5;
  const H = 3.2;
  const t = 0.15;
  const w0 = 1.0;
  const w1 = 2.3;
  // floor slab, roof, AC unit
  aabb(p, 'concrete', [-hx, 0, -hz], [hx, 0.1, hz]);
  aabb(p, 'whitePanel', [-hx - 0.1, H, -hz - 0.1], [hx + 0.1, H + 0.25, hz + 0.1]);
  aabb(p, 'steelGrey', [-1.8, H + 0.25, -0.6], [-0.4, H + 1.0, 0.6]);
  cylinder(p, 'darkSteel', frameAt([-1.1, 0, 0]), 0.45, H + 1.0, H + 1.05, 32);
  // a wall along one side: solid below and above the window band, mullions, glass
  const wall = (along: 'x' | 'z', fixed: number, a0: number, a1: number, windows: boolean, door?: [number, number]) => {
    const at = (u: number, y: number, o: number): V3 => (along === 'x' ? [u, y, fixed + o] : [fixed + o, y, u]);
    const slab = (u0: number, u1: number, y0: number, y1: number, m: MatId, th = t) => aabb(p, m, at(u0, y0, -th / 2), at(u1, y1, th / 2));
    if (!windows) return slab(a0, a1, 0, H, 'whitePanel');
    const segs: [number, number][] = door ? [[a0, door[0]], [door[1], a1]] : [[a0, a1]];
    for (const [u0, u1] of segs) {
      slab(u0, u1, 0, w0, 'whitePanel');
      slab(u0, u1, w1, H, 'whitePanel');
      const n = Math.max(1, Math.round((u1 - u0) / 1.2));
      for (let i = 0; i <= n; i++) {
        const u = u0 + ((u1 - u0) * i) / n;
        slab(u - 0.04, u + 0.04, w0, w1, 'darkSteel', t + 0.02);
      }
      slab(u0, u1, w0 - 0.04, w0, 'darkSteel', t + 0.04);
      slab(u0, u1, w0, w1, 'glass', 0.02);
    }
    if (door) {
      slab(door[0], door[1], 2.1, H, 'whitePanel');
      slab(door[0], door[1], 0.1, 2.1, 'steelGrey', 0.06);
      slab(door[0] - 0.05, door[0], 0, 2.1, 'darkSteel', t + 0.02);
      slab(door[1], door[1] + 0.05, 0, 2.1, 'darkSteel', t + 0.02);
      aabb(p, 'stainless', at(door[1] - 0.25, 1.0, 0.04), at(door[1] - 0.1, 1.05, 0.09));
    }
  };
  wall('x', -hz, -hx, hx, true, [2.3, 3.2]); // north, towards the process line, with the door
  wall('x', hz, -hx, hx, true); // south
  wall('z', hx, -hz + t / 2, hz - t / 2, true); // east
  wall('z', -hx, -hz + t / 2, hz - t / 2, false); // west, against the hall wall
  // operator desk with screens facing the process (north)
  aabb(p, 'darkSteel', [-2.4, 0.1, -1.6], [1.6, 0.78, -0.9]);
  aabb(p, 'whitePanel', [-2.45, 0.78, -1.65], [1.65, 0.82, -0.85]);
  for (let i = 0; i < 5; i++) {
    const x = -2.0 + i * 0.8;
    aabb(p, 'darkSteel', [x - 0.03, 0.82, -1.35], [x + 0.03, 1.05, -1.3]);
    box(p, 'darkSteel', frameAt([x, 1.3, -1.33], 180), 0.7, 0.42, 0.04);
    box(p, 'screen', frameAt([x, 1.3, -1.305], 180), 0.66, 0.38, 0.01);
  }
  // large overview screen on the west wall
  box(p, 'darkSteel', frameAt([-hx + 0.12, 2.0, 0], 90), 2.2, 1.1, 0.05);
  box(p, 'screen', frameAt([-hx + 0.15, 2.0, 0], 90), 2.1, 1.0, 0.01);
  // chairs
  for (const x of [-1.5, 0.3]) {
    cylinder(p, 'darkSteel', frameAt([x, 0, -0.4]), 0.3, 0.1, 0.14, 16);
    cylinder(p, 'darkSteel', frameAt([x, 0, -0.4]), 0.03, 0.14, 0.48, 8);
    aabb(p, 'paintBlue', [x - 0.25, 0.48, -0.65], [x + 0.25, 0.56, -0.15]);
    aabb(p, 'paintBlue', [x - 0.23, 0.56, -0.15], [x + 0.23, 1.05, -0.09]);
  }
  // cabinet row
  aabb(p, 'steelGrey', [-hx + 0.1, 0.1, 1.4], [-0.5, 2.0, hz - 0.1]);
  return p;
}

/** A few intermediate bulk containers (IBC totes) waiting at the south side. */
function buildIbcs(): Part {
  const p = new Part('ibc-totes', POS.ibc);
  const spots: V3[] = [
    [-1.0, 0, -0.4],
    [0.2, 0, -0.4],
    [1.4, 0, -0.4],
    [-1.0, 0, 0.8],
    [0.2, 0, 0.8],
  ];
  for (const s of spots) {
    aabb(p, 'darkSteel', add(s, [-0.5, 0, -0.6]), add(s, [0.5, 0.15, 0.6]));
    aabb(p, 'whitePanel', add(s, [-0.45, 0.15, -0.55]), add(s, [0.45, 1.1, 0.55]));
    for (const dx of [-0.5, 0, 0.5]) {
      aabb(p, 'stainless', add(s, [dx - 0.015, 0.15, -0.57]), add(s, [dx + 0.015, 1.15, -0.55]));
      aabb(p, 'stainless', add(s, [dx - 0.015, 0.15, 0.55]), add(s, [dx + 0.015, 1.15, 0.57]));
    }
    for (const y of [0.45, 0.8, 1.15]) {
      aabb(p, 'stainless', add(s, [-0.5, y - 0.015, -0.57]), add(s, [0.5, y + 0.015, -0.55]));
      aabb(p, 'stainless', add(s, [-0.5, y - 0.015, 0.55]), add(s, [0.5, y + 0.015, 0.57]));
    }
    cylinder(p, 'darkSteel', frameAt(s), 0.08, 1.1, 1.17, 16);
  }
  return p;
}

interface Group {
  name: string;
  parts: Part[];
}

export function buildHall(): Group[] {
  return [
    { name: 'building', parts: [buildFloor(), buildWalls(), buildColumns(), buildTrusses(), buildLighting(), buildFloorMarkings()] },
    { name: 'pretreatment', parts: [buildHopper(), buildScrewFeeder(), buildPretreatmentReactor(), buildSteamExplosion()] },
    { name: 'fermentation', parts: POS.fermenters.map((at, i) => buildFermenter(`fermenter-${i + 1}`, at)) },
    {
      name: 'storage',
      parts: [
        buildStorageTank('storage-tank-1', POS.storage[0]!, 1.5, 6.2),
        buildStorageTank('storage-tank-2', POS.storage[1]!, 1.5, 6.2),
        buildStorageTank('storage-tank-3', POS.storage[2]!, 1.3, 5.0),
        buildIbcs(),
      ],
    },
    { name: 'utilities', parts: [buildPipeRack(), buildHeatExchanger(), ...POS.pumps.map((at, i) => buildPump(`pump-${i + 1}`, at))] },
    { name: 'separation', parts: [buildDistillationColumn()] },
    { name: 'platform', parts: buildPlatform() },
    { name: 'control', parts: [buildControlRoom()] },
  ];
}

// ───────────────────────────── glTF output ─────────────────────────────

async function writeModel(groups: Group[]): Promise<{ triangles: number; bytes: number }> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'sitevisit scripts/generate-demo.ts (glTF-Transform)';
  doc.getRoot().getAsset().copyright = 'Illustrative model, generated procedurally; not a survey of the real plant.';
  const buffer = doc.createBuffer();
  const materials = new Map<MatId, Material>();
  for (const id of MAT_IDS) {
    const s = MATERIALS[id];
    const c = hexToLinear(s.color);
    const m = doc
      .createMaterial(s.name)
      .setBaseColorFactor([c[0], c[1], c[2], s.alpha ?? 1])
      .setMetallicFactor(s.metallic)
      .setRoughnessFactor(s.roughness);
    if (s.alpha !== undefined) m.setAlphaMode('BLEND').setDoubleSided(true);
    if (s.emissive) m.setEmissiveFactor(hexToLinear(s.emissive));
    materials.set(id, m);
  }
  const scene = doc.createScene('pilot-hall');
  const root = doc.createNode('pilot-hall');
  scene.addChild(root);
  let triangles = 0;
  for (const group of groups) {
    const g = doc.createNode(group.name);
    root.addChild(g);
    for (const part of group.parts) {
      const mesh = doc.createMesh(part.name);
      for (const id of MAT_IDS) {
        const geo = part.geos.get(id);
        if (!geo || geo.idx.length === 0) continue;
        const vertexCount = geo.pos.length / 3;
        const prim = doc
          .createPrimitive()
          .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(geo.pos)).setBuffer(buffer))
          .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(geo.nrm)).setBuffer(buffer))
          .setIndices(
            doc
              .createAccessor()
              .setType('SCALAR')
              .setArray(vertexCount > 65535 ? new Uint32Array(geo.idx) : new Uint16Array(geo.idx))
              .setBuffer(buffer),
          )
          .setMaterial(materials.get(id)!);
        mesh.addPrimitive(prim);
        triangles += geo.idx.length / 3;
      }
      // The named node sits at the equipment's base; quantize() puts its offset and scale on the child.
      const node: GltfNode = doc.createNode(part.name).setTranslation(part.origin);
      node.addChild(doc.createNode(`${part.name}-mesh`).setMesh(mesh));
      g.addChild(node);
    }
  }

  await MeshoptEncoder.ready;
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  await doc.transform(dedup(), weld(), prune(), reorder({ encoder: MeshoptEncoder, target: 'size' }), quantize());
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  const glb = await io.writeBinary(doc);
  await mkdir(dirname(OUT.model), { recursive: true });
  await writeFile(OUT.model, glb);
  return { triangles, bytes: glb.byteLength };
}

// ───────────────────────────── panorama ray tracer ─────────────────────────────

/** Materials as the tracer shades them. */
interface TraceMat {
  color: V3;
  metallic: number;
  roughness: number;
  glass: boolean;
  emissive: V3 | null;
}
export const TRACE_MATS: TraceMat[] = MAT_IDS.map((id) => {
  const s = MATERIALS[id];
  return { color: hexToLinear(s.color), metallic: s.metallic, roughness: s.roughness, glass: s.alpha !== undefined, emissive: s.emissive ? hexToLinear(s.emissive) : null };
});

const GLASS = new Uint8Array(TRACE_MATS.map((m) => (m.glass ? 1 : 0)));

/** Triangles in world space with a bounding volume hierarchy (binned SAH). */
export class Bvh {
  readonly n: number;
  private readonly v0: Float64Array;
  private readonly e1: Float64Array;
  private readonly e2: Float64Array;
  readonly nrm: Float64Array;
  readonly mat: Uint8Array;
  private bmin = new Float64Array(0);
  private bmax = new Float64Array(0);
  private left = new Int32Array(0);
  private first = new Int32Array(0);
  private count = new Int32Array(0);
  private axis = new Uint8Array(0);
  private nodes = 0;
  private readonly stack = new Int32Array(128);
  // results of the last query
  t = 0;
  u = 0;
  v = 0;

  constructor(groups: Group[], everything = false) {
    const pos: number[] = [];
    const nrm: number[] = [];
    const mat: number[] = [];
    for (const g of groups) {
      for (const part of g.parts) {
        if (!part.traced && !everything) continue;
        const o = part.origin;
        for (const [id, geo] of part.geos) {
          const mi = MAT_IDS.indexOf(id);
          for (let i = 0; i < geo.idx.length; i++) {
            const k = geo.idx[i]! * 3;
            pos.push(geo.pos[k]! + o[0], geo.pos[k + 1]! + o[1], geo.pos[k + 2]! + o[2]);
            nrm.push(geo.nrm[k]!, geo.nrm[k + 1]!, geo.nrm[k + 2]!);
            if (i % 3 === 0) mat.push(mi);
          }
        }
      }
    }
    const n = (this.n = mat.length);
    // build order
    const cen = new Float64Array(n * 3);
    const tmin = new Float64Array(n * 3);
    const tmax = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < 3; a++) {
        const p0 = pos[i * 9 + a]!;
        const p1 = pos[i * 9 + 3 + a]!;
        const p2 = pos[i * 9 + 6 + a]!;
        tmin[i * 3 + a] = Math.min(p0, p1, p2);
        tmax[i * 3 + a] = Math.max(p0, p1, p2);
        cen[i * 3 + a] = (p0 + p1 + p2) / 3;
      }
    }
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const maxNodes = 2 * n;
    this.bmin = new Float64Array(maxNodes * 3);
    this.bmax = new Float64Array(maxNodes * 3);
    this.left = new Int32Array(maxNodes).fill(-1);
    this.first = new Int32Array(maxNodes);
    this.count = new Int32Array(maxNodes);
    this.axis = new Uint8Array(maxNodes);
    this.nodes = 1;
    this.build(0, 0, n, order, cen, tmin, tmax);
    // store triangles in BVH order
    this.v0 = new Float64Array(n * 3);
    this.e1 = new Float64Array(n * 3);
    this.e2 = new Float64Array(n * 3);
    this.nrm = new Float64Array(n * 9);
    this.mat = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      for (let a = 0; a < 3; a++) {
        const p0 = pos[i * 9 + a]!;
        this.v0[j * 3 + a] = p0;
        this.e1[j * 3 + a] = pos[i * 9 + 3 + a]! - p0;
        this.e2[j * 3 + a] = pos[i * 9 + 6 + a]! - p0;
      }
      for (let k = 0; k < 9; k++) this.nrm[j * 9 + k] = nrm[i * 9 + k]!;
      this.mat[j] = mat[i]!;
    }
  }

  private build(node: number, s: number, e: number, order: Int32Array, cen: Float64Array, tmin: Float64Array, tmax: Float64Array): void {
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    const clo = [Infinity, Infinity, Infinity];
    const chi = [-Infinity, -Infinity, -Infinity];
    for (let j = s; j < e; j++) {
      const i = order[j]!;
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a]!, tmin[i * 3 + a]!);
        hi[a] = Math.max(hi[a]!, tmax[i * 3 + a]!);
        clo[a] = Math.min(clo[a]!, cen[i * 3 + a]!);
        chi[a] = Math.max(chi[a]!, cen[i * 3 + a]!);
      }
    }
    for (let a = 0; a < 3; a++) {
      this.bmin[node * 3 + a] = lo[a]!;
      this.bmax[node * 3 + a] = hi[a]!;
    }
    const count = e - s;
    const leaf = () => {
      this.first[node] = s;
      this.count[node] = count;
      this.left[node] = -1;
    };
    if (count <= 4) return leaf();
    const BINS = 16;
    const area = (x: number, y: number, z: number) => x * y + y * z + z * x;
    let bestCost = Infinity;
    let bestAxis = -1;
    let bestSplit = 0;
    const bc = new Int32Array(BINS);
    const blo = new Float64Array(BINS * 3);
    const bhi = new Float64Array(BINS * 3);
    for (let a = 0; a < 3; a++) {
      const ext = chi[a]! - clo[a]!;
      if (ext < 1e-9) continue;
      bc.fill(0);
      blo.fill(Infinity);
      bhi.fill(-Infinity);
      for (let j = s; j < e; j++) {
        const i = order[j]!;
        const b = Math.min(BINS - 1, Math.floor(((cen[i * 3 + a]! - clo[a]!) / ext) * BINS));
        bc[b]!++;
        for (let k = 0; k < 3; k++) {
          blo[b * 3 + k] = Math.min(blo[b * 3 + k]!, tmin[i * 3 + k]!);
          bhi[b * 3 + k] = Math.max(bhi[b * 3 + k]!, tmax[i * 3 + k]!);
        }
      }
      // sweep
      const leftArea = new Float64Array(BINS);
      const leftCount = new Int32Array(BINS);
      let l0 = Infinity, l1 = Infinity, l2 = Infinity, h0 = -Infinity, h1 = -Infinity, h2 = -Infinity;
      let c = 0;
      for (let b = 0; b < BINS; b++) {
        c += bc[b]!;
        l0 = Math.min(l0, blo[b * 3]!); l1 = Math.min(l1, blo[b * 3 + 1]!); l2 = Math.min(l2, blo[b * 3 + 2]!);
        h0 = Math.max(h0, bhi[b * 3]!); h1 = Math.max(h1, bhi[b * 3 + 1]!); h2 = Math.max(h2, bhi[b * 3 + 2]!);
        leftCount[b] = c;
        leftArea[b] = c > 0 ? area(h0 - l0, h1 - l1, h2 - l2) : 0;
      }
      l0 = l1 = l2 = Infinity;
      h0 = h1 = h2 = -Infinity;
      c = 0;
      for (let b = BINS - 1; b > 0; b--) {
        c += bc[b]!;
        l0 = Math.min(l0, blo[b * 3]!); l1 = Math.min(l1, blo[b * 3 + 1]!); l2 = Math.min(l2, blo[b * 3 + 2]!);
        h0 = Math.max(h0, bhi[b * 3]!); h1 = Math.max(h1, bhi[b * 3 + 1]!); h2 = Math.max(h2, bhi[b * 3 + 2]!);
        const nl = leftCount[b - 1]!;
        if (nl === 0 || c === 0) continue;
        const cost = nl * leftArea[b - 1]! + c * area(h0 - l0, h1 - l1, h2 - l2);
        if (cost < bestCost) {
          bestCost = cost;
          bestAxis = a;
          bestSplit = b;
        }
      }
    }
    const leafCost = count * area(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!);
    if (bestAxis < 0 || (bestCost >= leafCost && count <= 12)) {
      if (bestAxis < 0 && count > 12) {
        // all centroids coincide: split in the middle
        return this.split(node, s, (s + e) >> 1, e, 0, order, cen, tmin, tmax);
      }
      return leaf();
    }
    // partition
    const ext = chi[bestAxis]! - clo[bestAxis]!;
    let i = s;
    let j = e - 1;
    while (i <= j) {
      const t = order[i]!;
      const b = Math.min(BINS - 1, Math.floor(((cen[t * 3 + bestAxis]! - clo[bestAxis]!) / ext) * BINS));
      if (b < bestSplit) i++;
      else {
        order[i] = order[j]!;
        order[j] = t;
        j--;
      }
    }
    const mid = i === s || i === e ? (s + e) >> 1 : i;
    this.split(node, s, mid, e, bestAxis, order, cen, tmin, tmax);
  }

  private split(node: number, s: number, mid: number, e: number, axis: number, order: Int32Array, cen: Float64Array, tmin: Float64Array, tmax: Float64Array): void {
    const l = this.nodes;
    this.nodes += 2;
    this.left[node] = l;
    this.axis[node] = axis;
    this.build(l, s, mid, order, cen, tmin, tmax);
    this.build(l + 1, mid, e, order, cen, tmin, tmax);
  }

  /**
   * Nearest triangle hit along the ray within (tMin, tMax) or -1. With `shadow`,
   * returns the first opaque hit. Glass is skipped when `skipGlass`.
   */
  intersect(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, tMax: number, shadow: boolean, skipGlass: boolean): number {
    const { bmin, bmax, left, first, count, axis, v0, e1, e2, mat, stack } = this;
    const ix = 1 / (dx === 0 ? 1e-12 : dx);
    const iy = 1 / (dy === 0 ? 1e-12 : dy);
    const iz = 1 / (dz === 0 ? 1e-12 : dz);
    let best = tMax;
    let hit = -1;
    let bu = 0;
    let bv = 0;
    let sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      const nd = stack[--sp]!;
      const b = nd * 3;
      let t0 = (bmin[b]! - ox) * ix;
      let t1 = (bmax[b]! - ox) * ix;
      let tn = t0 < t1 ? t0 : t1;
      let tf = t0 < t1 ? t1 : t0;
      t0 = (bmin[b + 1]! - oy) * iy;
      t1 = (bmax[b + 1]! - oy) * iy;
      tn = Math.max(tn, t0 < t1 ? t0 : t1);
      tf = Math.min(tf, t0 < t1 ? t1 : t0);
      t0 = (bmin[b + 2]! - oz) * iz;
      t1 = (bmax[b + 2]! - oz) * iz;
      tn = Math.max(tn, t0 < t1 ? t0 : t1);
      tf = Math.min(tf, t0 < t1 ? t1 : t0);
      if (tn > tf || tf < 0 || tn > best) continue;
      const l = left[nd]!;
      if (l < 0) {
        const end = first[nd]! + count[nd]!;
        for (let k = first[nd]!; k < end; k++) {
          const q = k * 3;
          const e1x = e1[q]!, e1y = e1[q + 1]!, e1z = e1[q + 2]!;
          const e2x = e2[q]!, e2y = e2[q + 1]!, e2z = e2[q + 2]!;
          const px = dy * e2z - dz * e2y;
          const py = dz * e2x - dx * e2z;
          const pz = dx * e2y - dy * e2x;
          const det = e1x * px + e1y * py + e1z * pz;
          if (det > -1e-12 && det < 1e-12) continue;
          const inv = 1 / det;
          const tx = ox - v0[q]!, ty = oy - v0[q + 1]!, tz = oz - v0[q + 2]!;
          const u = (tx * px + ty * py + tz * pz) * inv;
          if (u < 0 || u > 1) continue;
          const qx = ty * e1z - tz * e1y;
          const qy = tz * e1x - tx * e1z;
          const qz = tx * e1y - ty * e1x;
          const v = (dx * qx + dy * qy + dz * qz) * inv;
          if (v < 0 || u + v > 1) continue;
          const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
          if (t > 1e-4 && t < best) {
            if (skipGlass && GLASS[mat[k]!] === 1) continue;
            best = t;
            hit = k;
            bu = u;
            bv = v;
            if (shadow) return hit;
          }
        }
      } else {
        const a = axis[nd]!;
        const dirPositive = (a === 0 ? dx : a === 1 ? dy : dz) > 0;
        if (dirPositive) {
          stack[sp++] = l + 1;
          stack[sp++] = l;
        } else {
          stack[sp++] = l;
          stack[sp++] = l + 1;
        }
      }
    }
    this.t = best;
    this.u = bu;
    this.v = bv;
    return hit;
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const smoothstep = (a: number, b: number, x: number) => {
  const t = clamp01((x - a) / (b - a));
  return t * t * (3 - 2 * t);
};
/** Deterministic integer hash → [0, 1). */
function hash2(ix: number, iz: number, seed: number): number {
  let h = (Math.imul(ix, 374761393) + Math.imul(iz, 668265263) + Math.imul(seed, 2246822519)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
function valueNoise(x: number, z: number, seed: number): number {
  const ix = Math.floor(x);
  const iz = Math.floor(z);
  const fx = x - ix;
  const fz = z - iz;
  const sx = fx * fx * (3 - 2 * fx);
  const sz = fz * fz * (3 - 2 * fz);
  const a = hash2(ix, iz, seed);
  const b = hash2(ix + 1, iz, seed);
  const c = hash2(ix, iz + 1, seed);
  const d = hash2(ix + 1, iz + 1, seed);
  return a + (b - a) * sx + (c - a) * sz + (a - b - c + d) * sx * sz;
}

/**
 * Contact shadows on the floor: soft darkening around where equipment stands,
 * as rounded rectangles [x0, z0, x1, z1, corner radius, strength, falloff (m)].
 */
const FOOTPRINTS: number[][] = (() => {
  const f: number[][] = [];
  const circle = (x: number, z: number, r: number, strength: number, falloff: number) => f.push([x, z, x, z, r, strength, falloff]);
  const rect = (x0: number, z0: number, x1: number, z1: number, strength: number, falloff: number) => f.push([x0, z0, x1, z1, 0, strength, falloff]);
  for (const [i, p] of POS.storage.entries()) circle(p[0], p[2], i === 2 ? 1.45 : 1.65, 0.55, 0.6);
  for (const p of POS.fermenters) circle(p[0], p[2], 1.1, 0.35, 1.0);
  circle(POS.reactor[0], POS.reactor[2], 0.9, 0.35, 0.9);
  circle(POS.hopper[0], POS.hopper[2], 0.9, 0.3, 0.9);
  circle(POS.steamExplosion[0] + 2.5, POS.steamExplosion[2], 0.7, 0.35, 0.8);
  rect(POS.steamExplosion[0] - 2.9, POS.steamExplosion[2] - 0.6, POS.steamExplosion[0] + 0.6, POS.steamExplosion[2] + 0.6, 0.25, 0.8);
  circle(POS.column[0], POS.column[2], 0.5, 0.5, 0.5);
  circle(POS.column[0] + 1.15, POS.column[2], 0.3, 0.35, 0.4);
  for (const p of POS.pumps) rect(p[0] - 0.8, p[2] - 0.33, p[0] + 0.85, p[2] + 0.33, 0.45, 0.35);
  for (const dx of [-1.3, 1.3]) rect(POS.heatExchanger[0] + dx - 0.2, POS.heatExchanger[2] - 0.38, POS.heatExchanger[0] + dx + 0.2, POS.heatExchanger[2] + 0.38, 0.4, 0.35);
  rect(POS.heatExchanger[0] - 2.4, POS.heatExchanger[2] - 0.2, POS.heatExchanger[0] + 2.2, POS.heatExchanger[2] + 0.2, 0.2, 0.6);
  rect(POS.controlRoom[0] - 3.6, POS.controlRoom[2] - 2.6, POS.controlRoom[0] + 3.6, POS.controlRoom[2] + 2.6, 0.5, 0.5);
  rect(POS.ibc[0] - 1.5, POS.ibc[2] - 1.0, POS.ibc[0] + 1.9, POS.ibc[2] + 1.4, 0.45, 0.4);
  rect(PLATFORM.x0, PLATFORM.z0, PLATFORM.x1, PLATFORM.z1, 0.25, 1.0);
  for (const x of RACK.xs) for (const z of [RACK.z0, RACK.z1]) circle(x, z, 0.3, 0.3, 0.25);
  return f;
})();

const FOOT = new Float64Array(FOOTPRINTS.flat());

/** How much ambient light reaches the floor at (x, z). */
function floorOcclusion(x: number, z: number): number {
  let ao = 1;
  const f = FOOT;
  for (let i = 0; i < f.length; i += 7) {
    const falloff = f[i + 6]!;
    const reach = f[i + 4]! + 4 * falloff;
    const dx = Math.max(f[i]! - x, 0, x - f[i + 2]!);
    if (dx > reach) continue;
    const dz = Math.max(f[i + 1]! - z, 0, z - f[i + 3]!);
    if (dz > reach) continue;
    const d = Math.sqrt(dx * dx + dz * dz) - f[i + 4]!;
    ao *= d <= 0 ? 1 - f[i + 5]! : 1 - f[i + 5]! * Math.exp(-d / falloff);
  }
  const wall = Math.min(x - HALL.x0, HALL.x1 - x, z - HALL.z0, HALL.z1 - z);
  return ao * (1 - 0.3 * Math.exp(-wall / 0.5));
}

/** Sealed-concrete floor: brightness around `base`, mottled by two octaves of value noise. */
const concreteMottle = (x: number, z: number, base: number, coarse: number, fine: number) =>
  base + coarse * valueNoise(x * 0.3, z * 0.3, 1) + fine * valueNoise(x * 1.7, z * 1.7, 2);
/** Whether (x, z) lies within `width` of a saw-cut floor joint (every 6 m in x and z). */
function onFloorJoint(x: number, z: number, width: number): boolean {
  const jx = Math.abs(x / 6 - Math.round(x / 6)) * 6;
  const jz = Math.abs(z / 6 - Math.round(z / 6)) * 6;
  return jx < width || jz < width;
}
/** Phong exponent for a material roughness. */
const phongExponent = (roughness: number) => 2 / Math.max(0.02, roughness * roughness) + 2;
/** Schlick's Fresnel term for dielectrics (F0 = 0.04); dn = cos of the angle between ray and normal (≤ 0). */
const schlick = (dn: number) => 0.04 + 0.96 * Math.pow(1 + dn, 5);

/** Where a ray meets a triangle: the interpolated normal, turned to face the ray, and the mirror direction. */
class ShadingFrame {
  nx = 0;
  ny = 0;
  nz = 0;
  /** Dot product of the ray direction and the normal (≤ 0). */
  dn = 0;
  rx = 0;
  ry = 0;
  rz = 0;

  /** Sets the frame for triangle `tri` at the barycentrics of the BVH's last hit, seen along (dx, dy, dz). */
  at(bvh: Bvh, tri: number, dx: number, dy: number, dz: number): void {
    const u = bvh.u;
    const v = bvh.v;
    const w = 1 - u - v;
    const q = tri * 9;
    const N = bvh.nrm;
    let nx = N[q]! * w + N[q + 3]! * u + N[q + 6]! * v;
    let ny = N[q + 1]! * w + N[q + 4]! * u + N[q + 7]! * v;
    let nz = N[q + 2]! * w + N[q + 5]! * u + N[q + 8]! * v;
    const nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    nx /= nl;
    ny /= nl;
    nz /= nl;
    let dn = nx * dx + ny * dy + nz * dz;
    if (dn > 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
      dn = -dn;
    }
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.dn = dn;
    this.rx = dx - 2 * dn * nx;
    this.ry = dy - 2 * dn * ny;
    this.rz = dz - 2 * dn * nz;
  }
}

/** What differs between the tracers in the parts they share: emission, glass layers, the material response. */
interface TracerLook {
  /** Gain on emissive colours (the lamp diffusers). */
  emissiveGain: number;
  /** Glass: share of glassRadiance() reflected per channel, share of the throughput passed on, tint = tintBase + tintScale · glass colour. */
  glassReflect: V3;
  glassPass: number;
  glassTintBase: number;
  glassTintScale: number;
  /** Material response: diffuse lost per unit metallic, weight of the environment on metal, of the environment and the specular on dielectrics. */
  metalDiffuseLoss: number;
  metalEnv: number;
  dielectricEnv: number;
  dielectricSpec: number;
}

/**
 * Traces a ray through the scene: on through glass (each pane reflecting a
 * little and tinting what lies behind; four layers at most) to an opaque
 * surface or to whatever lies past the triangles. The two tracers below light
 * the surfaces and shade the misses each in their own way.
 */
abstract class SceneTracer {
  private readonly rgb: V3 = [0, 0, 0];
  protected readonly frame = new ShadingFrame();

  constructor(
    protected readonly bvh: Bvh,
    private readonly look: TracerLook,
  ) {}

  /** How far along the ray to look for triangles; a ray that meets none there is given to shadeMiss. */
  protected abstract reach(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number;
  /** Radiance along a ray that meets no triangle before reach() = t. */
  protected abstract shadeMiss(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, t: number, out: V3): void;
  /** Radiance that glass reflects into a ray with direction y component dy, channel k. */
  protected abstract glassRadiance(dy: number, k: number): number;
  /** Radiance of the opaque, non-emissive material m (index mi) at P; this.frame holds the normal and mirror direction. */
  protected abstract shadeMaterial(m: TraceMat, mi: number, px: number, py: number, pz: number, out: V3): void;
  /** Last touch on the radiance in out; firstT is the distance to the first thing the ray met. */
  protected finish(_out: V3, _firstT: number): void {}

  /** Whether a shadow ray from P (lifted by `offset` along N) in direction L is blocked within tMax. */
  protected blocked(px: number, py: number, pz: number, nx: number, ny: number, nz: number, offset: number, lx: number, ly: number, lz: number, tMax: number): boolean {
    return this.bvh.intersect(px + nx * offset, py + ny * offset, pz + nz * offset, lx, ly, lz, tMax, true, true) >= 0;
  }

  /** Diffuse + metal + dielectric response of one channel of colour c. */
  protected response(c: number, metallic: number, light: number, env: number, spec: number, fresnel: number): number {
    const look = this.look;
    const diffuse = c * light * (1 - metallic * look.metalDiffuseLoss);
    const metal = metallic * c * (env * look.metalEnv + spec);
    const dielectric = (1 - metallic) * (fresnel * env * look.dielectricEnv + spec * look.dielectricSpec);
    return diffuse + metal + dielectric;
  }

  private shadeSurface(tri: number, px: number, py: number, pz: number, dx: number, dy: number, dz: number, out: V3): void {
    const mi = this.bvh.mat[tri]!;
    const m = TRACE_MATS[mi]!;
    if (m.emissive) {
      const gain = this.look.emissiveGain;
      out[0] = m.emissive[0] * gain;
      out[1] = m.emissive[1] * gain;
      out[2] = m.emissive[2] * gain;
      return;
    }
    this.frame.at(this.bvh, tri, dx, dy, dz);
    this.shadeMaterial(m, mi, px, py, pz, out);
  }

  /** Radiance along a ray. */
  trace(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): V3 {
    const out = this.rgb;
    const look = this.look;
    let thr = 1;
    let acc0 = 0, acc1 = 0, acc2 = 0;
    let tint0 = 1, tint1 = 1, tint2 = 1;
    let firstT = -1;
    for (let layer = 0; layer < 4; layer++) {
      const tMax = this.reach(ox, oy, oz, dx, dy, dz);
      const tri = this.bvh.intersect(ox, oy, oz, dx, dy, dz, tMax, false, false);
      const t = tri >= 0 ? this.bvh.t : tMax;
      if (firstT < 0) firstT = t;
      if (tri < 0) {
        this.shadeMiss(ox, oy, oz, dx, dy, dz, t, out);
      } else {
        const px = ox + dx * t, py = oy + dy * t, pz = oz + dz * t;
        const g = TRACE_MATS[this.bvh.mat[tri]!]!;
        if (g.glass) {
          // glass: a faint reflection, then on through it with a tint
          const r = look.glassReflect;
          acc0 += thr * r[0] * tint0 * this.glassRadiance(dy, 0);
          acc1 += thr * r[1] * tint1 * this.glassRadiance(dy, 1);
          acc2 += thr * r[2] * tint2 * this.glassRadiance(dy, 2);
          thr *= look.glassPass;
          tint0 *= look.glassTintBase + look.glassTintScale * g.color[0];
          tint1 *= look.glassTintBase + look.glassTintScale * g.color[1];
          tint2 *= look.glassTintBase + look.glassTintScale * g.color[2];
          ox = px + dx * 1e-3;
          oy = py + dy * 1e-3;
          oz = pz + dz * 1e-3;
          continue;
        }
        this.shadeSurface(tri, px, py, pz, dx, dy, dz, out);
      }
      acc0 += thr * tint0 * out[0];
      acc1 += thr * tint1 * out[1];
      acc2 += thr * tint2 * out[2];
      break;
    }
    out[0] = acc0;
    out[1] = acc1;
    out[2] = acc2;
    this.finish(out, firstT);
    return out;
  }
}

const LAMP_POWER = 16;
/** Light points just below the lamps' diffusers, flattened for the shading loops. */
const LIGHTS = new Float64Array(LAMPS.flatMap((L) => [L[0], L[1] - 0.12, L[2]]));

/** The closed hall around a panorama standpoint, lit by its lamps. */
class Tracer extends SceneTracer {
  /** Which face of the hall box the current ray leaves through (see shadeRoom). */
  private face = 0;

  constructor(bvh: Bvh) {
    super(bvh, { emissiveGain: 6, glassReflect: [0.06, 0.07, 0.08], glassPass: 0.82, glassTintBase: 0.6, glassTintScale: 0.4, metalDiffuseLoss: 0.8, metalEnv: 0.9, dielectricEnv: 0.5, dielectricSpec: 0.06 });
  }

  /** Direct light from the hall lamps at P with normal N; one shadow ray towards the strongest lamp. */
  private lighting(px: number, py: number, pz: number, nx: number, ny: number, nz: number, shadows: boolean): number {
    const lights = LIGHTS;
    let sum = 0;
    let strongest = -1;
    let strongestValue = 0;
    for (let i = 0; i < lights.length; i += 3) {
      const lx = lights[i]! - px, ly = lights[i + 1]! - py, lz = lights[i + 2]! - pz;
      const d2 = lx * lx + ly * ly + lz * lz;
      const dot = nx * lx + ny * ly + nz * lz;
      if (dot <= 0) continue;
      const d = Math.sqrt(d2);
      // lamps throw light downwards (reflector): fade out towards the horizontal
      const down = clamp01((-ly / d) * 1.6 + 0.2);
      const c = (LAMP_POWER * (dot / d) * down) / (d2 + 4);
      sum += c;
      if (c > strongestValue) {
        strongestValue = c;
        strongest = i;
      }
    }
    if (shadows && strongest >= 0) {
      const lx = lights[strongest]! - px, ly = lights[strongest + 1]! - py, lz = lights[strongest + 2]! - pz;
      const d = Math.sqrt(lx * lx + ly * ly + lz * lz);
      if (this.blocked(px, py, pz, nx, ny, nz, 0.002, lx / d, ly / d, lz / d, d - 0.2)) {
        sum -= strongestValue * 0.8;
        sum *= 0.8;
      }
    }
    const ambient = 0.2 + 0.1 * ny;
    return sum + ambient;
  }

  private lampSpecular(px: number, py: number, pz: number, rx: number, ry: number, rz: number, shininess: number): number {
    const lights = LIGHTS;
    let s = 0;
    for (let i = 0; i < lights.length; i += 3) {
      const lx = lights[i]! - px, ly = lights[i + 1]! - py, lz = lights[i + 2]! - pz;
      const proj = rx * lx + ry * ly + rz * lz;
      if (proj <= 0) continue;
      const d2 = lx * lx + ly * ly + lz * lz;
      const c2 = (proj * proj) / d2;
      if (c2 > 0.81) s += Math.pow(c2, shininess / 2) / (1 + d2 * 0.02);
    }
    return s;
  }

  /** A blurred picture of the hall for metal reflections. */
  private environment(ry: number): number {
    const floor = 0.18;
    const wall = 0.45;
    const ceil = 0.55;
    let e = ry < 0 ? wall + (floor - wall) * smoothstep(0, -0.45, ry) : wall + (ceil - wall) * smoothstep(0.1, 0.7, ry);
    e += 0.9 * smoothstep(0.05, 0.14, ry) * (1 - smoothstep(0.22, 0.34, ry)); // window band
    return e;
  }

  protected shadeMaterial(m: TraceMat, _mi: number, px: number, py: number, pz: number, out: V3): void {
    const { nx, ny, nz, dn, rx, ry, rz } = this.frame;
    const light = this.lighting(px, py, pz, nx, ny, nz, true);
    const shininess = phongExponent(m.roughness);
    const spec = this.lampSpecular(px, py, pz, rx, ry, rz, shininess) * (1 - m.roughness) * 1.5;
    const fresnel = schlick(dn);
    const env = this.environment(ry);
    for (let k = 0; k < 3; k++) out[k] = this.response(m.color[k]!, m.metallic, light, env, spec, fresnel);
  }

  /** The ray leaves the hall box where it meets the floor, the roof or a wall. */
  protected reach(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
    const tx = dx > 0 ? (HALL.x1 - ox) / dx : dx < 0 ? (HALL.x0 - ox) / dx : Infinity;
    const ty = dy > 0 ? (HALL.height - oy) / dy : dy < 0 ? -oy / dy : Infinity;
    const tz = dz > 0 ? (HALL.z1 - oz) / dz : dz < 0 ? (HALL.z0 - oz) / dz : Infinity;
    let tRoom = ty;
    let face = dy > 0 ? 1 : 0;
    if (tx < tRoom) {
      tRoom = tx;
      face = dx > 0 ? 3 : 2;
    }
    if (tz < tRoom) {
      tRoom = tz;
      face = dz > 0 ? 5 : 4;
    }
    this.face = face;
    return tRoom;
  }

  protected shadeMiss(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, t: number, out: V3): void {
    this.shadeRoom(ox + dx * t, oy + dy * t, oz + dz * t, dx, dy, dz, this.face, t, out);
  }

  /** The glass panes reflect a grey hall. */
  protected glassRadiance(): number {
    return 1;
  }

  /** A little haze in the hall air. */
  protected override finish(out: V3, firstT: number): void {
    const haze = 1 - Math.exp(-Math.max(0, firstT) / 160);
    out[0] = out[0] + (0.5 - out[0]) * haze;
    out[1] = out[1] + (0.52 - out[1]) * haze;
    out[2] = out[2] + (0.56 - out[2]) * haze;
  }

  /** The closed hall around the standpoint: floor, walls with window bands, roof with skylights. */
  private shadeRoom(px: number, py: number, pz: number, dx: number, dy: number, dz: number, face: number, t: number, out: V3): void {
    const fade = clamp01(1 - t / 30);
    if (face === 0) {
      // floor: epoxy-sealed concrete
      let c = 0.21 * concreteMottle(px, pz, 0.84, 0.22, 0.1);
      if (onFloorJoint(px, pz, 0.012)) c *= 1 - 0.35 * fade;
      const light = this.lighting(px, py, pz, 0, 1, 0, true) * floorOcclusion(px, pz);
      const spec = this.lampSpecular(px, py, pz, dx, -dy, dz, 40) * 0.12;
      out[0] = c * light + spec;
      out[1] = c * light + spec;
      out[2] = c * 0.96 * light + spec;
      return;
    }
    if (face === 1) {
      // roof: profiled steel sheet, skylight strips
      for (const [z0, z1] of SKYLIGHTS) {
        if (pz > z0 && pz < z1 && Math.abs(px) < 18) {
          const bar = Math.abs(px / 2 - Math.round(px / 2)) * 2 < 0.05;
          const s = bar ? 0.3 : 1.5;
          out[0] = s * 0.85;
          out[1] = s * 0.9;
          out[2] = s * 0.98;
          return;
        }
      }
      const rib = Math.abs(pz / 0.3 - Math.round(pz / 0.3)) < 0.25 ? 1 - 0.2 * fade : 1;
      const c = 0.2 * rib;
      out[0] = c;
      out[1] = c * 1.02;
      out[2] = c * 1.06;
      return;
    }
    // walls: face 2 = west (x0), 3 = east (x1), 4 = north (z0), 5 = south (z1)
    const u = face <= 3 ? pz : px;
    const nx = face === 2 ? 1 : face === 3 ? -1 : 0;
    const nz = face === 4 ? 1 : face === 5 ? -1 : 0;
    if (face === 5 && px > DOOR.x0 && px < DOOR.x1 && py < DOOR.height) {
      // roller door
      const rib = Math.abs(py / 0.12 - Math.round(py / 0.12)) < 0.15 ? 0.75 : 1;
      const c = 0.18 * rib;
      const light = this.lighting(px, py, pz, nx, 0, nz, false);
      out[0] = c * 0.85 * light;
      out[1] = c * 0.95 * light;
      out[2] = c * 1.1 * light;
      return;
    }
    if (py > HALL.win0 && py < HALL.win1) {
      const m = Math.abs(u / HALL.mullion - Math.round(u / HALL.mullion)) * HALL.mullion;
      const mid = (HALL.win0 + HALL.win1) / 2;
      if (m < 0.06 || Math.abs(py - mid) < 0.04 || py < HALL.win0 + 0.06 || py > HALL.win1 - 0.06) {
        out[0] = 0.06;
        out[1] = 0.065;
        out[2] = 0.075;
        return;
      }
      // overcast Nordic sky with a hint of forest at the bottom of the pane
      const s = (py - HALL.win0) / (HALL.win1 - HALL.win0);
      const forest = py < HALL.win0 + 0.5 + 0.25 * valueNoise(u * 1.3, 0, 7) ? 1 : 0;
      if (forest) {
        out[0] = 0.05;
        out[1] = 0.09;
        out[2] = 0.06;
        return;
      }
      out[0] = 1.0 + 0.3 * s;
      out[1] = 1.1 + 0.3 * s;
      out[2] = 1.25 + 0.3 * s;
      return;
    }
    let c: number;
    if (py < HALL.plinth) c = 0.2 * (0.9 + 0.15 * valueNoise(u * 0.8, py * 0.8, 3));
    else {
      const seam = Math.abs(u - Math.round(u)) < 0.01;
      c = seam ? 0.62 - 0.25 * fade : 0.62;
    }
    const light = this.lighting(px, py, pz, nx, 0, nz, false);
    out[0] = c * light;
    out[1] = c * 1.01 * light;
    out[2] = c * 1.03 * light;
  }
}

/** Linear radiance → 8-bit sRGB after a soft exposure curve. */
const TONE_STEPS = 4096;
const TONE_MAX = 4;
const TONE_LUT = (() => {
  const lut = new Uint8Array(TONE_STEPS + 1);
  for (let i = 0; i <= TONE_STEPS; i++) {
    const x = (i / TONE_STEPS) * TONE_MAX;
    const mapped = 1 - Math.exp(-x * 1.9);
    const s = mapped <= 0.0031308 ? 12.92 * mapped : 1.055 * mapped ** (1 / 2.4) - 0.055;
    lut[i] = Math.round(clamp01(s) * 255);
  }
  return lut;
})();
const tone = (x: number) => TONE_LUT[Math.round(clamp01(x / TONE_MAX) * TONE_STEPS)]!;

/** Encodes 8-bit RGB pixels as a JPEG and writes it to dir/file; returns its size. */
async function writeJpeg(data: Uint8Array, width: number, height: number, quality: number, dir: string, file: string): Promise<number> {
  const jpeg = await sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), jpeg);
  return jpeg.byteLength;
}

interface PanoramaSpec {
  id: string;
  file: string;
  standpoint: V3;
}

async function renderPanorama(bvh: Bvh, spec: PanoramaSpec): Promise<number> {
  const tracer = new Tracer(bvh);
  const data = new Uint8Array(PANO_W * PANO_H * 3);
  const sinYaw = new Float64Array(PANO_W);
  const cosYaw = new Float64Array(PANO_W);
  for (let i = 0; i < PANO_W; i++) {
    const yaw = (-180 + ((i + 0.5) / PANO_W) * 360) * DEG;
    sinYaw[i] = Math.sin(yaw);
    cosYaw[i] = Math.cos(yaw);
  }
  const [ox, oy, oz] = spec.standpoint;
  for (let j = 0; j < PANO_H; j++) {
    const pitch = (90 - ((j + 0.5) / PANO_H) * 180) * DEG;
    const cp = Math.cos(pitch);
    const sp = Math.sin(pitch);
    let o = j * PANO_W * 3;
    for (let i = 0; i < PANO_W; i++) {
      const c = tracer.trace(ox, oy, oz, sinYaw[i]! * cp, sp, -cosYaw[i]! * cp);
      data[o++] = tone(c[0]);
      data[o++] = tone(c[1]);
      data[o++] = tone(c[2]);
    }
  }
  return writeJpeg(data, PANO_W, PANO_H, 80, OUT.panoramas, spec.file);
}

// ───────────────────────────── model thumbnail ─────────────────────────────

/** Start camera of the model scene "hall" (written to tour.json and used for its thumbnail). fov is vertical, as in three.js. */
const HALL_CAMERA = { position: [30, 24, 32] as V3, target: [0, 2, -1] as V3, fov: 50 };
const THUMB = { file: 'hall.jpg', width: 1200, height: 630, maxBytes: 200 * 1024 };

/** Daylight for the cut-away model, matching the viewer's key light direction (src/viewer/model/Lighting.tsx). */
const SUN = norm([0.6, 1.2, 0.4]);
const SUN_RGB: V3 = [1.3, 1.24, 1.13];
const FILL = norm([-0.8, 0.5, -0.6]);
const FILL_I = 0.12;
/** Hemisphere fill: sky above, warm ground bounce below (cf. the viewer's hemisphere light). */
const SKY_RGB: V3 = [0.25, 0.31, 0.41];
const GROUND_RGB: V3 = [0.12, 0.105, 0.09];
/** Background, top to bottom of the frame (linear). */
const BG_TOP = hexToLinear('#8fb2d4');
const BG_BOTTOM = hexToLinear('#e9eef2');
/** Ambient occlusion: rays per pixel sample and their reach (m). */
const AO_RAYS = 3;
const AO_REACH = 5;
/** 4 rotated-grid subpixel offsets. */
const AA = [
  [-1 / 8, -3 / 8],
  [3 / 8, -1 / 8],
  [1 / 8, 3 / 8],
  [-3 / 8, 1 / 8],
] as const;
const CONCRETE = MAT_IDS.indexOf('concrete');
/** Level of the ground around the slab (underside of the floor slab). */
const GROUND_Y = -0.3;

/** Van der Corput radical inverse in base 2. */
function radicalInverse(i: number): number {
  let bits = i >>> 0;
  bits = ((bits << 16) | (bits >>> 16)) >>> 0;
  bits = (((bits & 0x55555555) << 1) | ((bits & 0xaaaaaaaa) >>> 1)) >>> 0;
  bits = (((bits & 0x33333333) << 2) | ((bits & 0xcccccccc) >>> 2)) >>> 0;
  bits = (((bits & 0x0f0f0f0f) << 4) | ((bits & 0xf0f0f0f0) >>> 4)) >>> 0;
  bits = (((bits & 0x00ff00ff) << 8) | ((bits & 0xff00ff00) >>> 8)) >>> 0;
  return bits / 4294967296;
}

/**
 * The open model (no roof, low east and south walls) seen from outside in
 * daylight: a sun with shadows, sky fill with ray-traced ambient occlusion,
 * analytic sky reflections on metal, and a soft shadow catcher on the ground
 * around the slab; the background is a sky gradient.
 */
class DaylightTracer extends SceneTracer {
  /** Cranley–Patterson rotation of the AO pattern for the current pixel. */
  private rot0 = 0;
  private rot1 = 0;
  /** Which AO strata the current pixel sample uses. */
  private stratum = 0;
  /** Vertical position in the frame (0 top, 1 bottom) of the current pixel, for the background. */
  private v = 0;
  private readonly hammersley: Float64Array;

  constructor(bvh: Bvh) {
    super(bvh, { emissiveGain: 2, glassReflect: [0.1, 0.1, 0.1], glassPass: 0.8, glassTintBase: 0.55, glassTintScale: 0.45, metalDiffuseLoss: 0.75, metalEnv: 0.8, dielectricEnv: 0.35, dielectricSpec: 0.04 });
    const n = AA.length * AO_RAYS;
    this.hammersley = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      this.hammersley[i * 2] = (i + 0.5) / n;
      this.hammersley[i * 2 + 1] = radicalInverse(i);
    }
  }

  setPixel(i: number, j: number, v: number): void {
    this.rot0 = hash2(i, j, 11);
    this.rot1 = hash2(i, j, 12);
    this.v = v;
  }

  setSample(s: number): void {
    this.stratum = s * AO_RAYS;
  }

  private background(k: number): number {
    const t = smoothstep(0, 1, this.v);
    return BG_TOP[k]! + (BG_BOTTOM[k]! - BG_TOP[k]!) * t;
  }

  /** Sky (ry > 0) and ground (ry < 0) as metal and glass reflect them. */
  private environment(ry: number, k: number): number {
    if (ry >= 0) {
      const t = smoothstep(0, 0.8, ry);
      const horizon = [0.95, 1.0, 1.05][k]!;
      const zenith = [0.45, 0.62, 0.9][k]!;
      return horizon + (zenith - horizon) * t;
    }
    return [0.26, 0.25, 0.23][k]! * (1 - 0.3 * smoothstep(0, -0.6, ry));
  }

  /** Fraction of the sky hemisphere above P (normal N) that is open, from AO_RAYS cosine-weighted rays. */
  private openness(px: number, py: number, pz: number, nx: number, ny: number, nz: number): number {
    // tangent frame around N
    const ax = Math.abs(nx) > 0.9 ? 0 : 1;
    const ay = Math.abs(nx) > 0.9 ? 1 : 0;
    // t = normalize(cross(a, n)) with a = (ax, ay, 0)
    let tx = ay * nz;
    let ty = -ax * nz;
    let tz = ax * ny - ay * nx;
    const tl = Math.sqrt(tx * tx + ty * ty + tz * tz) || 1;
    tx /= tl;
    ty /= tl;
    tz /= tl;
    const bx = ny * tz - nz * ty;
    const by = nz * tx - nx * tz;
    const bz = nx * ty - ny * tx;
    const o = 0.003;
    const ox = px + nx * o, oy = py + ny * o, oz = pz + nz * o;
    let open = 0;
    for (let r = 0; r < AO_RAYS; r++) {
      const q = (this.stratum + r) * 2;
      let u1 = this.hammersley[q]! + this.rot0;
      let u2 = this.hammersley[q + 1]! + this.rot1;
      if (u1 >= 1) u1 -= 1;
      if (u2 >= 1) u2 -= 1;
      const rr = Math.sqrt(u1);
      const phi = 2 * Math.PI * u2;
      const lx = rr * Math.cos(phi);
      const ly = rr * Math.sin(phi);
      const lz = Math.sqrt(1 - u1);
      const dx = tx * lx + bx * ly + nx * lz;
      const dy = ty * lx + by * ly + ny * lz;
      const dz = tz * lx + bz * ly + nz * lz;
      if (this.bvh.intersect(ox, oy, oz, dx, dy, dz, AO_REACH, true, true) < 0) open += 1;
      else open += 0.18; // light bounced off the occluder
    }
    return open / AO_RAYS;
  }

  private sunVisible(px: number, py: number, pz: number, nx: number, ny: number, nz: number): boolean {
    return !this.blocked(px, py, pz, nx, ny, nz, 0.003, SUN[0], SUN[1], SUN[2], 200);
  }

  protected shadeMaterial(m: TraceMat, mi: number, px: number, py: number, pz: number, out: V3): void {
    const { nx, ny, nz, dn, rx, ry, rz } = this.frame;
    // the hall floor: sealed concrete with some mottling and saw-cut joints every 6 m
    let tex = 1;
    if (mi === CONCRETE && ny > 0.9 && py > -0.01 && py < 0.01) {
      tex = concreteMottle(px, pz, 0.86, 0.2, 0.08);
      if (onFloorJoint(px, pz, 0.02)) tex *= 0.72;
    }
    const ndl = nx * SUN[0] + ny * SUN[1] + nz * SUN[2];
    const sun = ndl > 0 && this.sunVisible(px, py, pz, nx, ny, nz) ? ndl : 0;
    const fill = Math.max(0, nx * FILL[0] + ny * FILL[1] + nz * FILL[2]) * FILL_I;
    const open = this.openness(px, py, pz, nx, ny, nz);
    const hemi = 0.5 + 0.5 * ny;
    const shininess = phongExponent(m.roughness);
    let spec = 0;
    if (sun > 0) {
      const rs = rx * SUN[0] + ry * SUN[1] + rz * SUN[2];
      if (rs > 0) spec = Math.pow(rs, shininess) * ((shininess + 2) / (2 * Math.PI)) * ndl * 0.25;
    }
    const fresnel = schlick(dn);
    for (let k = 0; k < 3; k++) {
      const ambient = (GROUND_RGB[k]! + (SKY_RGB[k]! - GROUND_RGB[k]!) * hemi) * open;
      const light = SUN_RGB[k]! * sun + ambient + fill;
      const env = this.environment(ry, k) * (0.35 + 0.65 * open);
      out[k] = this.response(m.color[k]! * tex, m.metallic, light, env, spec * SUN_RGB[k]!, fresnel);
    }
  }

  /** Nothing encloses the open model: look for triangles all along the ray. */
  protected reach(): number {
    return 1e4;
  }

  /** What is seen past the model: the ground around the slab (a shadow catcher, darkened near the hall and in shadow) over the sky gradient. */
  protected shadeMiss(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, _t: number, out: V3): void {
    let shade = 1;
    if (dy < 0) {
      const t = (GROUND_Y - oy) / dy;
      const gx = ox + dx * t;
      const gz = oz + dz * t;
      const ex = Math.max(HALL.x0 - HALL.wall - gx, 0, gx - HALL.x1 - HALL.wall);
      const ez = Math.max(HALL.z0 - HALL.wall - gz, 0, gz - HALL.z1 - HALL.wall);
      const d = Math.sqrt(ex * ex + ez * ez);
      if (d < 40) {
        shade = 1 - 0.35 * Math.exp(-d / 2.5);
        if (this.bvh.intersect(gx, GROUND_Y + 1e-3, gz, SUN[0], SUN[1], SUN[2], 200, true, true) >= 0) shade *= 1 - 0.3 * Math.exp(-d / 25);
      }
    }
    out[0] = this.background(0) * shade;
    out[1] = this.background(1) * shade;
    out[2] = this.background(2) * shade;
  }

  /** Glass reflects the sky. */
  protected glassRadiance(dy: number, k: number): number {
    return this.environment(-dy, k);
  }
}

/** Renders the model scene from its start camera to public/tours/processum/hall.jpg; returns the JPEG's size. */
export async function renderModelThumbnail(groups: Group[]): Promise<number> {
  const bvh = new Bvh(groups, true); // the whole model, floor and walls included
  const tracer = new DaylightTracer(bvh);
  const W = THUMB.width;
  const H = THUMB.height;
  const eye = HALL_CAMERA.position;
  const fwd = norm(sub(HALL_CAMERA.target, eye));
  const right = norm(cross(fwd, UP));
  const up = cross(right, fwd);
  const th = Math.tan((HALL_CAMERA.fov * DEG) / 2);
  const tw = th * (W / H);
  const data = new Uint8Array(W * H * 3);
  let o = 0;
  for (let j = 0; j < H; j++) {
    for (let i = 0; i < W; i++) {
      tracer.setPixel(i, j, (j + 0.5) / H);
      let r = 0, g = 0, b = 0;
      for (let s = 0; s < AA.length; s++) {
        tracer.setSample(s);
        const sx = (((i + 0.5 + AA[s]![0]) / W) * 2 - 1) * tw;
        const sy = (1 - ((j + 0.5 + AA[s]![1]) / H) * 2) * th;
        let dx = fwd[0] + right[0] * sx + up[0] * sy;
        let dy = fwd[1] + right[1] * sx + up[1] * sy;
        let dz = fwd[2] + right[2] * sx + up[2] * sy;
        const l = Math.sqrt(dx * dx + dy * dy + dz * dz);
        dx /= l;
        dy /= l;
        dz /= l;
        const c = tracer.trace(eye[0], eye[1], eye[2], dx, dy, dz);
        // average after the tone curve: clean edges against the bright sky
        r += tone(c[0]);
        g += tone(c[1]);
        b += tone(c[2]);
      }
      data[o++] = Math.round(r / AA.length);
      data[o++] = Math.round(g / AA.length);
      data[o++] = Math.round(b / AA.length);
    }
  }
  return writeJpeg(data, W, H, 82, OUT.tourDir, THUMB.file);
}

// ───────────────────────────── the tour manifest ─────────────────────────────

type T3 = { en: string; sv: string; fi: string };
const t3 = (en: string, sv: string, fi: string): T3 => ({ en, sv, fi });

/** Yaw/pitch (degrees) from a panorama standpoint towards a point in the model. */
function lookAt(from: V3, to: V3): { yaw: number; pitch: number } {
  const d = sub(to, from);
  return {
    yaw: round(Math.atan2(d[0], -d[2]) / DEG, 1),
    pitch: round(Math.atan2(d[1], Math.hypot(d[0], d[2])) / DEG, 1),
  };
}
const v3 = (p: V3): V3 => [round(p[0], 2), round(p[1], 2), round(p[2], 2)];

const PANORAMAS: PanoramaSpec[] = [
  { id: 'pretreatment', file: 'processum-pretreatment.jpg', standpoint: [-5.5, 1.6, -2.0] },
  { id: 'process-floor', file: 'processum-process-floor.jpg', standpoint: [2.0, 1.6, 8.5] },
];

/** What each piece of equipment is, in three languages. */
const TEXT = {
  reactor: {
    title: t3('Pretreatment reactor', 'Förbehandlingsreaktor', 'Esikäsittelyreaktori'),
    body: t3(
      'Wood chips, sawdust or straw are first impregnated with a catalyst, often a dilute acid, and heated with steam in this pressurised vessel. Pretreatment opens up the tight structure of **lignocellulose**: the hemicellulose dissolves and the cellulose becomes accessible to enzymes. Temperature, residence time and catalyst dose are the main settings a pilot trial varies.',
      'Flis, sågspån eller halm impregneras först med en katalysator, ofta en utspädd syra, och värms med ånga i det här trycksatta kärlet. Förbehandlingen öppnar den täta strukturen i **lignocellulosa**: hemicellulosan löses upp och cellulosan blir åtkomlig för enzymer. Temperatur, uppehållstid och katalysatordos är de viktigaste parametrarna som varieras i ett pilotförsök.',
      'Hake, sahanpuru tai olki kyllästetään ensin katalyytillä, usein laimealla hapolla, ja kuumennetaan höyryllä tässä paineastiassa. Esikäsittely avaa **lignoselluloosan** tiiviin rakenteen: hemiselluloosa liukenee ja selluloosa tulee entsyymien ulottuville. Lämpötila, viipymäaika ja katalyytin annostus ovat tärkeimmät muuttujat, joita pilottikokeessa vaihdellaan.',
    ),
  },
  steamExplosion: {
    title: t3('Steam explosion unit', 'Ångexplosionsenhet', 'Höyryräjäytysyksikkö'),
    body: t3(
      'A plug screw presses the biomass into the tubular reactor, where it is held at high steam pressure, roughly 10–25 bar (180–220 °C), for a few minutes. The blow valve then releases it suddenly into the flash cyclone: the water inside the fibres flashes to steam and tears the material apart. The cyclone separates the steam from the pretreated slurry, which continues to hydrolysis.',
      'En pluggskruv pressar in biomassan i tubreaktorn, där den hålls under högt ångtryck, ungefär 10–25 bar (180–220 °C), i några minuter. Blåsventilen släpper sedan plötsligt ut den i flashcyklonen: vattnet i fibrerna förångas och river sönder materialet. Cyklonen skiljer ångan från den förbehandlade slurryn, som går vidare till hydrolys.',
      'Tulpparuuvi puristaa biomassan putkireaktoriin, jossa sitä pidetään korkeassa höyrynpaineessa, noin 10–25 bar (180–220 °C), muutaman minuutin ajan. Puhallusventtiili päästää sen sitten äkillisesti paisuntasykloniin: kuitujen sisällä oleva vesi höyrystyy ja repii materiaalin rikki. Sykloni erottaa höyryn esikäsitellystä lietteestä, joka jatkaa hydrolyysiin.',
    ),
  },
  hydrolysis: {
    title: t3('Enzymatic hydrolysis', 'Enzymatisk hydrolys', 'Entsymaattinen hydrolyysi'),
    body: t3(
      'In the first stirred tank, cellulase enzymes cut the cellulose chains into **glucose**, typically at around 45–50 °C and slightly acidic pH for one to three days. The jacket keeps the temperature steady while the agitator keeps the thick slurry moving. How much sugar is released per tonne of biomass is one of the key results of a trial.',
      'I den första omrörda tanken klipper cellulasenzymer sönder cellulosakedjorna till **glukos**, vanligen vid cirka 45–50 °C och svagt surt pH under en till tre dagar. Manteln håller temperaturen jämn medan omröraren håller den tjocka slurryn i rörelse. Hur mycket socker som frigörs per ton biomassa är ett av de viktigaste resultaten i ett försök.',
      'Ensimmäisessä sekoitussäiliössä sellulaasientsyymit pilkkovat selluloosaketjut **glukoosiksi**, tyypillisesti noin 45–50 °C:ssa ja lievästi happamassa pH:ssa yhdestä kolmeen päivää. Vaippa pitää lämpötilan tasaisena, ja sekoitin pitää paksun lietteen liikkeessä. Se, kuinka paljon sokeria biomassatonnista vapautuu, on kokeen tärkeimpiä tuloksia.',
    ),
  },
  fermenters: {
    title: t3('Fermentation tanks', 'Fermentorer', 'Fermentorit'),
    body: t3(
      'Yeast or bacteria convert the sugars into **ethanol** or other products such as organic acids, in batches or continuously. The jacketed stainless steel tanks can run hydrolysis and fermentation one after the other or at the same time (SSF). Samples taken through the run show how fast the sugars are consumed and how much product is formed.',
      'Jäst eller bakterier omvandlar sockret till **etanol** eller andra produkter, till exempel organiska syror, satsvis eller kontinuerligt. De mantlade tankarna i rostfritt stål kan köra hydrolys och fermentering efter varandra eller samtidigt (SSF). Prover under körningen visar hur snabbt sockret förbrukas och hur mycket produkt som bildas.',
      'Hiiva tai bakteerit muuttavat sokerit **etanoliksi** tai muiksi tuotteiksi, kuten orgaanisiksi hapoiksi, panoksittain tai jatkuvatoimisesti. Vaipalliset ruostumattomat säiliöt voivat ajaa hydrolyysin ja fermentoinnin peräkkäin tai samanaikaisesti (SSF). Ajon aikana otetut näytteet kertovat, kuinka nopeasti sokerit kuluvat ja kuinka paljon tuotetta syntyy.',
    ),
  },
  storage: {
    title: t3('Storage tanks', 'Lagertankar', 'Varastosäiliöt'),
    body: t3(
      'Intermediate and product tanks buffer the process between steps, so that pretreatment, fermentation and separation can each run at their own pace. They hold for example sugar solution, fermentation broth or product waiting to be shipped to partners for testing. Bunded floors around the tanks contain any leak.',
      'Mellan- och produkttankar buffrar processen mellan stegen, så att förbehandling, fermentering och separation kan köras i sin egen takt. De rymmer till exempel sockerlösning, fermentationsvätska eller produkt som väntar på att skickas till partner för tester. Invallningen runt tankarna samlar upp eventuellt läckage.',
      'Väli- ja tuotesäiliöt puskuroivat prosessia vaiheiden välillä, jotta esikäsittely, fermentointi ja erotus voivat kukin edetä omaan tahtiinsa. Niissä säilytetään esimerkiksi sokeriliuosta, käymisliemeä tai tuotetta, joka odottaa lähetystä kumppaneille testattavaksi. Säiliöiden ympärillä oleva suojavalli kerää mahdolliset vuodot.',
    ),
  },
  pipeRack: {
    title: t3('Pipe rack', 'Rörbrygga', 'Putkisilta'),
    body: t3(
      'The overhead pipe rack carries steam, cooling water, process water, compressed air, fire water and process lines between the units, with cable trays on the upper tier. Keeping utilities overhead leaves the floor free for people, forklifts and new test equipment, which matters in a pilot hall where the set-up changes from project to project.',
      'Rörbryggan ovanför golvet bär ånga, kylvatten, processvatten, tryckluft, brandvatten och processledningar mellan enheterna, med kabelstegar på den övre nivån. När försörjningen går i höjd blir golvet fritt för människor, truckar och ny försöksutrustning, vilket är viktigt i en pilothall där uppställningen ändras från projekt till projekt.',
      'Putkisilta kuljettaa höyryä, jäähdytysvettä, prosessivettä, paineilmaa, sammutusvettä ja prosessilinjoja yksiköiden välillä, ja ylätasolla kulkevat kaapelihyllyt. Kun hyödykkeet kulkevat ylhäällä, lattia jää vapaaksi ihmisille, trukeille ja uusille koelaitteille. Tämä on tärkeää pilottihallissa, jossa kokoonpano muuttuu projektista toiseen.',
    ),
  },
  pumps: {
    title: t3('Process pumps', 'Processpumpar', 'Prosessipumput'),
    body: t3(
      'Centrifugal pumps move liquids and slurries between the tanks and up to the pipe rack. Pumping fibrous, viscous slurries is one of the practical problems a pilot trial reveals long before a full-scale plant is designed.',
      'Centrifugalpumpar flyttar vätskor och slurry mellan tankarna och upp till rörbryggan. Att pumpa fibrig, trögflytande slurry är ett av de praktiska problem som ett pilotförsök avslöjar långt innan en fullskalig anläggning projekteras.',
      'Keskipakopumput siirtävät nesteitä ja lietteitä säiliöiden välillä ja ylös putkisillalle. Kuituisen, viskoosin lietteen pumppaaminen on yksi niistä käytännön ongelmista, jotka pilottikoe paljastaa jo kauan ennen täyden mittakaavan laitoksen suunnittelua.',
    ),
  },
  heatExchanger: {
    title: t3('Heat exchanger', 'Värmeväxlare', 'Lämmönvaihdin'),
    body: t3(
      'This shell-and-tube heat exchanger transfers heat between process streams, for example cooling the hot pretreated slurry to the temperature that enzymes and microorganisms tolerate, while preheating another stream. Good heat recovery is essential for the energy balance of a biorefinery.',
      'Den här tubvärmeväxlaren överför värme mellan processflöden, till exempel kyler den varma förbehandlade slurryn till en temperatur som enzymer och mikroorganismer tål, samtidigt som ett annat flöde förvärms. God värmeåtervinning är avgörande för ett bioraffinaderis energibalans.',
      'Tämä tuubilämmönvaihdin siirtää lämpöä prosessivirtojen välillä. Se esimerkiksi jäähdyttää kuuman esikäsitellyn lietteen lämpötilaan, jonka entsyymit ja mikro-organismit kestävät, ja esilämmittää samalla toista virtaa. Hyvä lämmön talteenotto on biojalostamon energiataseen kannalta ratkaisevaa.',
    ),
  },
  column: {
    title: t3('Distillation column', 'Destillationskolonn', 'Tislauskolonni'),
    body: t3(
      'Separation: the fermentation broth contains only a few per cent ethanol, which is concentrated here by distillation. The reboiler at the base boils the liquid, vapour rich in ethanol rises through the trays and is condensed at the top, and part of it is returned as reflux. The remaining stillage carries the lignin and other solids, which can become fuel or new materials.',
      'Separation: fermentationsvätskan innehåller bara några procent etanol, som koncentreras här genom destillation. Återkokaren vid botten kokar vätskan, ånga rik på etanol stiger genom bottnarna och kondenseras i toppen, och en del av den återförs som återflöde. Drängen som blir kvar innehåller ligninet och andra fasta ämnen, som kan bli bränsle eller nya material.',
      'Erotus: käymisliemessä on vain muutama prosentti etanolia, joka väkevöidään täällä tislaamalla. Kolonnin pohjalla oleva keitin keittää nesteen, etanolipitoinen höyry nousee pohjien läpi ja lauhdutetaan huipulla, ja osa siitä palautetaan palautusvirtana. Jäljelle jäävä rankki sisältää ligniinin ja muut kiintoaineet, joista voidaan tehdä polttoainetta tai uusia materiaaleja.',
    ),
  },
  platform: {
    title: t3('Steel platform and catwalk', 'Stålplattform och gångbrygga', 'Teräslava ja kulkusilta'),
    body: t3(
      'The two-level platform with catwalk and stairs gives operators safe access to manholes, agitator drives, instruments and sampling points at the top of the tanks. Yellow handrails, toe boards and floor markings show walkways and keep people clear of traffic and work zones.',
      'Plattformen i två plan med gångbrygga och trappor ger operatörerna säker åtkomst till manluckor, omrörardrivningar, instrument och provtagningspunkter på tankarnas ovansida. Gula räcken, sparklister och golvmarkeringar visar gångvägar och håller människor borta från trafik- och arbetszoner.',
      'Kaksikerroksinen lava kulkusiltoineen ja portaineen antaa käyttäjille turvallisen pääsyn säiliöiden yläosan miesluukuille, sekoitinkäytöille, mittalaitteille ja näytteenottopisteille. Keltaiset kaiteet, potkulistat ja lattiamerkinnät osoittavat kulkureitit ja pitävät ihmiset poissa liikenne- ja työalueilta.',
    ),
  },
  controlRoom: {
    title: t3('Control room', 'Kontrollrum', 'Valvomo'),
    body: t3(
      'All units are monitored and run from the control room through a distributed control system (DCS). Operators follow temperatures, pressures, flows and levels in real time, and the logged data help partners evaluate their process and plan the scale-up.',
      'Alla enheter övervakas och styrs från kontrollrummet via ett distribuerat styrsystem (DCS). Operatörerna följer temperaturer, tryck, flöden och nivåer i realtid, och de loggade data hjälper partner att utvärdera sin process och planera uppskalningen.',
      'Kaikkia yksiköitä valvotaan ja ajetaan valvomosta hajautetun ohjausjärjestelmän (DCS) avulla. Operaattorit seuraavat lämpötiloja, paineita, virtauksia ja pintoja reaaliajassa, ja tallennetut tiedot auttavat kumppaneita arvioimaan prosessiaan ja suunnittelemaan mittakaavan kasvatusta.',
    ),
  },
};

export function buildTour(): TourInput {
  const [pre, floor] = PANORAMAS as [PanoramaSpec, PanoramaSpec];
  const above = (p: V3, dy: number, dz = 0, dx = 0): V3 => v3([p[0] + dx, p[1] + dy, p[2] + dz]);
  const f = POS.fermenters;
  const info = (id: string, text: { title: T3; body: T3 }, position: V3, extra: Record<string, unknown> = {}) => ({ id, type: 'info' as const, title: text.title, body: text.body, position, ...extra });

  const hallHotspots = [
    info('pretreatment-reactor', TEXT.reactor, above(POS.reactor, 7.3, 0.6)),
    info('steam-explosion-unit', TEXT.steamExplosion, above(POS.steamExplosion, 6.3, 0.6, 1.0)),
    info('enzymatic-hydrolysis', TEXT.hydrolysis, above(f[0]!, 7.9, 0.4)),
    info('fermentation-tanks', TEXT.fermenters, above(f[1]!, 7.9, 0.4)),
    info('storage-tanks', TEXT.storage, above(POS.storage[1]!, 7.6, 0.4)),
    info('pipe-rack', TEXT.pipeRack, v3([-9.8, 6.4, 1.5])),
    info('process-pumps', TEXT.pumps, above(POS.pumps[1]!, 1.4, 0.5)),
    info('heat-exchanger', TEXT.heatExchanger, above(POS.heatExchanger, 2.0, 0.4)),
    info('distillation-column', TEXT.column, above(POS.column, 11.0, 0.3)),
    info('steel-platform', TEXT.platform, v3([4.5, 3.9, -3.2])),
    info('control-room', TEXT.controlRoom, above(POS.controlRoom, 4.4, 1.0, 1.0), {
      links: [{ label: t3('About RISE Processum', 'Om RISE Processum', 'Tietoa RISE Processumista'), url: 'https://www.processum.se' }],
    }),
    {
      id: 'to-pretreatment-view',
      type: 'link' as const,
      title: t3('360° view: pretreatment and steam explosion', '360°-vy: förbehandling och ångexplosion', '360°-näkymä: esikäsittely ja höyryräjäytys'),
      position: v3([pre.standpoint[0], 2.2, pre.standpoint[2]]),
      target: pre.id,
    },
    {
      id: 'to-process-floor-view',
      type: 'link' as const,
      title: t3('360° view: pumps, heat exchanger and distillation', '360°-vy: pumpar, värmeväxlare och destillation', '360°-näkymä: pumput, lämmönvaihdin ja tislaus'),
      position: v3([floor.standpoint[0], 2.2, floor.standpoint[2]]),
      target: floor.id,
    },
  ];

  const backToHall = t3('Back to the hall overview', 'Tillbaka till översikten', 'Takaisin hallin yleiskuvaan');
  const pretreatmentScene = {
    id: pre.id,
    type: 'panorama' as const,
    title: t3('Pretreatment and steam explosion', 'Förbehandling och ångexplosion', 'Esikäsittely ja höyryräjäytys'),
    description: t3(
      'Standing on the walkway in front of the process line: biomass hopper and pretreatment reactor to the left, the steam explosion unit ahead and the fermentation tanks with their platform to the right.',
      'Du står på gångvägen framför processlinjen: biomassafickan och förbehandlingsreaktorn till vänster, ångexplosionsenheten rakt fram och fermentorerna med sin plattform till höger.',
      'Seisot kulkureitillä prosessilinjan edessä: biomassasiilo ja esikäsittelyreaktori vasemmalla, höyryräjäytysyksikkö edessä ja fermentorit lavoineen oikealla.',
    ),
    image: `../../panoramas/${pre.file}`,
    view: { yaw: -30, pitch: 8, fov: 80 },
    standpoint: { scene: 'hall', position: v3(pre.standpoint) },
    hotspots: [
      {
        id: 'pretreatment-view-reactor',
        type: 'info' as const,
        title: TEXT.reactor.title,
        body: t3(
          'The tall insulated vessel is the pretreatment reactor; the screw feeder on the left lifts biomass into it from the hopper. Here chips are soaked with catalyst and heated with steam so that the lignocellulose starts to break down.',
          'Det höga isolerade kärlet är förbehandlingsreaktorn; skruvtransportören till vänster lyfter in biomassa i den från fickan. Här blötläggs flisen med katalysator och värms med ånga så att lignocellulosan börjar brytas ned.',
          'Korkea eristetty astia on esikäsittelyreaktori; vasemmalla oleva ruuvikuljetin nostaa siihen biomassaa siilosta. Täällä hake kyllästetään katalyytillä ja kuumennetaan höyryllä, jotta lignoselluloosa alkaa hajota.',
        ),
        ...lookAt(pre.standpoint, [POS.reactor[0], 4.5, POS.reactor[2]]),
      },
      {
        id: 'pretreatment-view-steam-explosion',
        type: 'info' as const,
        title: TEXT.steamExplosion.title,
        body: t3(
          'On the blue frame sits the tubular steam reactor; to its right is the flash cyclone. When the blow valve opens, the pressure drops from around 20 bar to atmospheric in a fraction of a second and the fibres burst apart.',
          'På den blå stålramen ligger tubreaktorn för ånga; till höger om den står flashcyklonen. När blåsventilen öppnas faller trycket från runt 20 bar till atmosfärstryck på en bråkdel av en sekund och fibrerna sprängs isär.',
          'Sinisen teräskehikon päällä on höyryputkireaktori ja sen oikealla puolella paisuntasykloni. Kun puhallusventtiili aukeaa, paine putoaa noin 20 barista ilmakehän paineeseen sekunnin murto-osassa ja kuidut repeävät.',
        ),
        ...lookAt(pre.standpoint, [POS.steamExplosion[0] - 0.8, 4.6, POS.steamExplosion[2]]),
      },
      {
        id: 'pretreatment-view-fermenters',
        type: 'info' as const,
        title: TEXT.fermenters.title,
        body: t3(
          'The pretreated slurry is pumped over the top into the first stirred tank for enzymatic hydrolysis, and the sugars are then fermented in the tanks behind the platform.',
          'Den förbehandlade slurryn pumpas över toppen in i den första omrörda tanken för enzymatisk hydrolys, och sockret fermenteras sedan i tankarna bakom plattformen.',
          'Esikäsitelty liete pumpataan yläkautta ensimmäiseen sekoitussäiliöön entsymaattista hydrolyysiä varten, ja sokerit fermentoidaan sen jälkeen lavan takana olevissa säiliöissä.',
        ),
        ...lookAt(pre.standpoint, [f[0]![0], 4.0, f[0]![2]]),
      },
      { id: 'pretreatment-view-to-hall', type: 'link' as const, title: backToHall, yaw: -150, pitch: -30, target: 'hall' },
      {
        id: 'pretreatment-view-to-process-floor',
        type: 'link' as const,
        title: t3('Walk to the pumps and the distillation column', 'Gå till pumparna och destillationskolonnen', 'Siirry pumppujen ja tislauskolonnin luo'),
        ...lookAt(pre.standpoint, [floor.standpoint[0], 0.4, floor.standpoint[2]]),
        target: floor.id,
      },
    ],
  };

  const processFloorScene = {
    id: floor.id,
    type: 'panorama' as const,
    title: t3('Pumps, heat exchanger and distillation', 'Pumpar, värmeväxlare och destillation', 'Pumput, lämmönvaihdin ja tislaus'),
    description: t3(
      'The south aisle of the hall: process pumps and the pipe rack ahead, the heat exchanger and the control room to the left, the distillation column and a storage tank to the right.',
      'Hallens södra gång: processpumparna och rörbryggan framför dig, värmeväxlaren och kontrollrummet till vänster, destillationskolonnen och en lagertank till höger.',
      'Hallin eteläinen käytävä: prosessipumput ja putkisilta edessä, lämmönvaihdin ja valvomo vasemmalla, tislauskolonni ja varastosäiliö oikealla.',
    ),
    image: `../../panoramas/${floor.file}`,
    view: { yaw: 0, pitch: 5, fov: 80 },
    standpoint: { scene: 'hall', position: v3(floor.standpoint) },
    hotspots: [
      {
        id: 'process-floor-view-pumps',
        type: 'info' as const,
        title: TEXT.pumps.title,
        body: t3(
          'Each pump has a blue electric motor, a yellow coupling guard and a stainless steel pump casing. The discharge lines rise to the pipe rack, which distributes the liquids to the tanks.',
          'Varje pump har en blå elmotor, ett gult kopplingsskydd och ett pumphus i rostfritt stål. Tryckledningarna går upp till rörbryggan, som fördelar vätskorna till tankarna.',
          'Jokaisessa pumpussa on sininen sähkömoottori, keltainen kytkimen suojus ja ruostumattomasta teräksestä valmistettu pumppupesä. Paineputket nousevat putkisillalle, joka jakaa nesteet säiliöihin.',
        ),
        ...lookAt(floor.standpoint, [POS.pumps[1]![0], 0.5, POS.pumps[1]![2]]),
      },
      {
        id: 'process-floor-view-heat-exchanger',
        type: 'info' as const,
        title: TEXT.heatExchanger.title,
        body: t3(
          'One fluid flows through the bundle of tubes inside the shell and the other around them. Recovering heat here instead of dumping it to cooling water saves steam elsewhere in the plant.',
          'Det ena mediet strömmar genom tubknippet inne i manteln och det andra runt tuberna. Att återvinna värmen här i stället för att kyla bort den sparar ånga på andra ställen i anläggningen.',
          'Toinen aine virtaa vaipan sisällä olevan putkinipun läpi ja toinen putkien ympäri. Kun lämpö otetaan talteen eikä sitä jäähdytetä pois, höyryä säästyy muualla laitoksessa.',
        ),
        ...lookAt(floor.standpoint, [POS.heatExchanger[0], 1.3, POS.heatExchanger[2]]),
      },
      {
        id: 'process-floor-view-column',
        type: 'info' as const,
        title: TEXT.column.title,
        body: t3(
          'The slim column concentrates ethanol from the fermentation broth. The condenser hangs beside the top and the reboiler stands at the foot of the column.',
          'Den smala kolonnen koncentrerar etanol ur fermentationsvätskan. Kondensorn hänger bredvid toppen och återkokaren står vid kolonnens fot.',
          'Kapea kolonni väkevöi etanolin käymisliemestä. Lauhdutin riippuu huipun vieressä ja keitin seisoo kolonnin juurella.',
        ),
        ...lookAt(floor.standpoint, [POS.column[0], 5.0, POS.column[2]]),
      },
      { id: 'process-floor-view-to-hall', type: 'link' as const, title: backToHall, yaw: 180, pitch: -30, target: 'hall' },
      {
        id: 'process-floor-view-to-pretreatment',
        type: 'link' as const,
        title: t3('Walk to pretreatment and steam explosion', 'Gå till förbehandlingen och ångexplosionen', 'Siirry esikäsittelyn ja höyryräjäytyksen luo'),
        ...lookAt(floor.standpoint, [pre.standpoint[0], 0.4, pre.standpoint[2]]),
        target: pre.id,
      },
    ],
  };

  return {
    $schema: '../../tour.schema.json',
    id: 'processum',
    title: t3('RISE Processum – biorefinery pilot hall', 'RISE Processum – pilothall för bioraffinaderi', 'RISE Processum – biojalostamon pilottihalli'),
    description: t3(
      'An illustrative virtual tour of a biorefinery pilot hall modelled on RISE Processum in Örnsköldsvik, Sweden: a pilot and demo environment where forest biomass is turned into fuels, chemicals and materials. The 3D model and the 360° views are simplified, generated illustrations, not a survey of the real plant.',
      'En illustrativ virtuell visning av en pilothall för bioraffinaderi med RISE Processum i Örnsköldsvik som förebild: en pilot- och demomiljö där skogsbiomassa blir bränslen, kemikalier och material. 3D-modellen och 360°-vyerna är förenklade, genererade illustrationer, inte en inmätning av den verkliga anläggningen.',
      'Havainnollistava virtuaalikierros biojalostamon pilottihalliin, jonka esikuvana on RISE Processum Örnsköldsvikissä Ruotsissa: pilotti- ja demoympäristö, jossa metsäbiomassasta valmistetaan polttoaineita, kemikaaleja ja materiaaleja. 3D-malli ja 360°-näkymät ovat yksinkertaistettuja, generoituja havainnekuvia, eivät mittauksia todellisesta laitoksesta.',
    ),
    defaultLanguage: 'en',
    languages: ['en', 'sv', 'fi'],
    startScene: 'hall',
    scenes: [
      {
        id: 'hall',
        type: 'model',
        title: t3('Pilot hall overview', 'Översikt över pilothallen', 'Pilottihallin yleiskuva'),
        description: t3(
          'Orbit around the hall and open the markers to learn what each unit does. The process runs from the biomass hopper in the north-west corner through pretreatment and steam explosion to hydrolysis, fermentation and distillation. The roof and the near walls are left out so that you can see inside.',
          'Rotera runt hallen och öppna markeringarna för att se vad varje enhet gör. Processen går från biomassafickan i nordvästra hörnet via förbehandling och ångexplosion till hydrolys, fermentering och destillation. Taket och de närmaste väggarna är borttagna så att du kan se in.',
          'Kierrä hallia ja avaa merkinnät nähdäksesi, mitä kukin yksikkö tekee. Prosessi etenee luoteiskulman biomassasiilosta esikäsittelyn ja höyryräjäytyksen kautta hydrolyysiin, fermentointiin ja tislaukseen. Katto ja lähimmät seinät on jätetty pois, jotta näet sisään.',
        ),
        model: '../../models/pilot-hall.glb',
        thumbnail: THUMB.file,
        camera: { position: HALL_CAMERA.position, target: HALL_CAMERA.target, fov: HALL_CAMERA.fov },
        eyeHeight: 1.6,
        hotspots: hallHotspots,
      },
      pretreatmentScene,
      processFloorScene,
    ],
  };
}

// ───────────────────────────── main ─────────────────────────────

const rel = (p: string) => relative(ROOT, p);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  const started = performance.now();
  const failures: string[] = [];

  const tour = buildTour();
  const result = validateTour(JSON.parse(JSON.stringify(tour)));
  for (const p of result.problems) console.error(`${p.severity}: ${describeProblem(p)}`);
  if (!result.ok) {
    console.error('tour.json is invalid; nothing written.');
    process.exit(1);
  }

  const groups = buildHall();
  const model = await writeModel(groups);
  console.log(`${rel(OUT.model)}: ${model.triangles.toLocaleString('en')} triangles, ${mb(model.bytes)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (model.bytes > LIMITS.modelBytes) failures.push(`${rel(OUT.model)} is ${mb(model.bytes)}, over the ${mb(LIMITS.modelBytes)} budget`);

  const t0 = performance.now();
  const bvh = new Bvh(groups);
  console.log(`ray tracer: ${bvh.n.toLocaleString('en')} triangles in the BVH (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const spec of PANORAMAS) {
    const t1 = performance.now();
    const bytes = await renderPanorama(bvh, spec);
    const file = join(OUT.panoramas, spec.file);
    console.log(`${rel(file)}: ${PANO_W}×${PANO_H}, ${mb(bytes)} (${((performance.now() - t1) / 1000).toFixed(1)} s)`);
    if (bytes > LIMITS.panoramaBytes) failures.push(`${rel(file)} is ${mb(bytes)}, over the ${mb(LIMITS.panoramaBytes)} budget`);
  }

  // the model scene's thumbnail, before the manifest that points to it
  const t2 = performance.now();
  const hallThumb = await renderModelThumbnail(groups);
  const hallThumbFile = join(OUT.tourDir, THUMB.file);
  console.log(`${rel(hallThumbFile)}: ${THUMB.width}×${THUMB.height}, ${(hallThumb / 1024).toFixed(0)} kB (${((performance.now() - t2) / 1000).toFixed(1)} s)`);
  if (hallThumb > THUMB.maxBytes) failures.push(`${rel(hallThumbFile)} is ${(hallThumb / 1024).toFixed(0)} kB, over the ${THUMB.maxBytes / 1024} kB budget`);

  await mkdir(OUT.tourDir, { recursive: true });
  const tourFile = join(OUT.tourDir, 'tour.json');
  await writeFile(tourFile, `${JSON.stringify(tour, null, 2)}\n`);
  // validate what was written, exactly as the viewer will read it
  const written = validateTour(JSON.parse(await readFile(tourFile, 'utf8')));
  if (!written.ok) failures.push(...written.problems.map((p) => `${rel(tourFile)}: ${p.severity}: ${describeProblem(p)}`));
  console.log(`${rel(tourFile)}: ${tour.scenes.length} scenes, ${tour.scenes.reduce((n, s) => n + (s.hotspots?.length ?? 0), 0)} hotspots`);

  // thumbnail: a 135° wide, 16:9 crop around the centre of the process-floor panorama
  const thumbFile = join(OUT.tourDir, 'thumbnail.jpg');
  const cropW = (PANO_W * 3) / 8;
  const cropH = (cropW * 9) / 16;
  const thumb = await sharp(join(OUT.panoramas, PANORAMAS[1]!.file))
    .extract({ left: (PANO_W - cropW) / 2, top: PANO_H / 2 - cropH / 2 + 40, width: cropW, height: cropH })
    .resize(480, 270)
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  await writeFile(thumbFile, thumb);
  console.log(`${rel(thumbFile)}: 480×270, ${(thumb.byteLength / 1024).toFixed(0)} kB`);

  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    for (const f of failures) console.error(f);
    process.exit(1);
  }
}

// Run when executed (not when imported, e.g. by a preview tool).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
