/**
 * The studio's model edges over a panorama: the outline of every mesh in model space, one set of
 * segments; and placed in panorama space so that a model point shows at the yaw and pitch the tour's
 * own standpoint geometry gives it (the one the fly-in and the inherited hotspots use) — so edges
 * that line up with the photo mean a heading that lines the fly-in up.
 */
import { describe, expect, it } from 'vitest';
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, SphereGeometry, Vector3 } from 'three';
import { modelEdges } from '../../src/viewer/standpoint/modelEdges';
import { placeInPanorama } from '../../src/viewer/standpoint/panoramaFrame';
import { yawPitchFromDirection } from '../../src/viewer/cameraMath';
import { yawPitchTowards } from '../../src/tour/standpoints';

describe('standpoint edges', () => {
  it('outlines every mesh where it stands in the model, creases only', () => {
    const root = new Group();
    const box = new Mesh(new BoxGeometry(2, 2, 2), new MeshBasicMaterial());
    box.position.set(10, 1, -4);
    const ball = new Mesh(new SphereGeometry(1, 32, 16), new MeshBasicMaterial());
    ball.visible = false;
    root.add(box, ball);
    const edges = modelEdges(root);
    const points = edges.getAttribute('position');
    // A box has 12 edges (its face diagonals are not creases); the hidden ball draws none.
    expect(points.count).toBe(24);
    const xs = new Set<number>();
    for (let i = 0; i < points.count; i++) xs.add(points.getX(i));
    expect([...xs].sort((a, b) => a - b)).toEqual([9, 11]);
  });

  it('shows a model point at the yaw and pitch the tour gives it from the standpoint', () => {
    for (const standpoint of [
      { position: [0, 1.6, 0] as [number, number, number] },
      { position: [-5.5, 1.6, -2] as [number, number, number], heading: 37 },
      { position: [5.75, 7, -5.4] as [number, number, number], heading: -120.5 },
    ]) {
      const frame = new Group();
      placeInPanorama(frame, standpoint);
      frame.updateMatrixWorld(true);
      for (const point of [[3, 0, -8], [-12, 4, 2], [6, 7, -5]] as [number, number, number][]) {
        const seen = yawPitchFromDirection(new Vector3(...point).applyMatrix4(frame.matrixWorld));
        const wanted = yawPitchTowards(standpoint as never, point);
        expect(seen.pitch).toBeCloseTo(wanted.pitch, 0);
        const dy = ((seen.yaw - wanted.yaw + 540) % 360) - 180;
        expect(Math.abs(dy)).toBeLessThan(0.1);
      }
    }
  });
});
