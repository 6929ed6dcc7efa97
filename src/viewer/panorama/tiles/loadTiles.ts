/** Fetches a tile pyramid's descriptor and preview; neighbour scenes preload these two small files only. */
import { LinearFilter, SRGBColorSpace, Texture } from 'three';
import { TileDescriptor } from '../../../tiles/descriptor';
import { FetchError, preloadBytes, takeBytes, type FetchOptions } from '../../../lib/fetchBytes';

export class TilesError extends Error {}

/** Descriptors are a few hundred bytes: kept per URL, so a preload and the scene share one request. */
const descriptors = new Map<string, Promise<TileDescriptor>>();
const MAX_DESCRIPTORS = 16;

export function loadDescriptor(url: string, options: FetchOptions = {}): Promise<TileDescriptor> {
  let pending = descriptors.get(url);
  if (!pending) {
    pending = takeBytes(url, { ...(options.signal ? { signal: options.signal } : {}) }).then((bytes) => {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new TilesError('the tile descriptor is not JSON');
      }
      const parsed = TileDescriptor.safeParse(json);
      if (!parsed.success) throw new TilesError(`the tile descriptor is invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
      return parsed.data;
    });
    pending.catch(() => descriptors.delete(url));
    descriptors.set(url, pending);
    while (descriptors.size > MAX_DESCRIPTORS) descriptors.delete(descriptors.keys().next().value as string);
  }
  return pending;
}

/** URL of a file named in a descriptor (paths are relative to tiles.json). */
export const tileUrl = (descriptorUrl: string, path: string) => new URL(path, descriptorUrl).href;

/** Starts downloading a scene's descriptor and then its preview image, nothing more. */
export function preloadTilesPreview(descriptorUrl: string): void {
  loadDescriptor(descriptorUrl).then(
    (d) => preloadBytes(tileUrl(descriptorUrl, d.preview.path)),
    () => {}, // the scene itself reports the error when it is opened
  );
}

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
