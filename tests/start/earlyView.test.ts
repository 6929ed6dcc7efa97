/**
 * The view the start script paints a panorama's first frame at (src/start/earlyView.ts) must be the one
 * the app then opens, or the picture jumps when the app draws over it.
 */
import { describe, expect, it } from 'vitest';
import { earlyView } from '../../src/start/earlyView';
import { viewAxes } from '../../src/start/earlyPaint';

const page = (startView: string | null) => ({
  querySelector: (selector: string) => (selector === 'meta[name="sitevisit-start-view"]' && startView !== null ? ({ content: startView } as HTMLMetaElement) : null),
});
const at = (href: string) => ({ href: `https://visit.example.org${href}` });

describe('the start frame\'s view', () => {
  it('a quick view opens at its own start, whatever else the address says; upright screens get the widened start', () => {
    expect(earlyView(at('/?panorama=/p.jpg'), page(null), 16 / 9)).toEqual({ yaw: 0, pitch: 0, fov: 75 });
    expect(earlyView(at('/?panorama=/p.jpg&v=120,-10,60'), page(null), 16 / 9)).toEqual({ yaw: 0, pitch: 0, fov: 75 });
    expect(earlyView(at('/?panorama=/p.jpg'), page(null), 390 / 844)?.fov).toBeCloseTo(100, 0);
  });

  it('a scene\'s page opens at its start view, or at the link\'s view held within the limits', () => {
    expect(earlyView(at('/t/processum/pretreatment'), page('-30,8,80'), 16 / 9)).toEqual({ yaw: -30, pitch: 8, fov: 80 });
    expect(earlyView(at('/t/processum/pretreatment?v=120,-10,60&lang=sv'), page('-30,8,80'), 390 / 844)).toEqual({ yaw: 120, pitch: -10, fov: 60 });
    expect(earlyView(at('/t/processum/pretreatment?v=10,95,150'), page('-30,8,80'), 1)).toEqual({ yaw: 10, pitch: 90, fov: 110 });
  });

  it('paints nothing where the app opens elsewhere or the page does not say', () => {
    expect(earlyView(at('/t/processum/pretreatment?guide=tour&step=3'), page('-30,8,80'), 1)).toBeNull();
    expect(earlyView(at('/t/processum/hall'), page(null), 1)).toBeNull();
    expect(earlyView(at('/t/processum/pretreatment?v=1,2,3,4,5,6,7'), page('-30,8,80'), 1)).toBeNull();
    expect(earlyView(at('/t/processum/pretreatment'), page('not,a,view'), 1)).toBeNull();
  });

  it('the camera axes are those of three\'s lookAt with +y up: yaw 90 looks along +x, pitch tilts up', () => {
    const round = (v: number[]) => v.map((c) => Math.round(c * 1e6) / 1e6 + 0);
    const east = viewAxes({ yaw: 90, pitch: 0, fov: 90 }, 2);
    expect(round(east.forward)).toEqual([1, 0, 0]);
    expect(round(east.across)).toEqual([0, 0, 2]);
    expect(round(east.upward)).toEqual([0, 1, 0]);
    const up = viewAxes({ yaw: 0, pitch: 45, fov: 90 }, 1);
    expect(round(up.forward)).toEqual(round([0, Math.SQRT1_2, -Math.SQRT1_2]));
    expect(round(up.upward)).toEqual(round([0, Math.SQRT1_2, Math.SQRT1_2]));
  });
});
