import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../src/tiles/descriptor';
import { directionOf, directionOfYawPitch, equirectPixelOf, faceOf, faceUvOf, yawPitchOf } from '../../src/tiles/cube';

const close = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) < eps;

describe('cube faces', () => {
  it('look where the tile format says: front yaw 0, right 90, back 180, left −90, up and down', () => {
    const centre = (face: (typeof FACES)[number]) => yawPitchOf(directionOf(face, 0.5, 0.5));
    expect(centre('front')).toMatchObject({ yaw: 0, pitch: 0 });
    expect(centre('right').yaw).toBeCloseTo(90);
    expect(Math.abs(centre('back').yaw)).toBeCloseTo(180);
    expect(centre('left').yaw).toBeCloseTo(-90);
    expect(centre('up').pitch).toBeCloseTo(90);
    expect(centre('down').pitch).toBeCloseTo(-90);
  });

  it('have row 0 at the top and column 0 at the left as seen from inside', () => {
    for (const face of ['front', 'right', 'back', 'left'] as const) {
      const centre = yawPitchOf(directionOf(face, 0.5, 0.5)).yaw;
      expect(yawPitchOf(directionOf(face, 0.5, 0.1)).pitch).toBeGreaterThan(0);
      // The left edge is less yaw (to the left) than the centre, modulo the ±180 wrap.
      const left = yawPitchOf(directionOf(face, 0.1, 0.5)).yaw;
      expect(((left - centre + 540) % 360) - 180).toBeLessThan(0);
    }
    // Up: the front face borders its bottom edge; down: its top edge.
    expect(yawPitchOf(directionOf('up', 0.5, 0.99)).yaw).toBeCloseTo(0);
    expect(yawPitchOf(directionOf('down', 0.5, 0.01)).yaw).toBeCloseTo(0);
    // Up's right edge faces right (yaw 90), down's right edge too.
    expect(yawPitchOf(directionOf('up', 0.99, 0.5)).yaw).toBeCloseTo(90);
    expect(yawPitchOf(directionOf('down', 0.99, 0.5)).yaw).toBeCloseTo(90);
  });

  it('share edges: the right edge of front is the left edge of right, the top of front the bottom of up', () => {
    for (const v of [0.1, 0.5, 0.9]) {
      const a = directionOf('front', 1, v);
      const b = directionOf('right', 0, v);
      a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!));
    }
    for (const u of [0.1, 0.5, 0.9]) {
      const a = directionOf('front', u, 0);
      const b = directionOf('up', u, 1);
      a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!));
      const c = directionOf('front', u, 1);
      const d = directionOf('down', u, 0);
      c.forEach((x, i) => expect(x).toBeCloseTo(d[i]!));
    }
  });

  it('round-trip: (face, u, v) → direction → (face, u, v)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FACES), fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (face, u, v) => {
        const back = faceUvOf(directionOf(face, u, v));
        expect(back.face).toBe(face);
        expect(close(back.u, u, 1e-9) && close(back.v, v, 1e-9)).toBe(true);
      }),
    );
  });

  it('round-trip: yaw/pitch → direction → yaw/pitch, and faceOf agrees with the face centres', () => {
    fc.assert(
      fc.property(fc.double({ min: -179.9, max: 180, noNaN: true }), fc.double({ min: -89.9, max: 89.9, noNaN: true }), (yaw, pitch) => {
        const back = yawPitchOf(directionOfYawPitch(yaw, pitch));
        expect(back.yaw).toBeCloseTo(yaw, 6);
        expect(back.pitch).toBeCloseTo(pitch, 6);
      }),
    );
    for (const face of FACES) expect(faceOf(directionOf(face, 0.5, 0.5))).toBe(face);
  });

  it('sample the equirect with yaw 0 at x = W/2 and the zenith at y = 0', () => {
    expect(equirectPixelOf(0, 0, 4096, 2048)).toEqual({ x: 2048, y: 1024 });
    expect(equirectPixelOf(90, 0, 4096, 2048)).toEqual({ x: 3072, y: 1024 });
    expect(equirectPixelOf(-180, 90, 4096, 2048)).toEqual({ x: 0, y: 0 });
    const { yaw, pitch } = yawPitchOf(directionOf('left', 0.5, 0.5));
    expect(equirectPixelOf(yaw, pitch, 4096, 2048).x).toBeCloseTo(1024);
  });
});
