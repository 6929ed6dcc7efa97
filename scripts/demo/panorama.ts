/** Renders one 4096×2048 equirectangular panorama from a standpoint and writes it as JPEG. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { OUT, PANO_H, PANO_W } from './config';
import { DEG, type V3 } from './vec';
import { Bvh } from './bvh';
import { clamp01 } from './shading';
import { Tracer } from './hallTracer';

export const TONE_STEPS = 4096;
export const TONE_MAX = 4;
export const TONE_LUT = (() => {
  const lut = new Uint8Array(TONE_STEPS + 1);
  for (let i = 0; i <= TONE_STEPS; i++) {
    const x = (i / TONE_STEPS) * TONE_MAX;
    const mapped = 1 - Math.exp(-x * 1.9);
    const s = mapped <= 0.0031308 ? 12.92 * mapped : 1.055 * mapped ** (1 / 2.4) - 0.055;
    lut[i] = Math.round(clamp01(s) * 255);
  }
  return lut;
})();
export const tone = (x: number) => TONE_LUT[Math.round(clamp01(x / TONE_MAX) * TONE_STEPS)]!;

/** Encodes 8-bit RGB pixels as a JPEG and writes it to dir/file; returns its size. */
export async function writeJpeg(data: Uint8Array, width: number, height: number, quality: number, dir: string, file: string): Promise<number> {
  const jpeg = await sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer();
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), jpeg);
  return jpeg.byteLength;
}

export interface PanoramaSpec {
  id: string;
  file: string;
  standpoint: V3;
}

export async function renderPanorama(bvh: Bvh, spec: PanoramaSpec): Promise<number> {
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
