/** Loads an equirectangular image into a GPU texture that fits the device, never a black screen. */
import { ExternalTexture, LinearFilter, LinearMipmapLinearFilter, NoColorSpace, Texture } from 'three';
import { takeBytes, type FetchOptions } from '../../lib/fetchBytes';
import { readImageSize } from '../../lib/imageSize';
import { FileProblem } from '../loadErrors';
import { takeEarlyPicture, type EarlyPicture } from '../../start/earlyStart';

/** Beyond 8K wide the extra pixels cost ~128 MB of GPU memory for detail no screen shows whole. */
const MAX_PANORAMA_WIDTH = 8192;
/**
 * Up to this width a full window shows about one texel per pixel or fewer (4096 px over 360°: a
 * 1280 px window at 16:9 spans ~1270 texels), so mipmaps would only cost: building them on upload
 * delays the first frame, and sampling two levels per pixel slows every frame while turning.
 */
const MIPMAPS_ABOVE_WIDTH = 4096;

export interface LoadedPanorama {
  texture: Texture;
  /** Pixel size of the file, before any downscaling. */
  sourceWidth: number;
  sourceHeight: number;
  /** True when the image was decoded smaller to fit the GPU. */
  downscaled: boolean;
}

export class PanoramaError extends FileProblem {}

/** `context`: the renderer's, which may already hold the picture (uploaded by the page's start script). */
export async function loadPanorama(
  url: string,
  maxTextureSize: number,
  options: FetchOptions = {},
  context?: WebGLRenderingContext | WebGL2RenderingContext,
): Promise<LoadedPanorama> {
  const early = takeEarlyPicture(url);
  const bytes = await takeBytes(url, options);
  if (bytes.byteLength === 0) throw new PanoramaError('the image file is empty', 'empty');
  const size = readImageSize(bytes);
  if (!size) throw new PanoramaError('the file is not a JPEG, PNG or WebP image', 'wrong-type');

  // Even a flat JPEG spends about a bit per 8×8 block; far less means a lying header or a cut file.
  if (size.type === 'jpeg' && bytes.byteLength * 8 < (size.width * size.height) / 64) {
    const kb = Math.round(bytes.byteLength / 1024);
    throw new PanoramaError(`the image claims ${size.width}×${size.height} pixels but holds only ${kb} KB; it is truncated or corrupt`);
  }

  const limit = Math.min(maxTextureSize, MAX_PANORAMA_WIDTH);
  const scale = Math.min(1, limit / size.width, limit / size.height);
  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  const blob = new Blob([bytes], { type: `image/${size.type}` });
  const texture = await decodeToTexture(blob, width, height, scale < 1, { early, context }).catch(() => {
    throw new PanoramaError(`the image (${size.width}×${size.height}) could not be decoded; it may be corrupt or too large`);
  });
  if (options.signal?.aborted) {
    texture.dispose();
    options.signal.throwIfAborted();
  }
  // The sphere's material shows the texels as decoded (panoramaMaterial.ts): no sRGB decode on the GPU.
  texture.colorSpace = NoColorSpace;
  // Seen from the sphere's centre, texels face the camera: anisotropic filtering would cost without showing.
  const mipmaps = width > MIPMAPS_ABOVE_WIDTH;
  texture.generateMipmaps = mipmaps;
  texture.minFilter = mipmaps ? LinearMipmapLinearFilter : LinearFilter;
  texture.needsUpdate = true;
  return { texture, sourceWidth: size.width, sourceHeight: size.height, downscaled: scale < 1 };
}

/**
 * Decodes off the main thread with createImageBitmap. Chromium refuses some
 * files an <img> still shows (a progressive JPEG cut short shows its first
 * scans), so those go through an <img> and a canvas: show what the browser can.
 */
async function decodeToTexture(blob: Blob, width: number, height: number, resize: boolean, start: StartWork): Promise<Texture> {
  try {
    const early = await usableEarly(start.early, width, height);
    if (early?.texture && early.texture.context === start.context) {
      early.bitmap.close();
      return onTheGpuAlready(early.texture.texture, early.texture.context);
    }
    if (early?.texture) early.texture.context.deleteTexture(early.texture.texture);
    const bitmap = early?.bitmap ?? (await createImageBitmap(blob, {
      imageOrientation: 'flipY',
      colorSpaceConversion: 'none',
      ...(resize ? { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' as const } : {}),
    }));
    const texture = new Texture(bitmap);
    texture.flipY = false; // flipped while decoding; WebGL ignores flipY for bitmaps
    texture.addEventListener('dispose', () => bitmap.close());
    return texture;
  } catch {
    const canvas = await drawThroughImageElement(blob, width, height);
    return new Texture(canvas);
  }
}

/** What the page's start script (src/start/earlyStart.ts) may have done for the file already, and the renderer's context. */
interface StartWork {
  early: Promise<EarlyPicture | null> | null;
  context: WebGLRenderingContext | WebGL2RenderingContext | undefined;
}

/** The early decode when it has the size wanted (it is made at full size); otherwise it is released. */
async function usableEarly(early: StartWork['early'], width: number, height: number): Promise<EarlyPicture | null> {
  const picture = await early;
  if (!picture || (picture.bitmap.width === width && picture.bitmap.height === height)) return picture;
  picture.bitmap.close();
  picture.texture?.context.deleteTexture(picture.texture.texture);
  return null;
}

/** The texture the start script uploaded (RGBA8, linear, clamped), for three.js to bind as it is; deleted with it. */
function onTheGpuAlready(source: WebGLTexture, context: WebGL2RenderingContext): Texture {
  const texture = new ExternalTexture(source);
  texture.addEventListener('dispose', () => context.deleteTexture(source));
  return texture;
}

async function drawThroughImageElement(blob: Blob, width: number, height: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = reject;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}
