/** The files a tile descriptor names beside itself (its preview and every tile), relative to it; null when it is not one. */
import { TileDescriptor } from '../../src/tiles/descriptor';
import { tilePath, tilesOfLevel } from '../../src/tiles/pyramid';

export function tileFiles(json: unknown): string[] | null {
  const parsed = TileDescriptor.safeParse(json);
  if (!parsed.success) return null;
  const d = parsed.data;
  return [d.preview.path, ...d.levels.flatMap((level, index) => [...tilesOfLevel(index, level, d.faces)].map((tile) => tilePath(d, tile)))];
}
