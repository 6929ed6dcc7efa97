/**
 * What a perspective view of an equirectangular image should look like, and
 * how alike two images are: the tiles test's oracle is the source image
 * itself, reprojected here with nothing of the viewer's code.
 */
import sharp from 'sharp';

export interface Raw {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LookView {
  yaw: number;
  pitch: number;
  /** Vertical field of view, degrees. */
  fov: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * The part `crop` of a canvas `canvasWidth`×`canvasHeight` looking at `view`, sampled
 * bilinearly from the source. Same conventions as the app: yaw 0 = image centre = −z, +yaw right, +pitch up.
 */
export function reproject(source: Raw, view: LookView, canvasWidth: number, canvasHeight: number, crop: Rect): Raw {
  const out = Buffer.alloc(crop.width * crop.height * 3);
  const y0 = rad(view.yaw);
  const p0 = rad(view.pitch);
  const f = [Math.sin(y0) * Math.cos(p0), Math.sin(p0), -Math.cos(y0) * Math.cos(p0)];
  const r = [Math.cos(y0), 0, Math.sin(y0)];
  const u = [r[1]! * f[2]! - r[2]! * f[1]!, r[2]! * f[0]! - r[0]! * f[2]!, r[0]! * f[1]! - r[1]! * f[0]!];
  const tanV = Math.tan(rad(view.fov / 2));
  const tanH = tanV * (canvasWidth / canvasHeight);
  const { data, width: W, height: H, channels: C } = source;
  const at = (x: number, y: number, c: number) => data[(Math.min(H - 1, Math.max(0, y)) * W + (((x % W) + W) % W)) * C + c]!;
  for (let j = 0; j < crop.height; j++) {
    for (let i = 0; i < crop.width; i++) {
      const sx = ((2 * (crop.left + i + 0.5)) / canvasWidth - 1) * tanH;
      const sy = (1 - (2 * (crop.top + j + 0.5)) / canvasHeight) * tanV;
      const d = [0, 1, 2].map((k) => f[k]! + r[k]! * sx + u[k]! * sy);
      const len = Math.hypot(d[0]!, d[1]!, d[2]!);
      const yaw = Math.atan2(d[0]!, -d[2]!);
      const pitch = Math.asin(d[1]! / len);
      const x = (yaw / (2 * Math.PI) + 0.5) * W - 0.5;
      const y = (0.5 - pitch / Math.PI) * H - 0.5;
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      const fx = x - xi;
      const fy = y - yi;
      for (let c = 0; c < 3; c++) {
        const top = at(xi, yi, c) * (1 - fx) + at(xi + 1, yi, c) * fx;
        const bottom = at(xi, yi + 1, c) * (1 - fx) + at(xi + 1, yi + 1, c) * fx;
        out[(j * crop.width + i) * 3 + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return { data: out, width: crop.width, height: crop.height, channels: 3 };
}

/** A screenshot's pixels, without alpha. */
export async function rawOf(png: Buffer): Promise<Raw> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The part `rect` of an image, as RGB. */
export function cut(image: Raw, rect: Rect): Raw {
  const out = Buffer.alloc(rect.width * rect.height * 3);
  for (let y = 0; y < rect.height; y++) {
    for (let x = 0; x < rect.width; x++) {
      const from = ((rect.top + y) * image.width + rect.left + x) * image.channels;
      image.data.copy(out, (y * rect.width + x) * 3, from, from + 3);
    }
  }
  return { data: out, width: rect.width, height: rect.height, channels: 3 };
}

/** Luma of every pixel. */
function luma(image: Raw): Float64Array {
  const n = image.width * image.height;
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const o = p * image.channels;
    out[p] = 0.299 * image.data[o]! + 0.587 * image.data[o + 1]! + 0.114 * image.data[o + 2]!;
  }
  return out;
}

/** Normalised cross-correlation of the lumas: 1 = same picture, ~0 = unrelated. */
export function correlation(a: Raw, b: Raw): number {
  const x = luma(a);
  const y = luma(b);
  const mean = (v: Float64Array) => v.reduce((s, t) => s + t, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Mean absolute difference per channel (0..255) over a rectangle of two same-sized images. */
export function meanAbsDiff(a: Raw, b: Raw, rect: Rect = { left: 0, top: 0, width: a.width, height: a.height }): number {
  let sum = 0;
  let n = 0;
  for (let y = rect.top; y < rect.top + rect.height; y++) {
    for (let x = rect.left; x < rect.left + rect.width; x++) {
      for (let c = 0; c < 3; c++) {
        sum += Math.abs(a.data[(y * a.width + x) * a.channels + c]! - b.data[(y * b.width + x) * b.channels + c]!);
        n += 1;
      }
    }
  }
  return sum / n;
}
