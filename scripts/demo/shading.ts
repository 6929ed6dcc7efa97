/** What both ray tracers share: floor texture and occlusion, the shading frame, and the glass-aware scene tracer. */
import { type V3 } from './vec';
import { HALL, LAMPS, PLATFORM, POS, RACK } from './building';
import { Bvh, TRACE_MATS, type TraceMat } from './bvh';

export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
export const smoothstep = (a: number, b: number, x: number) => {
  const t = clamp01((x - a) / (b - a));
  return t * t * (3 - 2 * t);
};
/** Deterministic integer hash → [0, 1). */
export function hash2(ix: number, iz: number, seed: number): number {
  let h = (Math.imul(ix, 374761393) + Math.imul(iz, 668265263) + Math.imul(seed, 2246822519)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
export function valueNoise(x: number, z: number, seed: number): number {
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
export const FOOTPRINTS: number[][] = (() => {
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
  rect(POS.decanter[0] - 2.2, POS.decanter[2] - 0.75, POS.decanter[0] + 2.4, POS.decanter[2] + 0.75, 0.4, 0.4);
  rect(PLATFORM.x0, PLATFORM.z0, PLATFORM.x1, PLATFORM.z1, 0.25, 1.0);
  for (const x of RACK.xs) for (const z of [RACK.z0, RACK.z1]) circle(x, z, 0.3, 0.3, 0.25);
  return f;
})();

export const FOOT = new Float64Array(FOOTPRINTS.flat());

/** How much ambient light reaches the floor at (x, z). */
export function floorOcclusion(x: number, z: number): number {
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
export const concreteMottle = (x: number, z: number, base: number, coarse: number, fine: number) =>
  base + coarse * valueNoise(x * 0.3, z * 0.3, 1) + fine * valueNoise(x * 1.7, z * 1.7, 2);
/** Whether (x, z) lies within `width` of a saw-cut floor joint (every 6 m in x and z). */
export function onFloorJoint(x: number, z: number, width: number): boolean {
  const jx = Math.abs(x / 6 - Math.round(x / 6)) * 6;
  const jz = Math.abs(z / 6 - Math.round(z / 6)) * 6;
  return jx < width || jz < width;
}
/** Phong exponent for a material roughness. */
export const phongExponent = (roughness: number) => 2 / Math.max(0.02, roughness * roughness) + 2;
/** Schlick's Fresnel term for dielectrics (F0 = 0.04); dn = cos of the angle between ray and normal (≤ 0). */
export const schlick = (dn: number) => 0.04 + 0.96 * Math.pow(1 + dn, 5);

/** Where a ray meets a triangle: the interpolated normal, turned to face the ray, and the mirror direction. */
export class ShadingFrame {
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
export interface TracerLook {
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
export abstract class SceneTracer {
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

export const LAMP_POWER = 16;
/** Light points just below the lamps' diffusers, flattened for the shading loops. */
export const LIGHTS = new Float64Array(LAMPS.flatMap((L) => [L[0], L[1] - 0.12, L[2]]));

/** The closed hall around a panorama standpoint, lit by its lamps. */
