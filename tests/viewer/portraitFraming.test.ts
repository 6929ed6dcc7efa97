/** Panorama start views on upright screens (src/viewer/panorama/portraitFraming.ts). */
import { describe, expect, it } from 'vitest';
import { panoramaForAspect, WIDEST_PANORAMA_START_FOV } from '../../src/viewer/panorama/portraitFraming';
import type { PanoramaView } from '../../src/state/types';

const view: PanoramaView = { kind: 'panorama', yaw: 30, pitch: -5, fov: 60 };
const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
/** Horizontal field of view in degrees on a screen of `aspect`. */
const across = (fov: number, aspect: number) => (Math.atan(tanHalf(fov) * aspect) * 360) / Math.PI;

describe('panorama start views on upright screens', () => {
  it('leaves every landscape screen alone, narrow ones (960×600, 4:3) included', () => {
    for (const aspect of [16 / 9, 2.2, 960 / 600, 4 / 3, 1]) expect(panoramaForAspect(view, aspect)).toEqual(view);
  });

  it('shows as much across on an upright tablet as a square screen does, looking the same way', () => {
    const fitted = panoramaForAspect({ ...view, fov: 45 }, 768 / 1024);
    expect(fitted.yaw).toBe(30);
    expect(fitted.pitch).toBe(-5);
    expect(fitted.fov).toBeLessThan(WIDEST_PANORAMA_START_FOV);
    expect(across(fitted.fov, 768 / 1024)).toBeCloseTo(45, 1);
  });

  it('changes nothing at the square and little just below it: turning a device never jumps the view', () => {
    expect(panoramaForAspect(view, 0.999).fov).toBeCloseTo(60, 0);
  });

  it('widens an upright phone’s view up to the limit, never narrower than the author’s', () => {
    const fitted = panoramaForAspect({ ...view, fov: 75 }, 390 / 773);
    expect(fitted.fov).toBe(WIDEST_PANORAMA_START_FOV);
    expect(across(fitted.fov, 390 / 773)).toBeGreaterThan(across(75, 390 / 773) * 1.4);
    expect(panoramaForAspect({ ...view, fov: 105 }, 0.5).fov).toBe(105);
  });
});
