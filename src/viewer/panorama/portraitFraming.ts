/**
 * A panorama's start view is composed on a landscape screen. Held upright, a phone shows the same
 * vertical field of view less than half as wide, so what the author framed at the sides (a
 * hotspot, the next door) is off screen. On upright screens only (width < height) this widens the
 * start view until it shows as much across as it does on a square screen, up to a limit past which
 * the sphere's projection stretches too much at the edges. Direction stays. Landscape screens of any
 * shape (960×600 as much as 16:9) keep the author's view exactly, and the refit is continuous at
 * the square, so turning a phone never jumps the view.
 */
import type { PanoramaView } from '../../state/types';

/** The widest vertical field of view a panorama start view is widened to, degrees. */
export const WIDEST_PANORAMA_START_FOV = 100;

const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
const fromTanHalf = (t: number) => (Math.atan(t) * 360) / Math.PI;

export function panoramaForAspect<V extends Pick<PanoramaView, 'fov'>>(view: V, aspect: number): V {
  if (!(aspect > 0) || aspect >= 1 || view.fov >= WIDEST_PANORAMA_START_FOV) return view;
  // Across a square screen the view shows tan(fov/2) each side; upright, tan(v/2) · aspect.
  const wanted = fromTanHalf(tanHalf(view.fov) / aspect);
  return { ...view, fov: Math.round(Math.min(WIDEST_PANORAMA_START_FOV, wanted) * 100) / 100 };
}
