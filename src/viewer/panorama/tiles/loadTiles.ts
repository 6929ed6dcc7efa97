/** Fetches a tile pyramid's descriptor and preview; neighbour scenes preload these two small files only. */
import { LinearFilter, SRGBColorSpace, Texture } from 'three';
import type { TileDescriptor } from '../../../tiles/descriptor';
import { FetchError, takeBytes, type FetchOptions } from '../../../lib/fetchBytes';
import { TilesError, tileUrl } from '../../../tiles/descriptorCache';

/** The 6×1 strip of faces as one texture, without mipmaps (they would blend neighbouring faces). */
export async function loadPreview(descriptorUrl: string, descriptor: TileDescriptor, options: FetchOptions = {}): Promise<Texture> {
  const url = tileUrl(descriptorUrl, descriptor.preview.path);
  const bytes = await takeBytes(url, options);
  if (bytes.byteLength === 0) throw new FetchError('the preview image is empty', url);
  const bitmap = await decodeImage(new Blob([bytes]));
  if (options.signal?.aborted) {
    bitmap.close();
    options.signal.throwIfAborted();
  }
  const texture = bitmapTexture(bitmap);
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  return texture;
}

/** Decodes off the main thread, top row first (UV v = 0 is the top of the image). */
export async function decodeImage(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image', colorSpaceConversion: 'none' });
  } catch {
    throw new TilesError('an image of the tile pyramid could not be decoded');
  }
}

export function bitmapTexture(bitmap: ImageBitmap): Texture {
  const texture = new Texture(bitmap);
  texture.flipY = false; // WebGL ignores flipY for bitmaps; our UVs count v from the top
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  texture.addEventListener('dispose', () => bitmap.close());
  return texture;
}
