/** Loads an equirectangular image into a GPU texture that fits the device, never a black screen. */
import { LinearMipmapLinearFilter, SRGBColorSpace, Texture } from 'three';
import { takeBytes, type FetchOptions } from '../../lib/fetchBytes';
import { readImageSize } from '../../lib/imageSize';

/** Beyond 8K wide the extra pixels cost ~128 MB of GPU memory for detail no screen shows whole. */
const MAX_PANORAMA_WIDTH = 8192;

export interface LoadedPanorama {
  texture: Texture;
  /** Pixel size of the file, before any downscaling. */
  sourceWidth: number;
  sourceHeight: number;
  /** True when the image was decoded smaller to fit the GPU. */
  downscaled: boolean;
}

export class PanoramaError extends Error {}

export async function loadPanorama(
  url: string,
  maxTextureSize: number,
  options: FetchOptions = {},
): Promise<LoadedPanorama> {
  const bytes = await takeBytes(url, options);
  if (bytes.byteLength === 0) throw new PanoramaError('the image file is empty');
  const size = readImageSize(bytes);
  if (!size) throw new PanoramaError('the file is not a JPEG, PNG or WebP image');

  const limit = Math.min(maxTextureSize, MAX_PANORAMA_WIDTH);
  const scale = Math.min(1, limit / size.width, limit / size.height);
  const blob = new Blob([bytes], { type: `image/${size.type}` });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, {
      imageOrientation: 'flipY',
      colorSpaceConversion: 'none',
      ...(scale < 1
        ? { resizeWidth: Math.floor(size.width * scale), resizeHeight: Math.floor(size.height * scale), resizeQuality: 'high' as const }
        : {}),
    });
  } catch {
    throw new PanoramaError(`the image (${size.width}×${size.height}) could not be decoded; it may be corrupt or too large`);
  }
  options.signal?.throwIfAborted();

  const texture = new Texture(bitmap);
  texture.colorSpace = SRGBColorSpace;
  texture.flipY = false; // already flipped while decoding; WebGL ignores flipY for bitmaps
  texture.minFilter = LinearMipmapLinearFilter;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  // The bitmap's memory is released with the texture.
  texture.addEventListener('dispose', () => bitmap.close());
  return { texture, sourceWidth: size.width, sourceHeight: size.height, downscaled: scale < 1 };
}
