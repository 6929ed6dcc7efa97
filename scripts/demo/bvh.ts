/** A bounding-volume hierarchy over the hall triangles, for the panorama and thumbnail ray tracers. */
import { type V3 } from './vec';
import { MATERIALS, MAT_IDS, hexToLinear } from './materials';
import { type Group } from './structures';

/** Materials as the tracer shades them. */
export interface TraceMat {
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

export const GLASS = new Uint8Array(TRACE_MATS.map((m) => (m.glass ? 1 : 0)));

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
