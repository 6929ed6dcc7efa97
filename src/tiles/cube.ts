/**
 * Cube-face geometry in the viewer's frame (see src/viewer/cameraMath.ts):
 * x right, y up, yaw 0 looks along −z (the centre of an equirectangular
 * image), positive yaw turns right, positive pitch looks up. Pure math.
 *
 * Faces are seen from inside: (u, v) ∈ [0,1]², u to the right, v downwards.
 * Side faces have +y up. "up" is seen looking up with the front face at its
 * bottom edge; "down" looking down with the front face at its top edge.
 */
import type { Face } from './descriptor';

export type Vec3 = [number, number, number];

interface FaceFrame {
  centre: Vec3;
  /** Direction of +u. */
  right: Vec3;
  /** Direction of −v (image up). */
  up: Vec3;
}

export const FACE_FRAMES: Record<Face, FaceFrame> = {
  front: { centre: [0, 0, -1], right: [1, 0, 0], up: [0, 1, 0] },
  right: { centre: [1, 0, 0], right: [0, 0, 1], up: [0, 1, 0] },
  back: { centre: [0, 0, 1], right: [-1, 0, 0], up: [0, 1, 0] },
  left: { centre: [-1, 0, 0], right: [0, 0, -1], up: [0, 1, 0] },
  up: { centre: [0, 1, 0], right: [1, 0, 0], up: [0, 0, 1] },
  down: { centre: [0, -1, 0], right: [1, 0, 0], up: [0, 0, -1] },
};

/** Unit direction through point (u, v) of a face. */
export function directionOf(face: Face, u: number, v: number): Vec3 {
  const { centre: c, right: r, up: t } = FACE_FRAMES[face];
  const a = 2 * u - 1;
  const b = 1 - 2 * v;
  const x = c[0] + a * r[0] + b * t[0];
  const y = c[1] + a * r[1] + b * t[1];
  const z = c[2] + a * r[2] + b * t[2];
  const n = Math.hypot(x, y, z);
  return [x / n, y / n, z / n];
}

/** The face a direction (need not be unit) passes through; ties go to the side faces, then up. */
export function faceOf([x, y, z]: Vec3): Face {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ay > ax && ay > az) return y > 0 ? 'up' : 'down';
  if (ax > az) return x > 0 ? 'right' : 'left';
  return z > 0 ? 'back' : 'front';
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The face and (u, v) where a direction meets the cube. */
export function faceUvOf(direction: Vec3): { face: Face; u: number; v: number } {
  const face = faceOf(direction);
  const { centre, right, up } = FACE_FRAMES[face];
  const depth = dot(direction, centre);
  return { face, u: (dot(direction, right) / depth + 1) / 2, v: (1 - dot(direction, up) / depth) / 2 };
}

/** Yaw and pitch in degrees; yaw in (−180, 180]. */
export function yawPitchOf([x, y, z]: Vec3): { yaw: number; pitch: number } {
  const n = Math.hypot(x, y, z) || 1;
  const pitch = (Math.asin(Math.max(-1, Math.min(1, y / n))) * 180) / Math.PI;
  const yaw = (Math.atan2(x, -z) * 180) / Math.PI;
  return { yaw, pitch };
}

/** Unit direction of a yaw/pitch pair in degrees. */
export function directionOfYawPitch(yaw: number, pitch: number): Vec3 {
  const y = (yaw * Math.PI) / 180;
  const p = (pitch * Math.PI) / 180;
  return [Math.sin(y) * Math.cos(p), Math.sin(p), -Math.cos(y) * Math.cos(p)];
}

/**
 * Continuous pixel coordinates in an equirectangular image of width × height
 * (yaw 0 at x = width/2, pitch +90 at y = 0); pixel centres sit at .5.
 */
export function equirectPixelOf(yaw: number, pitch: number, width: number, height: number): { x: number; y: number } {
  return { x: (yaw / 360 + 0.5) * width, y: (0.5 - pitch / 180) * height };
}
