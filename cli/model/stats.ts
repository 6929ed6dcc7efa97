/** Figures of a glTF document for the before/after table of `optimize`. */
import type { Document } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';

export interface ModelStats {
  bytes: number;
  triangles: number;
  /** Primitives drawn once per node that references their mesh (a GPU-instanced node counts once). */
  drawCalls: number;
  /** GPU bytes of all textures with mipmaps: RGBA8, or 8 bits per pixel for KTX2 (transcoded to a block format). */
  textureMemory: number;
  textures: number;
}

export function modelStats(doc: Document, bytes: number): ModelStats {
  let triangles = 0;
  let drawCalls = 0;
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  scene?.traverse((node) => {
    const mesh = node.getMesh();
    if (!mesh) return;
    // EXT_mesh_gpu_instancing: one draw call, every instance's triangles.
    const instances = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing')?.listAttributes()[0]?.getCount() ?? 1;
    for (const prim of mesh.listPrimitives()) {
      drawCalls++;
      const mode = prim.getMode();
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
      // 4 = TRIANGLES, 5 = TRIANGLE_STRIP, 6 = TRIANGLE_FAN
      if (mode === 4) triangles += (instances * count) / 3;
      else if (mode === 5 || mode === 6) triangles += instances * Math.max(0, count - 2);
    }
  });
  let textureMemory = 0;
  for (const texture of root.listTextures()) {
    const size = texture.getSize();
    // Basis transcodes to a GPU block format of at most 8 bits per pixel (BC7, ASTC 4×4; ETC1S targets use 4).
    const bytesPerPixel = texture.getMimeType() === 'image/ktx2' ? 1 : 4;
    if (size) textureMemory += Math.round(size[0] * size[1] * bytesPerPixel * (4 / 3));
  }
  return { bytes, triangles: Math.round(triangles), drawCalls, textureMemory, textures: root.listTextures().length };
}

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);
const pct = (a: number, b: number) => (a === 0 ? '' : `${b <= a ? '−' : '+'}${Math.abs(Math.round((1 - b / a) * 100))}%`);

/** A plain-text table: metric, before, after, change. */
export function statsTable(before: ModelStats, after: ModelStats): string {
  const rows: [string, string, string, string][] = [
    ['', 'before', 'after', 'change'],
    ['file size', kb(before.bytes), kb(after.bytes), pct(before.bytes, after.bytes)],
    ['triangles', String(before.triangles), String(after.triangles), pct(before.triangles, after.triangles)],
    ['draw calls', String(before.drawCalls), String(after.drawCalls), pct(before.drawCalls, after.drawCalls)],
    ['textures', String(before.textures), String(after.textures), ''],
    ['texture memory', kb(before.textureMemory), kb(after.textureMemory), pct(before.textureMemory, after.textureMemory)],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
