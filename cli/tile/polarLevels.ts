/**
 * Near the poles an equirectangular image is stretched sideways: at pitch φ one
 * face pixel of the up or down face spans about 1/cos φ source columns, up to
 * the whole width at the pole itself. Sampling two of them bilinearly would
 * alias fine detail (moiré on ceilings, grating, cable trays), so the polar
 * faces sample a pyramid of horizontally halved copies of their window, picked
 * per pixel by that footprint (trilinear between the two nearest copies).
 */

export interface HalvedLevel {
  width: number;
  data: Uint8Array;
}

/**
 * Level 0 is the window itself; each next level averages column pairs of the
 * one before (a box filter, exact and deterministic), until `minWidth`.
 */
export function halvedLevels(data: Uint8Array, width: number, height: number, minWidth = 8): HalvedLevel[] {
  const levels: HalvedLevel[] = [{ width, data }];
  for (;;) {
    const prev = levels[levels.length - 1]!;
    const w = Math.floor(prev.width / 2);
    if (w < minWidth) break;
    const next = new Uint8Array(w * height * 3);
    for (let y = 0; y < height; y++) {
      const row = y * prev.width * 3;
      const outRow = y * w * 3;
      for (let x = 0; x < w; x++) {
        for (let k = 0; k < 3; k++) next[outRow + x * 3 + k] = (prev.data[row + 2 * x * 3 + k]! + prev.data[row + (2 * x + 1) * 3 + k]! + 1) >> 1;
      }
    }
    levels.push({ width: w, data: next });
  }
  return levels;
}

/**
 * Source columns one face pixel spans sideways, at face point (a, b) of a face
 * `size` pixels wide, looking at pitch φ: the pixel subtends about
 * (2/size)/√(1+a²+b²) radians across, which is 1/cos φ times more in yaw.
 */
export function horizontalFootprint(a: number, b: number, size: number, cosPitch: number, sourceWidth: number): number {
  const across = 2 / size / Math.sqrt(1 + a * a + b * b);
  return ((across / Math.max(cosPitch, 1e-6)) * sourceWidth) / (2 * Math.PI);
}
