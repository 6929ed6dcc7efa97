/** Derives camera limits from a model's size, so any unit scale (mm CAD, metre halls) navigates well. */
import { Box3, Sphere, Vector3, type Object3D } from 'three';
import type { ModelView } from '../../state/types';
import { MODEL_FOV } from '../../state/viewLimits';

export interface ModelFrame {
  center: [number, number, number];
  radius: number;
  min: [number, number, number];
  max: [number, number, number];
}

export function measureModel(root: Object3D): ModelFrame {
  const box = new Box3().setFromObject(root);
  if (box.isEmpty()) box.set(new Vector3(-1, -1, -1), new Vector3(1, 1, 1));
  const sphere = box.getBoundingSphere(new Sphere());
  return {
    center: sphere.center.toArray() as [number, number, number],
    radius: Math.max(sphere.radius, 1e-3),
    min: box.min.toArray() as [number, number, number],
    max: box.max.toArray() as [number, number, number],
  };
}

/** A three-quarter view that shows the whole model: the start view when a scene has no camera. */
export function framingView(frame: ModelFrame): ModelView {
  const [cx, cy, cz] = frame.center;
  const distance = frame.radius / Math.sin(((MODEL_FOV.default / 2) * Math.PI) / 180);
  const dir = new Vector3(0.6, 0.45, 1).normalize().multiplyScalar(distance);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    kind: 'model',
    position: [r(cx + dir.x), r(cy + dir.y), r(cz + dir.z)],
    target: [r(cx), r(cy), r(cz)],
    fov: MODEL_FOV.default,
  };
}
