/**
 * Every opaque triangle of a glTF document's default scene in world space,
 * with its material's colour: what the plan rasteriser draws. Quantized
 * (KHR_mesh_quantization) attributes come back denormalized from glTF
 * Transform, and node matrices put every part where the viewer shows it.
 * GPU-instanced nodes (EXT_mesh_gpu_instancing) are drawn once per instance.
 */
import type { Document, Mesh, Node as GltfNode } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';

export interface Triangles {
  /** x, y, z of each triangle's three corners: 9 numbers per triangle. */
  positions: Float64Array;
  /** sRGB 0..255 colour of each triangle: 3 numbers per triangle. */
  colours: Uint8Array;
  count: number;
}

type Mat4 = number[];

function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) out[c * 4 + r]! += a[k * 4 + r]! * b[c * 4 + k]!;
  return out;
}

/** Column-major matrix of a translation, rotation quaternion and scale (as glTF composes them). */
function compose(t: number[], q: number[], s: number[]): Mat4 {
  const [x, y, z, w] = q as [number, number, number, number];
  const [sx, sy, sz] = s as [number, number, number];
  return [
    (1 - 2 * (y * y + z * z)) * sx, 2 * (x * y + z * w) * sx, 2 * (x * z - y * w) * sx, 0,
    2 * (x * y - z * w) * sy, (1 - 2 * (x * x + z * z)) * sy, 2 * (y * z + x * w) * sy, 0,
    2 * (x * z + y * w) * sz, 2 * (y * z - x * w) * sz, (1 - 2 * (x * x + y * y)) * sz, 0,
    t[0]!, t[1]!, t[2]!, 1,
  ];
}

const linearToSrgb = (c: number) => {
  const v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
  return Math.max(0, Math.min(255, Math.round(v * 255)));
};

/** The instance matrices of a node: one identity, or one per EXT_mesh_gpu_instancing instance. */
function instanceMatrices(node: GltfNode): Mat4[] {
  const instancing = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
  if (!instancing) return [[1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]];
  const t = instancing.getAttribute('TRANSLATION');
  const r = instancing.getAttribute('ROTATION');
  const s = instancing.getAttribute('SCALE');
  const count = (t ?? r ?? s)?.getCount() ?? 0;
  const out: Mat4[] = [];
  for (let i = 0; i < count; i++) {
    out.push(compose(t ? t.getElement(i, [0, 0, 0]) : [0, 0, 0], r ? r.getElement(i, [0, 0, 0, 1]) : [0, 0, 0, 1], s ? s.getElement(i, [1, 1, 1]) : [1, 1, 1]));
  }
  return out;
}

export function sceneTriangles(doc: Document): Triangles {
  const positions: number[] = [];
  const colours: number[] = [];
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const corner = [0, 0, 0];
  const add = (mesh: Mesh, matrix: Mat4) => {
    for (const prim of mesh.listPrimitives()) {
      // 4 = TRIANGLES; strips and fans are rare in delivered models and points/lines have no area.
      if (prim.getMode() !== 4) continue;
      const material = prim.getMaterial();
      const base = material?.getBaseColorFactor() ?? [1, 1, 1, 1];
      // Glass and other see-through materials would hide what is under them on a plan.
      if (material && material.getAlphaMode() === 'BLEND' && base[3]! < 0.9) continue;
      const rgb = [linearToSrgb(base[0]!), linearToSrgb(base[1]!), linearToSrgb(base[2]!)];
      const position = prim.getAttribute('POSITION');
      if (!position) continue;
      const indices = prim.getIndices();
      const n = indices ? indices.getCount() : position.getCount();
      for (let i = 0; i + 2 < n; i += 3) {
        for (let k = 0; k < 3; k++) {
          position.getElement(indices ? indices.getScalar(i + k) : i + k, corner);
          const [x, y, z] = corner as [number, number, number];
          positions.push(
            matrix[0]! * x + matrix[4]! * y + matrix[8]! * z + matrix[12]!,
            matrix[1]! * x + matrix[5]! * y + matrix[9]! * z + matrix[13]!,
            matrix[2]! * x + matrix[6]! * y + matrix[10]! * z + matrix[14]!,
          );
        }
        colours.push(...rgb);
      }
    }
  };
  scene?.traverse((node) => {
    const mesh = node.getMesh();
    if (!mesh) return;
    const world = node.getWorldMatrix() as unknown as Mat4;
    for (const instance of instanceMatrices(node)) add(mesh, multiply(world, instance));
  });
  return { positions: Float64Array.from(positions), colours: Uint8Array.from(colours), count: colours.length / 3 };
}
