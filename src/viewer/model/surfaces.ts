/**
 * The model's surfaces as walk mode asks about them: nearest point, inside a
 * solid, floor below. Backed by the BVH that <Bvh> builds for every mesh
 * (three-mesh-bvh), so each question costs microseconds even on large halls.
 */
import { Matrix4, Raycaster, Sphere, Vector3, type BufferGeometry, type Mesh, type Object3D } from 'three';
import { MeshBVH, type HitPointInfo } from 'three-mesh-bvh';
import type { SurfaceQueries } from './clearance';

/** Faces steeper than this are walls, not floor. */
export const FLOOR_NORMAL_Y = 0.7;

const DOWN = new Vector3(0, -1, 0);
/** Inside a closed solid, a ray in every one of these directions first meets the back of a face. */
const INSIDE_RAYS = [new Vector3(1, 0, 0), new Vector3(-1, 0, 0), new Vector3(0, 0, 1), new Vector3(0, 0, -1), new Vector3(0, 1, 0), new Vector3(0, -1, 0)];

const raycaster = new Raycaster();
const inverse = new Matrix4();
const local = new Vector3();
const sphere = new Sphere();
const hitNormal = new Vector3();
const column = new Vector3();
const found: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };

function bvhOf(geometry: BufferGeometry): MeshBVH {
  // <Bvh> builds it on mount; a question asked before that (or of a mesh added later) builds its own.
  const holder = geometry as BufferGeometry & { boundsTree?: MeshBVH };
  holder.boundsTree ??= new MeshBVH(geometry);
  return holder.boundsTree;
}

/** The world-space normal of a raycast hit's face, or null. */
export function worldNormal(hit: { face?: { normal: Vector3 } | null; object: Object3D }, out = hitNormal): Vector3 | null {
  return hit.face ? out.copy(hit.face.normal).transformDirection(hit.object.matrixWorld) : null;
}

function smallestScale(matrix: Matrix4): number {
  let smallest = Infinity;
  for (let i = 0; i < 3; i++) smallest = Math.min(smallest, column.setFromMatrixColumn(matrix, i).length());
  return smallest > 0 ? smallest : 1;
}

export function surfacesOf(root: Object3D): SurfaceQueries {
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });

  const firstHit = (origin: Vector3, direction: Vector3) => {
    raycaster.set(origin, direction);
    raycaster.firstHitOnly = true;
    return raycaster.intersectObject(root, true)[0];
  };

  return {
    nearest(point, maxDistance) {
      let best: Vector3 | null = null;
      let bestDistance = maxDistance;
      for (const mesh of meshes) {
        const geometry = mesh.geometry;
        if (!geometry.boundingSphere) geometry.computeBoundingSphere();
        sphere.copy(geometry.boundingSphere!).applyMatrix4(mesh.matrixWorld);
        if (sphere.distanceToPoint(point) > bestDistance) continue;
        local.copy(point).applyMatrix4(inverse.copy(mesh.matrixWorld).invert());
        // Thresholds are in the mesh's own units: allow for its smallest scale, then measure in the world.
        const scale = smallestScale(mesh.matrixWorld);
        if (!bvhOf(geometry).closestPointToPoint(local, found, 0, bestDistance / scale)) continue;
        const world = found.point.applyMatrix4(mesh.matrixWorld);
        const distance = world.distanceTo(point);
        if (distance <= bestDistance) {
          bestDistance = distance;
          best = world.clone();
        }
      }
      return best;
    },

    inside(point) {
      return INSIDE_RAYS.every((direction) => {
        const hit = firstHit(point, direction);
        const normal = hit && worldNormal(hit);
        return normal !== null && normal !== undefined && normal.dot(direction) > 0;
      });
    },

    floorAt(x, y, z) {
      raycaster.set(local.set(x, y, z), DOWN);
      raycaster.firstHitOnly = false;
      const hit = raycaster.intersectObject(root, true).find((h) => (worldNormal(h)?.y ?? 0) > FLOOR_NORMAL_Y);
      return hit ? hit.point.y : null;
    },
  };
}
