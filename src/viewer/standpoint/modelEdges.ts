/**
 * The outline of a model as one set of line segments in model space: the edges where faces meet
 * at a crease (three's EdgesGeometry), of every visible mesh, moved by its world matrix and merged,
 * so the whole outline is one draw call however many meshes the model has.
 */
import { BufferGeometry, EdgesGeometry, Float32BufferAttribute, Vector3, type Mesh, type Object3D } from 'three';

/** Faces meeting at less than this angle (degrees) draw no edge: a curved pipe shows its rims, not its facets. */
const CREASE_DEG = 30;

const point = new Vector3();

export function modelEdges(root: Object3D): BufferGeometry {
  root.updateMatrixWorld(true);
  const parts: Float32Array[] = [];
  root.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh || !mesh.visible || !mesh.geometry) return;
    const edges = new EdgesGeometry(mesh.geometry, CREASE_DEG);
    const position = edges.getAttribute('position');
    const out = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) {
      point.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      out[i * 3] = point.x;
      out[i * 3 + 1] = point.y;
      out[i * 3 + 2] = point.z;
    }
    edges.dispose();
    parts.push(out);
  });
  const merged = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    merged.set(part, offset);
    offset += part.length;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(merged, 3));
  return geometry;
}
