/** The indoor tracer: the closed hall lit by its lamps and window bands, for the panoramas. */
import type { V3 } from './vec';
import { DOOR, HALL, SKYLIGHTS } from './building';
import { Bvh, type TraceMat } from './bvh';
import { LAMP_POWER, LIGHTS, SceneTracer, clamp01, concreteMottle, floorOcclusion, onFloorJoint, phongExponent, schlick, smoothstep, valueNoise } from './shading';

export class Tracer extends SceneTracer {
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
