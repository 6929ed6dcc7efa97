/**
 * Which tiles a view needs, at which level. Pure math for the viewer's tile
 * loader: it asks on every camera change and loads the answer in order.
 *
 * The level is the smallest whose texels are at least as dense as the
 * screen's pixels at the middle of the view; the tiles are found by casting
 * a grid of rays through the screen, dense enough that no tile of that level
 * can fall between two rays, and come back nearest to the screen centre first.
 */
import { directionOfYawPitch, faceUvOf, type Vec3 } from './cube';
import type { Level } from './descriptor';
import { tileAt, type TileAddress } from './pyramid';

export interface TileView {
  /** Degrees, as in the store's panorama view. */
  yaw: number;
  pitch: number;
  /** Vertical field of view, degrees. */
  fov: number;
  /** Width / height of the drawing buffer. */
  aspect: number;
  /** Height of the drawing buffer in device pixels. */
  screenHeight: number;
}

/**
 * Texels may be this much sparser than screen pixels before a deeper level is
 * chosen: a level at 90 % of the screen's density looks sharp, and the next
 * one costs four times the bytes.
 */
const UNDERSAMPLING = 0.9;

/** Screen pixels per radian at the middle of the view. */
export function screenDensity(view: Pick<TileView, 'fov' | 'screenHeight'>): number {
  return view.screenHeight / 2 / Math.tan(((view.fov / 2) * Math.PI) / 180);
}

/**
 * Index of the level to show. A face of edge s spans 90° and holds s/2 texels
 * per radian at its centre (the sparsest point of a cube face).
 */
export function levelFor(levels: readonly Level[], view: Pick<TileView, 'fov' | 'screenHeight'>): number {
  const wanted = screenDensity(view) * UNDERSAMPLING;
  const index = levels.findIndex((level) => level.faceSize / 2 >= wanted);
  return index === -1 ? levels.length - 1 : index;
}

const add = (a: Vec3, b: Vec3, s: number): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];

/** Camera basis for a yaw/pitch: forward, right, up (unit vectors). */
function basis(yaw: number, pitch: number): { forward: Vec3; right: Vec3; up: Vec3 } {
  const y = (yaw * Math.PI) / 180;
  const forward = directionOfYawPitch(yaw, pitch);
  const right: Vec3 = [Math.cos(y), 0, Math.sin(y)];
  const up: Vec3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ];
  return { forward, right, up };
}

/**
 * Rays per screen edge. A tile of the chosen level covers at least about
 * tileSize · 0.9 screen pixels (its texels are no sparser than the screen's
 * pixels), so rays every ~1/24 of the screen cannot step over one on screens
 * up to ~10 000 px; the edges are sampled exactly so border tiles are found.
 */
const RAYS = 24;

/** Tiles of level `levelIndex` that the view shows, nearest to the screen centre first. */
export function tilesInView(levelIndex: number, level: Level, view: TileView): TileAddress[] {
  const { forward, right, up } = basis(view.yaw, view.pitch);
  const tanV = Math.tan(((view.fov / 2) * Math.PI) / 180);
  const tanH = tanV * view.aspect;
  const found = new Map<string, { tile: TileAddress; distance: number }>();
  for (let i = 0; i <= RAYS; i++) {
    for (let j = 0; j <= RAYS; j++) {
      const sx = (2 * i) / RAYS - 1;
      const sy = (2 * j) / RAYS - 1;
      const ray = add(add(forward, right, sx * tanH), up, sy * tanV);
      const { face, u, v } = faceUvOf(ray);
      const { row, col } = tileAt(level, u, v);
      const key = `${face}/${row}/${col}`;
      const distance = Math.hypot(sx * view.aspect, sy);
      const seen = found.get(key);
      if (!seen) found.set(key, { tile: { level: levelIndex, face, row, col }, distance });
      else if (distance < seen.distance) seen.distance = distance;
    }
  }
  return [...found.values()].sort((a, b) => a.distance - b.distance).map((entry) => entry.tile);
}

/** The level a view needs and its tiles in load order. */
export function visibleTiles(levels: readonly Level[], view: TileView): { level: number; tiles: TileAddress[] } {
  const level = levelFor(levels, view);
  return { level, tiles: tilesInView(level, levels[level] as Level, view) };
}
