/**
 * Conversions between the store's views and three.js vectors.
 * Convention: yaw 0 looks along -Z (the centre of a panorama image), positive
 * yaw turns right (towards +X), positive pitch looks up.
 */
import { MathUtils, Vector3 } from 'three';

const { degToRad, radToDeg } = MathUtils;

/** Unit vector for a yaw/pitch pair in degrees. */
export function directionFromYawPitch(yaw: number, pitch: number, out = new Vector3()): Vector3 {
  const y = degToRad(yaw);
  const p = degToRad(pitch);
  return out.set(Math.sin(y) * Math.cos(p), Math.sin(p), -Math.cos(y) * Math.cos(p));
}

/** Yaw/pitch in degrees of a direction (need not be normalised); frame loops pass `out` to allocate nothing. */
export function yawPitchFromDirection(direction: Vector3, out: { yaw: number; pitch: number } = { yaw: 0, pitch: 0 }): { yaw: number; pitch: number } {
  const length = direction.length() || 1;
  out.pitch = radToDeg(Math.asin(MathUtils.clamp(direction.y / length, -1, 1)));
  out.yaw = radToDeg(Math.atan2(direction.x, -direction.z));
  return out;
}

/**
 * A perspective camera's zoom that makes its base field of view look like `fov`.
 * Panoramas zoom through `camera.zoom` so camera-controls can smooth wheel and pinch.
 */
export function zoomForFov(baseFov: number, fov: number): number {
  return Math.tan(degToRad(baseFov) / 2) / Math.tan(degToRad(fov) / 2);
}

export function fovForZoom(baseFov: number, zoom: number): number {
  return radToDeg(2 * Math.atan(Math.tan(degToRad(baseFov) / 2) / zoom));
}

/** Rounds for storage: views travel in links and messages, noise digits only cost bytes. */
export const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
