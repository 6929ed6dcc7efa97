/** Triangle-mesh builders: boxes, beams, lathed vessels, pipes with bends and flanges, railings, stairs, ladders. */
import { type Frame, UP, type V3, add, cross, dot, frameAlong, frameAt, len, madd, mul, norm, sub } from './vec';
import { type MatId } from './materials';

export class Geo {
  pos: number[] = [];
  nrm: number[] = [];
  idx: number[] = [];
}

/** The geometry of one named node, in the node's local space (the node only translates). */
export class Part {
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
export function box(p: Part, m: MatId, f: Frame, sx: number, sy: number, sz: number): void {
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
export function aabb(p: Part, m: MatId, a: V3, b: V3): void {
  const lo: V3 = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2])];
  const hi: V3 = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])];
  box(p, m, frameAt(mul(add(lo, hi), 0.5)), hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
}

/** A rectangular member from a to b: `w` across (horizontal), `h` deep. Long members are split for the ray tracer's BVH. */
export function beam(p: Part, m: MatId, a: V3, b: V3, w: number, h = w): void {
  const d = sub(b, a);
  const l = len(d);
  const pieces = Math.max(1, Math.ceil(l / 6));
  for (let i = 0; i < pieces; i++) {
    const c = madd(a, d, (i + 0.5) / pieces);
    box(p, m, frameAlong(c, d), w, l / pieces, h);
  }
}

/** H-section column or beam (two flanges and a web) from a to b. */
export function hBeam(p: Part, m: MatId, a: V3, b: V3, size: number, webAxis: 'x' | 'z' = 'x'): void {
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

export type Profile = [r: number, y: number][];

/**
 * A surface of revolution about the frame's Y axis. The profile runs
 * counter-clockwise in the (r, y) half-plane (bottom to top on the outside) so
 * that its normals face outwards. `smooth` averages normals between profile
 * segments; otherwise every segment has its own crease.
 */
export function lathe(p: Part, m: MatId, f: Frame, prof: Profile, segs: number, smooth = true): void {
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
export function headProfile(R: number, y0: number, up: boolean, h = R / 2, steps = 10): Profile {
  const pts: Profile = [];
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * (Math.PI / 2);
    const r = i === steps ? 0 : R * Math.cos(t);
    pts.push([r, y0 + (up ? 1 : -1) * h * Math.sin(t)]);
  }
  return up ? pts : pts.reverse();
}

/** A capped cylinder along the frame's Y axis from y0 to y1; long sides get extra rings (for the ray tracer's BVH). */
export function cylinder(p: Part, m: MatId, f: Frame, r: number, y0: number, y1: number, segs: number, caps: 'both' | 'top' | 'bottom' | 'none' = 'both'): void {
  const pieces = Math.max(1, Math.ceil((y1 - y0) / 4));
  const side: Profile = [];
  for (let i = 0; i <= pieces; i++) side.push([r, y0 + ((y1 - y0) * i) / pieces]);
  lathe(p, m, f, side, segs, true);
  if (caps === 'both' || caps === 'bottom') lathe(p, m, f, [[0, y0], [r, y0]], segs, false);
  if (caps === 'both' || caps === 'top') lathe(p, m, f, [[r, y1], [0, y1]], segs, false);
}

/** A capped cylinder from a to b. */
export function tube(p: Part, m: MatId, a: V3, b: V3, r: number, segs: number, caps: 'both' | 'top' | 'bottom' | 'none' = 'both'): void {
  const d = sub(b, a);
  cylinder(p, m, frameAlong(a, d), r, 0, len(d), segs, caps);
}

/** A flat ring of rectangular section (flange, stiffener) around the frame's Y axis. */
export function ring(p: Part, m: MatId, f: Frame, r0: number, r1: number, y0: number, y1: number, segs: number): void {
  lathe(p, m, f, [[r0, y0], [r1, y0], [r1, y1], [r0, y1], [r0, y0]], segs, false);
}

/** A torus (handrail ring, handwheel) around the frame's Y axis. */
export function torus(p: Part, m: MatId, f: Frame, R: number, r: number, y: number, segs: number, tubeSegs = 8): void {
  const prof: Profile = [];
  for (let i = 0; i <= tubeSegs; i++) {
    const t = -Math.PI / 2 + (2 * Math.PI * i) / tubeSegs;
    prof.push([R + r * Math.cos(t), y + r * Math.sin(t)]);
  }
  lathe(p, m, f, prof, segs, true);
}

/** A pipe through the given points with bends of radius `bendR` at the corners and flanged ends. */
export function pipeRun(p: Part, m: MatId, pts: V3[], r: number, segs = 16, bendR = r * 3, flanges = true): void {
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
export function nozzle(p: Part, m: MatId, base: V3, dir: V3, r: number, length: number, segs = 16): void {
  const f = frameAlong(base, dir);
  cylinder(p, m, f, r, 0, length, segs, 'none');
  cylinder(p, m, f, r * 1.7, length - 0.05, length, segs, 'both');
}

/** A handwheel valve on a horizontal pipe end or riser. */
export function handwheel(p: Part, at: V3, axis: V3, R = 0.15): void {
  const f = frameAlong(at, axis);
  torus(p, 'paintRed', f, R, 0.015, 0, 20, 6);
  cylinder(p, 'darkSteel', f, 0.025, -0.15, 0.02, 8);
}

/** Railing along a deck edge from a to b (deck level): posts, top and knee rails, toe board. */
export function railing(p: Part, a: V3, b: V3, height = 1.1): void {
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
export function stair(p: Part, bottom: V3, dir: V3, width: number, n: number, rise: number, going: number): { top: V3 } {
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
export function ladder(p: Part, base: V3, out: V3, y0: number, y1: number, width = 0.45): void {
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
