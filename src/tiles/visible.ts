/**
 * Which tiles a view needs, at which level. Pure math for the viewer's tile
 * loader: it asks on every camera change and loads the answer in order.
 *
 * The level is the smallest whose texels are at least as dense as the
 * screen's pixels at the middle of the view; the tiles are found by casting
 * a grid of rays through the screen, dense enough that no tile of that level
 * can fall between two rays, and come back nearest to the screen centre first.
 */
import { faceUvInto, type FaceHit } from './cube';
import { FACES, type Level } from './descriptor';
import { tileIndexAt, type TileAddress } from './pyramid';
import { tileKey, tileOfKey } from './tileKey';

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
  for (let index = 0; index < levels.length; index++) if (levels[index]!.faceSize / 2 >= wanted) return index;
  return levels.length - 1;
}

/**
 * Rays per screen edge. A tile of the chosen level covers at least about
 * tileSize · 0.9 screen pixels (its texels are no sparser than the screen's
 * pixels), so rays every ~1/24 of the screen cannot step over one on screens
 * up to ~10 000 px; the edges are sampled exactly so border tiles are found.
 */
const RAYS = 24;

/** The most tiles one view can need: one per ray. */
export const MAX_VISIBLE_TILES = (RAYS + 1) ** 2;

/**
 * Finds the tiles a view needs as numeric keys (see tileKey) into buffers it
 * owns, allocating nothing: the viewer asks on every frame the camera moves.
 */
export class VisibleTileFinder {
  /** The tiles of the last view, nearest to the screen centre first; the first `count` are valid. */
  readonly keys = new Float64Array(MAX_VISIBLE_TILES);
  count = 0;
  private readonly distances = new Float64Array(MAX_VISIBLE_TILES);
  private readonly hit: FaceHit = { face: 'front', u: 0, v: 0 };

  find(levelIndex: number, level: Level, view: TileView): void {
    // The camera's basis: forward (as directionOfYawPitch), right, and up = right × forward.
    const y = (view.yaw * Math.PI) / 180;
    const p = (view.pitch * Math.PI) / 180;
    const fx = Math.sin(y) * Math.cos(p);
    const fy = Math.sin(p);
    const fz = -Math.cos(y) * Math.cos(p);
    const rx = Math.cos(y);
    const ry = 0;
    const rz = Math.sin(y);
    const ux = ry * fz - rz * fy;
    const uy = rz * fx - rx * fz;
    const uz = rx * fy - ry * fx;
    const tanV = Math.tan(((view.fov / 2) * Math.PI) / 180);
    const tanH = tanV * view.aspect;
    const n = level.tilesPerSide;
    this.count = 0;
    for (let i = 0; i <= RAYS; i++) {
      for (let j = 0; j <= RAYS; j++) {
        const sx = (2 * i) / RAYS - 1;
        const sy = (2 * j) / RAYS - 1;
        const a = sx * tanH;
        const b = sy * tanV;
        const { face, u, v } = faceUvInto(fx + rx * a + ux * b, fy + ry * a + uy * b, fz + rz * a + uz * b, this.hit);
        const key = tileKey(levelIndex, FACES.indexOf(face), tileIndexAt(n, v), tileIndexAt(n, u));
        this.note(key, Math.hypot(sx * view.aspect, sy));
      }
    }
    this.sortByDistance();
  }

  /** Adds a tile, or lowers its distance to the nearest ray that hit it. */
  private note(key: number, distance: number): void {
    for (let k = 0; k < this.count; k++) {
      if (this.keys[k] !== key) continue;
      if (distance < this.distances[k]!) this.distances[k] = distance;
      return;
    }
    this.keys[this.count] = key;
    this.distances[this.count] = distance;
    this.count += 1;
  }

  /** A stable insertion sort: few tiles, in first-seen order on ties. */
  private sortByDistance(): void {
    const { keys, distances } = this;
    for (let k = 1; k < this.count; k++) {
      const key = keys[k]!;
      const distance = distances[k]!;
      let m = k - 1;
      for (; m >= 0 && distances[m]! > distance; m--) {
        keys[m + 1] = keys[m]!;
        distances[m + 1] = distances[m]!;
      }
      keys[m + 1] = key;
      distances[m + 1] = distance;
    }
  }
}

/** Tiles of level `levelIndex` that the view shows, nearest to the screen centre first. */
export function tilesInView(levelIndex: number, level: Level, view: TileView): TileAddress[] {
  const finder = new VisibleTileFinder();
  finder.find(levelIndex, level, view);
  return Array.from(finder.keys.subarray(0, finder.count), tileOfKey);
}

/** The level a view needs and its tiles in load order. */
export function visibleTiles(levels: readonly Level[], view: TileView): { level: number; tiles: TileAddress[] } {
  const level = levelFor(levels, view);
  return { level, tiles: tilesInView(level, levels[level] as Level, view) };
}
