/** Panorama start views on upright screens (src/viewer/panorama/portraitFraming.ts). */
import { describe, expect, it } from 'vitest';
import { panoramaForAspect, WIDEST_PANORAMA_START_FOV } from '../../src/viewer/panorama/portraitFraming';
import { REFERENCE_ASPECT } from '../../src/viewer/model/aspectFraming';
import type { PanoramaView } from '../../src/state/types';

const view: PanoramaView = { kind: 'panorama', yaw: 30, pitch: -5, fov: 60 };
const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
/** Horizontal field of view in degrees on a screen of `aspect`. */
const across = (fov: number, aspect: number) => (Math.atan(tanHalf(fov) * aspect) * 360) / Math.PI;

describe('panorama start views on upright screens', () => {
  it('leaves landscape screens alone', () => {
    expect(panoramaForAspect(view, REFERENCE_ASPECT)).toEqual(view);
    expect(panoramaForAspect(view, 2.2)).toEqual(view);
  });

  it('shows as much across on a tablet as the landscape view did, looking the same way', () => {
    const fitted = panoramaForAspect({ ...view, fov: 45 }, 768 / 1024);
    expect(fitted.yaw).toBe(30);
    expect(fitted.pitch).toBe(-5);
    expect(fitted.fov).toBeLessThan(WIDEST_PANORAMA_START_FOV);
    expect(across(fitted.fov, 768 / 1024)).toBeCloseTo(across(45, REFERENCE_ASPECT), 1);
  });

  it('widens an upright phone’s view up to the limit, never narrower than the author’s', () => {
    const fitted = panoramaForAspect({ ...view, fov: 75 }, 390 / 773);
    expect(fitted.fov).toBe(WIDEST_PANORAMA_START_FOV);
    expect(across(fitted.fov, 390 / 773)).toBeGreaterThan(across(75, 390 / 773) * 1.4);
    expect(panoramaForAspect({ ...view, fov: 105 }, 0.5).fov).toBe(105);
  });
});
