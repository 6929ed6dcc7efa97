/**
 * The pictures of a scene's link preview: a 1200×630 JPEG (og:image) and,
 * made from it, the small WebP poster of the start view (the light embed's
 * poster and the page's first paint, see startHints.ts). One definition for
 * the build (scripts/share-pages.ts) and the server (contentShare.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { PanoramaScene, Scene } from '../../src/tour/schema';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where a preview is cut from: the scene's own thumbnail, its panorama around the start view, or the tour's thumbnail.jpg. */
export type PreviewSource = { kind: 'image'; file: string } | { kind: 'panorama'; file: string; scene: PanoramaScene };

/**
 * The file a scene's preview is cut from; null when it has none. `localFile` turns a tour's
 * reference into a file the site may use (null for remote, missing or forbidden ones).
 */
export function previewSource(scene: Scene, tourFile: string, localFile: (url: string) => string | null): PreviewSource | null {
  const own = scene.thumbnail ? localFile(scene.thumbnail) : null;
  if (own) return { kind: 'image', file: own };
  if (scene.type === 'panorama') {
    const image = localFile(scene.image);
    if (image) return { kind: 'panorama', file: image, scene };
  }
  const tourThumbnail = join(dirname(tourFile), 'thumbnail.jpg');
  return existsSync(tourThumbnail) ? { kind: 'image', file: tourThumbnail } : null;
}

/** The part of an equirectangular image around the start view, as a preview card. */
async function panoramaThumbnail(scene: PanoramaScene, file: string): Promise<Buffer> {
  const image = sharp(file, { limitInputPixels: false });
  const { width = 0, height = 0 } = await image.metadata();
  const vertical = (scene.view.fov * Math.PI) / 180;
  const horizontalDeg = (2 * Math.atan(Math.tan(vertical / 2) * (PREVIEW_WIDTH / PREVIEW_HEIGHT)) * 180) / Math.PI;
  const cropWidth = Math.min(width, Math.round((width * horizontalDeg) / 360));
  const cropHeight = Math.min(height, Math.round((cropWidth * PREVIEW_HEIGHT) / PREVIEW_WIDTH));
  const centreX = ((scene.view.yaw + 180) / 360) * width;
  const centreY = ((90 - scene.view.pitch) / 180) * height;
  const left = Math.max(0, Math.min(width - cropWidth, Math.round(centreX - cropWidth / 2)));
  const top = Math.max(0, Math.min(height - cropHeight, Math.round(centreY - cropHeight / 2)));
  return image.extract({ left, top, width: cropWidth, height: cropHeight }).resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
}

/** The 1200×630 JPEG of a preview source. */
export const cutPreview = (source: PreviewSource): Promise<Buffer> =>
  source.kind === 'panorama'
    ? panoramaThumbnail(source.scene, source.file)
    : sharp(source.file).resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();

/** The light embed's poster (?embed=1&autoload=0) must stay far below its 60 KB budget: small WebP. */
export const posterImage = (preview: Buffer): Promise<Buffer> => sharp(preview).resize(768, 403, { fit: 'cover' }).webp({ quality: 55 }).toBuffer();
