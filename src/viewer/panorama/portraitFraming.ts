/**
 * A panorama's start view is composed on a landscape screen. Upright on a
 * phone, the same vertical field of view shows less than half as much across,
 * so what the author framed at the sides (a hotspot, the next door) is off
 * screen. This widens the start view's field of view until it shows as much
 * across as the landscape view did, up to a limit past which the sphere's
 * projection stretches too much at the edges. Direction stays.
 */
import type { PanoramaView } from '../../state/types';
import { REFERENCE_ASPECT } from '../model/aspectFraming';

/** The widest vertical field of view a panorama start view is widened to, degrees. */
export const WIDEST_PANORAMA_START_FOV = 100;

const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
const fromTanHalf = (t: number) => (Math.atan(t) * 360) / Math.PI;

export function panoramaForAspect(view: PanoramaView, aspect: number): PanoramaView {
  if (aspect >= REFERENCE_ASPECT || view.fov >= WIDEST_PANORAMA_START_FOV) return view;
  // Same horizontal half-width as on the reference screen: tan(h/2) = tan(v/2) · aspect.
  const wanted = fromTanHalf((tanHalf(view.fov) * REFERENCE_ASPECT) / aspect);
  return { ...view, fov: Math.round(Math.min(WIDEST_PANORAMA_START_FOV, wanted) * 100) / 100 };
}
