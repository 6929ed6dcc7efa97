/** The model scene's thumbnail: the open model in daylight through a pinhole camera. */
import { OUT } from './config';
import { DEG, UP, type V3, cross, norm, sub } from './vec';
import { MAT_IDS, hexToLinear } from './materials';
import { HALL } from './building';
import { type Group } from './structures';
import { Bvh, type TraceMat } from './bvh';
import { SceneTracer, concreteMottle, hash2, onFloorJoint, phongExponent, schlick, smoothstep } from './shading';
import { tone, writeJpeg } from './panorama';

/** Start camera of the model scene "hall" (written to tour.json and used for its thumbnail). fov is vertical, as in three.js. */
export const HALL_CAMERA = { position: [30, 24, 32] as V3, target: [0, 2, -1] as V3, fov: 50 };
export const THUMB = { file: 'hall.jpg', width: 1200, height: 630, maxBytes: 200 * 1024 };

/** Daylight for the cut-away model, matching the viewer's key light direction (src/viewer/model/Lighting.tsx). */
export const SUN = norm([0.6, 1.2, 0.4]);
export const SUN_RGB: V3 = [1.3, 1.24, 1.13];
export const FILL = norm([-0.8, 0.5, -0.6]);
export const FILL_I = 0.12;
/** Hemisphere fill: sky above, warm ground bounce below (cf. the viewer's hemisphere light). */
export const SKY_RGB: V3 = [0.25, 0.31, 0.41];
export const GROUND_RGB: V3 = [0.12, 0.105, 0.09];
/** Background, top to bottom of the frame (linear). */
export const BG_TOP = hexToLinear('#8fb2d4');
export const BG_BOTTOM = hexToLinear('#e9eef2');
/** Ambient occlusion: rays per pixel sample and their reach (m). */
export const AO_RAYS = 3;
export const AO_REACH = 5;
/** 4 rotated-grid subpixel offsets. */
export const AA = [
  [-1 / 8, -3 / 8],
  [3 / 8, -1 / 8],
  [1 / 8, 3 / 8],
  [-3 / 8, 1 / 8],
] as const;
export const CONCRETE = MAT_IDS.indexOf('concrete');
/** Level of the ground around the slab (underside of the floor slab). */
export const GROUND_Y = -0.3;

/** Van der Corput radical inverse in base 2. */
export function radicalInverse(i: number): number {
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
export class DaylightTracer extends SceneTracer {
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

export interface ThumbnailSpec {
  camera: { position: V3; target: V3; fov: number };
  dir: string;
  file: string;
  width: number;
  height: number;
}

/** Renders a model from a camera (default: the hall scene's start camera to public/tours/processum/hall.jpg); returns the JPEG's size. */
export async function renderModelThumbnail(
  groups: Group[],
  { camera, dir, file, width, height }: ThumbnailSpec = { camera: HALL_CAMERA, dir: OUT.tourDir, file: THUMB.file, width: THUMB.width, height: THUMB.height },
): Promise<number> {
  const bvh = new Bvh(groups, true); // the whole model, floor and walls included
  const tracer = new DaylightTracer(bvh);
  const W = width;
  const H = height;
  const eye = camera.position;
  const fwd = norm(sub(camera.target, eye));
  const right = norm(cross(fwd, UP));
  const up = cross(right, fwd);
  const th = Math.tan((camera.fov * DEG) / 2);
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
  return writeJpeg(data, W, H, 82, dir, file);
}
