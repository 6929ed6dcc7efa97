/** Releases the GPU resources of an object tree that r3f does not own (loaded glTFs, `<primitive>`s). */
import type { Material, Object3D, Texture } from 'three';

function isTexture(value: unknown): value is Texture {
  return typeof value === 'object' && value !== null && (value as Texture).isTexture === true;
}

function disposeMaterial(material: Material, seen: Set<unknown>): void {
  if (seen.has(material)) return;
  seen.add(material);
  for (const value of Object.values(material)) {
    if (isTexture(value) && !seen.has(value)) {
      seen.add(value);
      value.dispose();
    }
  }
  material.dispose();
}

export function disposeObject(root: Object3D): void {
  const seen = new Set<unknown>();
  root.traverse((node) => {
    const mesh = node as Partial<{ geometry: { dispose(): void }; material: Material | Material[] }>;
    if (mesh.geometry && !seen.has(mesh.geometry)) {
      seen.add(mesh.geometry);
      mesh.geometry.dispose();
    }
    const materials = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : [];
    for (const material of materials) disposeMaterial(material, seen);
  });
}
