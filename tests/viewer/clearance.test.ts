import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { spotInFront, standingSpot, type SurfaceQueries } from '../../src/viewer/model/clearance';

/** Solid boxes standing on a floor at y = 0 (itself a box below it). */
function world(...solids: [number, number, number, number, number, number][]): SurfaceQueries {
  const boxes = [new Box3(new Vector3(-50, -1, -50), new Vector3(50, 0, 50)), ...solids.map(([x0, y0, z0, x1, y1, z1]) => new Box3(new Vector3(x0, y0, z0), new Vector3(x1, y1, z1)))];
  const surfacePoint = (box: Box3, p: Vector3): Vector3 => {
    if (!box.containsPoint(p)) return box.clampPoint(p, new Vector3());
    // Inside: the nearest face.
    const faces = [p.x - box.min.x, box.max.x - p.x, p.y - box.min.y, box.max.y - p.y, p.z - box.min.z, box.max.z - p.z];
    const i = faces.indexOf(Math.min(...faces));
    const q = p.clone();
    if (i === 0) q.x = box.min.x; else if (i === 1) q.x = box.max.x; else if (i === 2) q.y = box.min.y; else if (i === 3) q.y = box.max.y; else if (i === 4) q.z = box.min.z; else q.z = box.max.z;
    return q;
  };
  return {
    nearest(p, max) {
      let best: Vector3 | null = null;
      for (const box of boxes) {
        const q = surfacePoint(box, p);
        if (q.distanceTo(p) <= max && (!best || q.distanceTo(p) < best.distanceTo(p))) best = q;
      }
      return best;
    },
    inside: (p) => boxes.some((b) => p.x > b.min.x && p.x < b.max.x && p.y > b.min.y && p.y < b.max.y && p.z > b.min.z && p.z < b.max.z),
    floorAt(x, y, z) {
      const tops = boxes.filter((b) => x >= b.min.x && x <= b.max.x && z >= b.min.z && z <= b.max.z && b.max.y <= y).map((b) => b.max.y);
      return tops.length ? Math.max(...tops) : null;
    },
  };
}

const stance = { eyeHeight: 1.6, clearance: 0.35 };
const distanceToNearest = (surfaces: SurfaceQueries, p: Vector3) => {
  const near = surfaces.nearest(p, 10);
  return near ? near.distanceTo(p) : Infinity;
};

describe('standing clear of walls and equipment', () => {
  it('stands at eye height on an open floor, where it was asked to', () => {
    expect(standingSpot(new Vector3(3, 0, -2), stance, world())?.toArray()).toEqual([3, 1.6, -2]);
  });

  it('steps back from a wall clicked right in front of', () => {
    const surfaces = world([0, 0, -5, 1, 3, 5]);
    const eye = standingSpot(new Vector3(-0.1, 0, 0), stance, surfaces)!;
    expect(eye.x).toBeLessThanOrEqual(-0.35);
    expect(eye.y).toBeCloseTo(1.6);
    expect(distanceToNearest(surfaces, eye)).toBeGreaterThanOrEqual(0.35);
  });

  it('steps out of a corner, away from both walls', () => {
    const surfaces = world([0, 0, -5, 1, 3, 5], [-5, 0, 0, 1, 3, 1]);
    const eye = standingSpot(new Vector3(-0.05, 0, -0.05), stance, surfaces)!;
    expect(eye.x).toBeLessThanOrEqual(-0.35);
    expect(eye.z).toBeLessThanOrEqual(-0.35);
  });

  it('refuses a spot inside a tank, under a low platform, or in a gap narrower than the body', () => {
    expect(standingSpot(new Vector3(0, 0, 0), stance, world([-2, 0, -2, 2, 6, 2]))).toBeNull();
    expect(standingSpot(new Vector3(0, 0, 0), stance, world([-5, 1.8, -5, 5, 2, 5]))).toBeNull();
    expect(standingSpot(new Vector3(0, 0, 0), stance, world([-5, 0, -5, -0.25, 3, 5], [0.25, 0, -5, 5, 3, 5]))).toBeNull();
  });

  it('stands on a platform reached by a step, at eye height above it', () => {
    const eye = standingSpot(new Vector3(0, 0.3, 0), stance, world([-3, 0, -3, 3, 0.3, 3]))!;
    expect(eye.y).toBeCloseTo(1.9);
  });

  it('takes a click on the side of equipment to the floor in front of it', () => {
    const surfaces = world([0, 0, -1, 2, 2.5, 1]);
    const eye = spotInFront(new Vector3(0, 1.2, 0.3), new Vector3(-1, 0, 0), stance, surfaces)!;
    expect(eye.x).toBeLessThan(-0.35);
    expect(eye.y).toBeCloseTo(1.6);
    expect(surfaces.inside(eye)).toBe(false);
    expect(spotInFront(new Vector3(0, 1.2, 0.3), new Vector3(0, -1, 0), stance, surfaces)).toBeNull();
  });
});
