/** The meshes of a tiled panorama: the preview on the six faces, and one quad per tile over it. */
import { DoubleSide, LinearMipmapLinearFilter, Mesh, MeshBasicMaterial, type Texture } from 'three';
import type { TileDescriptor } from '../../../tiles/descriptor';
import { tileUvRect, type TileAddress } from '../../../tiles/pyramid';
import { bitmapTexture } from './loadTiles';
import { faceQuad } from './faceQuad';

export type TileMesh = Mesh<ReturnType<typeof faceQuad>, MeshBasicMaterial>;

/** Tiles draw after the preview (-100) and before hotspots (0); deeper levels over shallower. */
const PREVIEW_ORDER = -100;
const tileOrder = (level: number) => -50 + level;

const overlay = (map: Texture) => new MeshBasicMaterial({ map, side: DoubleSide, depthWrite: false, depthTest: false, toneMapped: false });

/** The preview strip on the six faces, each face's UVs inset half a texel so no face samples its neighbour. */
export function previewMeshes(descriptor: TileDescriptor, texture: Texture): TileMesh[] {
  const n = descriptor.faces.length;
  const half = 0.5 / descriptor.preview.faceSize;
  const material = overlay(texture);
  return descriptor.faces.map((face, i) => {
    const s0 = (i + half) / n;
    const s1 = (i + 1 - half) / n;
    const mesh = new Mesh(faceQuad(face, 0, 0, 1, 1, s0, half, s1, 1 - half), material);
    mesh.renderOrder = PREVIEW_ORDER;
    mesh.name = `preview-${face}`;
    return mesh;
  });
}

export function tileMesh(descriptor: TileDescriptor, address: TileAddress, bitmap: ImageBitmap): TileMesh {
  const { u0, v0, u1, v1 } = tileUvRect(descriptor.levels[address.level]!, address.row, address.col);
  const texture = bitmapTexture(bitmap);
  // Clamped edges and exact quad corners: neighbouring tiles meet without a seam or a gap.
  texture.minFilter = LinearMipmapLinearFilter;
  const mesh = new Mesh(faceQuad(address.face, u0, v0, u1, v1), overlay(texture));
  mesh.renderOrder = tileOrder(address.level);
  mesh.name = `tile-${address.level}/${address.face}/${address.row}/${address.col}`;
  return mesh;
}

/** GPU bytes of a tile's texture: RGBA with its mipmaps (a third more). */
export const tileBytes = (bitmap: ImageBitmap) => Math.round(bitmap.width * bitmap.height * 4 * (4 / 3));
