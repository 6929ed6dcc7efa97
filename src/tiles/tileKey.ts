/**
 * A tile address as one number. The viewer keys its maps and compares the
 * tiles a view needs on every frame the camera moves; a string per tile per
 * frame would be garbage for the collector to sweep mid-drag.
 */
import { FACES } from './descriptor';
import type { TileAddress } from './pyramid';

/** Rows and columns stay below this (a face of 2^16 tiles of 512 px is 32 million px wide). */
const SPAN = 65536;

/** Unique for rows and columns below 2^16 and levels below 2^20 (exact under 2^53). */
export function tileKey(level: number, faceIndex: number, row: number, col: number): number {
  return ((level * FACES.length + faceIndex) * SPAN + row) * SPAN + col;
}

export function keyOfTile(tile: TileAddress): number {
  return tileKey(tile.level, FACES.indexOf(tile.face), tile.row, tile.col);
}

export function tileOfKey(key: number): TileAddress {
  const col = key % SPAN;
  const faceRows = (key - col) / SPAN;
  const row = faceRows % SPAN;
  const levelFaces = (faceRows - row) / SPAN;
  const faceIndex = levelFaces % FACES.length;
  return { level: (levelFaces - faceIndex) / FACES.length, face: FACES[faceIndex]!, row, col };
}

/** Whether the first `count` keys hold `key`: a view needs a few dozen tiles, so a scan beats a set built per frame. */
export function includesKey(keys: ArrayLike<number>, count: number, key: number): boolean {
  for (let i = 0; i < count; i++) if (keys[i] === key) return true;
  return false;
}
