import { describe, expect, it } from 'vitest';
import { groupKey, groupOverlapping, ICON_HALF, mergeColliding, overlaps, ring, spreadPair, type ScreenPoint } from '../../src/viewer/hotspots/markerGroups';
import { placeLabels, type Box } from '../../src/viewer/hotspots/labelPlacement';
import { PerspectiveCamera, Vector3 } from 'three';
import { layoutMarkers } from '../../src/viewer/hotspots/layoutPass';
import type { MarkerEntry } from '../../src/viewer/hotspots/markerEntry';

const p = (id: string, x: number, y: number, half?: number): ScreenPoint => ({ id, x, y, ...(half ? { half } : {}) });

describe('grouping overlapping markers', () => {
  it('groups the three markers stacked at the hopper and leaves the others alone', () => {
    // Screen positions of the demo hall at 960×600 (biomass hopper, screw feeder, pretreatment reactor, pipe rack, control room).
    const groups = groupOverlapping([p('hopper', 391, 189), p('screw', 404, 210), p('reactor', 411, 183), p('rack', 370, 225), p('control', 250, 260)]);
    expect(groups).toEqual([['hopper', 'screw', 'reactor'], ['rack'], ['control']]);
  });

  it('chains: a marker overlapping any member joins the group', () => {
    expect(groupOverlapping([p('a', 0, 0), p('b', 30, 0), p('c', 60, 0)])).toEqual([['a', 'b', 'c']]);
  });

  it('keeps a group together until its markers are clearly apart (no flicker at the threshold)', () => {
    const points = [p('a', 0, 0), p('b', 40, 0)];
    expect(groupOverlapping(points)).toEqual([['a'], ['b']]);
    const previous = new Map([['a', groupKey(['a', 'b'])], ['b', groupKey(['b', 'a'])]]);
    expect(groupOverlapping(points, previous)).toEqual([['a', 'b']]);
    expect(groupOverlapping([p('a', 0, 0), p('b', 50, 0)], previous)).toEqual([['a'], ['b']]);
  });

  it('knows a 360° marker is larger: its box and an info marker’s overlap up to 37 px apart, across or down', () => {
    expect(groupOverlapping([p('360', 0, 0, 20), p('i', 36, 0)])).toEqual([['360', 'i']]);
    expect(groupOverlapping([p('360', 0, 0, 20), p('i', 5, 36)])).toEqual([['360', 'i']]);
    expect(groupOverlapping([p('360', 0, 0, 20), p('i', 37, 30)])).toEqual([['360'], ['i']]);
  });

  it('merges a group whose shown icons still overlap another group’s (a pair spread onto a neighbour), keeping input order', () => {
    const shown: Record<string, ScreenPoint> = { a: p('a', 0, 0), b: p('b', 40, 0), c: p('c', 70, 10), d: p('d', 300, 0) };
    const place = (group: readonly string[]) => group.map((id) => shown[id]!);
    const order = new Map(['a', 'b', 'c', 'd'].map((id, i) => [id, i]));
    expect(mergeColliding([['a', 'c'], ['b'], ['d']], place, order)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(mergeColliding([['a'], ['c'], ['d']], place, order)).toEqual([['a'], ['c'], ['d']]);
  });
});

describe('spreading markers apart', () => {
  it('moves a pair apart along the line joining them, each half the way', () => {
    const [a, b] = spreadPair(p('a', 100, 100), p('b', 110, 100), 10);
    expect(a).toEqual([-17, -0]);
    expect(b).toEqual([17, 0]);
  });

  it('puts markers exactly on top of each other side by side', () => {
    const [a, b] = spreadPair(p('a', 5, 5), p('b', 5, 5), 10);
    expect(b[0] - a[0]).toBeCloseTo(44);
    expect(b[1] - a[1]).toBeCloseTo(0);
  });

  it('spreads a diagonal pair until their boxes, not just their centres, are clear', () => {
    const [a, b] = spreadPair(p('a', 0, 0, 20), p('b', 10, 12));
    const [ax, ay, bx, by] = [a[0], a[1], 10 + b[0], 12 + b[1]];
    expect(overlaps(p('a', ax, ay, 20), p('b', bx, by))).toBe(false);
  });

  it('lays an expanded group on a ring, neighbours’ boxes clear of each other and of the centre', () => {
    for (const half of [ICON_HALF, 20])
      for (const n of [2, 3, 5, 8]) {
        const spots = ring(0, 0, n, half);
        expect(spots[0]![1]).toBeLessThan(0); // the first at the top
        for (let i = 0; i < n; i++) {
          const [x, y] = spots[i]!;
          expect(overlaps(p('m', x, y, half), p('centre', 0, 0))).toBe(false);
          const [nx, ny] = spots[(i + 1) % n]!;
          if (n > 1) expect(overlaps(p('m', x, y, half), p('n', nx, ny, half))).toBe(false);
        }
      }
  });
});

describe('placing resting labels', () => {
  const bounds: Box = { x: 0, y: 0, w: 800, h: 600 };
  const icon = (id: string, x: number, y: number) => ({ id, box: { x: x - 19, y: y - 19, w: 38, h: 38 } });
  const label = (id: string, x: number, y: number, w = 100) => ({ id, box: { x: x + 25, y: y - 11, w, h: 22 } });

  it('shows the labels that fit, and not one that would cover the next marker', () => {
    const shown = placeLabels([label('a', 100, 100), label('b', 150, 105), label('c', 100, 300)], [icon('a', 100, 100), icon('b', 150, 105), icon('c', 100, 300)], bounds);
    expect([...shown]).toEqual(['b', 'c']);
  });

  it('keeps the label of the earlier (more important) marker when two collide', () => {
    const shown = placeLabels([label('a', 100, 100), label('b', 60, 115)], [icon('a', 100, 100), icon('b', 60, 115)], bounds);
    expect([...shown]).toEqual(['a']);
  });

  it('hides a label that would cover another marker or leave the view', () => {
    expect([...placeLabels([label('a', 100, 100)], [icon('a', 100, 100), icon('b', 180, 100)], bounds)]).toEqual([]);
    expect([...placeLabels([label('a', 760, 100)], [icon('a', 760, 100)], bounds)]).toEqual([]);
  });

  it('never lets two shown labels overlap, whatever the layout', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round++) {
      const markers = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, x: random() * 800, y: random() * 600, w: 40 + random() * 120 }));
      const shown = placeLabels(markers.map((m) => label(m.id, m.x, m.y, m.w)), markers.map((m) => icon(m.id, m.x, m.y)), bounds, 0);
      const boxes = markers.filter((m) => shown.has(m.id)).map((m) => label(m.id, m.x, m.y, m.w).box);
      for (const a of boxes) for (const b of boxes) if (a !== b) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
    }
  });
});

describe('markers under the page’s own controls', () => {
  // A button stand-in with what the layout pass reads and writes (hidden, offset, label flag).
  const button = () => ({ hidden: false, style: { translate: '' }, offsetWidth: 24, toggleAttribute() {}, getAttribute: () => null, querySelector: () => null }) as unknown as HTMLElement;
  const camera = new PerspectiveCamera(90, 1, 0.1, 100);
  camera.updateMatrixWorld();
  const size = { width: 800, height: 800 };
  // (0, 0.9, −1) lands at (400, 40): under a top-bar button at 380–420 × 0–50; (0.5, 0, −1) at (600, 400) is clear.
  const entry = (id: string, x: number, y: number, seq: number): MarkerEntry => ({
    id, position: new Vector3(x, y, -1), title: id, priority: 1, seq, button: button(), occluded: false, written: { dx: 0, dy: 0, hidden: false, label: false },
  });
  const topBarButton: Box = { x: 380, y: 0, w: 40, h: 50 };

  it('hides a marker that a control covers and keeps the others', () => {
    const entries = [entry('under', 0, 0.9, 0), entry('clear', 0.5, 0, 1)];
    layoutMarkers({ entries, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [topBarButton] });
    expect(entries.map((e) => [e.id, e.button!.hidden])).toEqual([['under', true], ['clear', false]]);
  });

  it('shows it again once the view brings it out from under the control', () => {
    const entries = [entry('under', 0, 0.9, 0)];
    layoutMarkers({ entries, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [topBarButton] });
    layoutMarkers({ entries, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [{ ...topBarButton, x: 100 }] });
    expect(entries[0]!.button!.hidden).toBe(false);
  });

  it('lays out a marker beyond the camera’s far plane (drei’s Html still shows it) and hides one behind the camera (Html would mirror it onto the screen)', () => {
    const near = new PerspectiveCamera(90, 1, 0.1, 0.5);
    near.updateMatrixWorld();
    const entries = [entry('far', 0, 0.9, 0), entry('behind', 0, 0, 1)];
    entries[1]!.position.set(0, 0, 1);
    layoutMarkers({ entries, camera: near, size, previous: new Map(), expanded: null, restingLabels: false, covered: [topBarButton] });
    expect(entries.map((e) => [e.id, e.button!.hidden])).toEqual([['far', true], ['behind', true]]);
  });

  it('moves a fanned-out group down, whole, clear of a control over its ring', () => {
    const stacked = [entry('a', 0, 0.85, 0), entry('b', 0.01, 0.85, 1), entry('c', -0.01, 0.85, 2)];
    const bar: Box = { x: 300, y: 0, w: 200, h: 40 };
    const expanded = layoutMarkers({ entries: stacked, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [bar] })[0]!.key;
    layoutMarkers({ entries: stacked, camera, size, previous: new Map(), expanded, restingLabels: false, covered: [bar] });
    expect(stacked.map((e) => e.button!.hidden)).toEqual([false, false, false]);
    // Each icon’s top edge (its centre 400, 60 plus the written offset, less ICON_HALF) is below the bar.
    for (const e of stacked) expect(60 + e.written.dy - ICON_HALF).toBeGreaterThanOrEqual(40);
  });

  it('gives no cluster whose count would sit under a control', () => {
    const stacked = [entry('a', 0, 0.9, 0), entry('b', 0.01, 0.9, 1), entry('c', -0.01, 0.9, 2)];
    expect(layoutMarkers({ entries: stacked, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [] })).toHaveLength(1);
    expect(layoutMarkers({ entries: stacked, camera, size, previous: new Map(), expanded: null, restingLabels: false, covered: [topBarButton] })).toEqual([]);
    expect(stacked.every((e) => e.button!.hidden)).toBe(true);
  });
});
