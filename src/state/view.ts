/** Pure helpers for camera views: start views, limits, normalisation. */
import type { Hotspot, Scene } from '../tour/schema';
import type { ModelView, PanoramaView, View } from './types';

import { MODEL_FOV, PANORAMA_FOV } from './viewLimits';

export function startView(scene: Scene): View {
  if (scene.type === 'panorama') {
    return { kind: 'panorama', yaw: scene.view.yaw, pitch: scene.view.pitch, fov: scene.view.fov };
  }
  // Without a camera the viewer frames the model once it knows its size.
  const camera = scene.camera ?? { position: [0, 0, 10], target: [0, 0, 0] };
  return {
    kind: 'model',
    position: [...camera.position],
    target: [...camera.target],
    fov: camera.fov ?? MODEL_FOV.default,
  };
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** Wraps an angle in degrees into -180..180. */
export function wrapDegrees(deg: number): number {
  const wrapped = ((((deg + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/**
 * Brings a view within the scene's limits, or returns null when it cannot
 * belong to the scene (wrong kind, not finite numbers).
 */
export function fitView(view: View, scene: Scene): View | null {
  if (view.kind !== scene.type) return null;
  if (view.kind === 'panorama') return fitPanoramaView(view);
  return fitModelView(view);
}

function fitPanoramaView(view: PanoramaView): PanoramaView | null {
  if (![view.yaw, view.pitch, view.fov].every(Number.isFinite)) return null;
  return {
    kind: 'panorama',
    yaw: wrapDegrees(view.yaw),
    pitch: clamp(view.pitch, -90, 90),
    fov: clamp(view.fov, PANORAMA_FOV.min, PANORAMA_FOV.max),
  };
}

/** A model camera further than this from the origin is lost in space, not a view. */
const MAX_COORDINATE = 1e5;

function fitModelView(view: ModelView): ModelView | null {
  const coords = [...view.position, ...view.target];
  if (!coords.every((c) => Number.isFinite(c) && Math.abs(c) <= MAX_COORDINATE)) return null;
  if (!Number.isFinite(view.fov)) return null;
  const [px, py, pz] = view.position;
  const [tx, ty, tz] = view.target;
  if (px === tx && py === ty && pz === tz) return null;
  return {
    kind: 'model',
    position: [px, py, pz],
    target: [tx, ty, tz],
    fov: clamp(view.fov, MODEL_FOV.min, MODEL_FOV.max),
  };
}

export function sameView(a: View | null, b: View | null, epsilon = 1e-6): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= epsilon;
  if (a.kind === 'panorama' && b.kind === 'panorama') {
    return close(a.yaw, b.yaw) && close(a.pitch, b.pitch) && close(a.fov, b.fov);
  }
  if (a.kind === 'model' && b.kind === 'model') {
    return a.position.every((v, i) => close(v, b.position[i] as number)) &&
      a.target.every((v, i) => close(v, b.target[i] as number)) && close(a.fov, b.fov);
  }
  return false;
}

/** How far from a model hotspot the camera stops when turning to it, in model units. */
const FACING_DISTANCE = 8;

/**
 * A view of the scene that puts the hotspot in the middle: panoramas turn to
 * it; model cameras keep their viewing direction and come within reach.
 */
export function viewFacing(hotspot: Hotspot, scene: Scene, current: View | null): View | null {
  if (scene.type === 'panorama') {
    if (hotspot.yaw === undefined || hotspot.pitch === undefined) return null;
    const fov = current?.kind === 'panorama' ? current.fov : scene.view.fov;
    return { kind: 'panorama', yaw: hotspot.yaw, pitch: hotspot.pitch, fov };
  }
  if (!hotspot.position) return null;
  const base = current?.kind === 'model' ? current : (startView(scene) as ModelView);
  const offset = base.position.map((p, i) => p - (base.target[i] as number));
  const length = Math.hypot(...offset) || 1;
  const distance = Math.min(length, FACING_DISTANCE);
  const target = hotspot.position;
  return {
    kind: 'model',
    position: [0, 1, 2].map((i) => (target[i] as number) + ((offset[i] as number) / length) * distance) as [number, number, number],
    target: [...target],
    fov: base.fov,
  };
}
