/**
 * Levels and tile addressing of a cube-face pyramid. Pure math shared by the
 * CLI that cuts tiles and the viewer that loads them.
 *
 * Levels: the deepest face edge matches the source's density at a face's
 * centre (source width / π), rounded up to a whole number of tiles; below it
 * come tileSize·2^k for every power that is smaller. Every level is a whole
 * number of tiles, so every tile is a full tileSize square.
 */
import type { Face, Level, TileDescriptor } from './descriptor';

export const DEFAULT_TILE_SIZE = 512;

/** Face edge of the deepest level for an equirectangular source `sourceWidth` px wide. */
export function deepestFaceSize(sourceWidth: number, tileSize = DEFAULT_TILE_SIZE): number {
  return Math.max(1, Math.ceil(sourceWidth / Math.PI / tileSize)) * tileSize;
}

/** The levels, smallest first. */
export function levelsFor(sourceWidth: number, tileSize = DEFAULT_TILE_SIZE): Level[] {
  const deepest = deepestFaceSize(sourceWidth, tileSize);
  const levels: Level[] = [];
  for (let size = tileSize; size < deepest; size *= 2) levels.push({ faceSize: size, tilesPerSide: size / tileSize });
  levels.push({ faceSize: deepest, tilesPerSide: deepest / tileSize });
  return levels;
}

export interface TileAddress {
  level: number;
  face: Face;
  row: number;
  col: number;
}

/** Path of a tile relative to tiles.json, from the descriptor's template. */
export function tilePath(descriptor: Pick<TileDescriptor, 'tilePath' | 'ext'>, tile: TileAddress): string {
  return descriptor.tilePath
    .replaceAll('{level}', String(tile.level))
    .replaceAll('{face}', tile.face)
    .replaceAll('{row}', String(tile.row))
    .replaceAll('{col}', String(tile.col))
    .replaceAll('{ext}', descriptor.ext);
}

/** The part of its face a tile covers, in face (u, v) ∈ [0,1]² (u right, v down). */
export function tileUvRect(level: Level, row: number, col: number): { u0: number; v0: number; u1: number; v1: number } {
  const n = level.tilesPerSide;
  return { u0: col / n, v0: row / n, u1: (col + 1) / n, v1: (row + 1) / n };
}

/** Every tile of a level, face by face, row by row. */
export function* tilesOfLevel(levelIndex: number, level: Level, faces: readonly Face[]): Generator<TileAddress> {
  for (const face of faces) {
    for (let row = 0; row < level.tilesPerSide; row++) {
      for (let col = 0; col < level.tilesPerSide; col++) yield { level: levelIndex, face, row, col };
    }
  }
}

/** Number of tiles in the whole pyramid. */
export function tileCount(levels: readonly Level[]): number {
  return levels.reduce((sum, l) => sum + 6 * l.tilesPerSide * l.tilesPerSide, 0);
}

/** The tile holding face point (u, v) at a level. */
export function tileAt(level: Level, u: number, v: number): { row: number; col: number } {
  return { row: tileIndexAt(level.tilesPerSide, v), col: tileIndexAt(level.tilesPerSide, u) };
}

/** The row (from v) or column (from u) of `n` per side that holds face coordinate t ∈ [0,1]. */
export function tileIndexAt(n: number, t: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(t * n)));
}
