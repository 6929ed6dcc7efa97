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
  return faceOfXyz(x, y, z);
}

function faceOfXyz(x: number, y: number, z: number): Face {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ay > ax && ay > az) return y > 0 ? 'up' : 'down';
  if (ax > az) return x > 0 ? 'right' : 'left';
  return z > 0 ? 'back' : 'front';
}

/** Where a direction meets the cube: a face and a point (u, v) on it. */
export interface FaceHit {
  face: Face;
  u: number;
  v: number;
}

/** The face and (u, v) where a direction meets the cube. */
export function faceUvOf(direction: Vec3): FaceHit {
  return faceUvInto(direction[0], direction[1], direction[2], { face: 'front', u: 0, v: 0 });
}

/** faceUvOf written into `out`: the viewer casts hundreds of rays a frame and allocates nothing for them. */
export function faceUvInto(x: number, y: number, z: number, out: FaceHit): FaceHit {
  const face = faceOfXyz(x, y, z);
  const { centre: c, right: r, up: t } = FACE_FRAMES[face];
  const depth = x * c[0] + y * c[1] + z * c[2];
  out.face = face;
  out.u = ((x * r[0] + y * r[1] + z * r[2]) / depth + 1) / 2;
  out.v = (1 - (x * t[0] + y * t[1] + z * t[2]) / depth) / 2;
  return out;
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
