/**
 * The start script's first frame of a panorama (earlyPaint.ts draws it): the early canvas is put where
 * the 3D view will be, sized as the viewer will size it, and painted at the view the app will open
 * (earlyView.ts); the viewer waits for it (earlyStart.ts: pendingStartFrame). The mark `sitevisit:first-frame` says
 * when the picture was drawn (the app marks it instead when it draws first).
 */
import { FACE_FRAMES } from '../tiles/cube';
import { preloadBytes, preloadedBytes } from '../lib/fetchBytes';
import { paintPanorama, uploadTexture, type PaintProjection, type PaintView } from './earlyPaint';

/** A context with the painting program prepared for it (earlyPaint.ts: prepareProgram). */

interface Context {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
  paintProgram: WebGLProgram | null;
}

const FIRST_FRAME = 'sitevisit:first-frame';

/** The 3D view's box (the whole viewport), at r3f's pixel ratio (1–2): the viewer keeps the size, so adopting the canvas does not clear it. */
function placeCanvas(canvas: HTMLCanvasElement): void {
  const ratio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  canvas.width = Math.floor(window.innerWidth * ratio);
  canvas.height = Math.floor(window.innerHeight * ratio);
  canvas.id = 'start-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;display:block;pointer-events:none';
  // Over the start view's poster (a small picture of the same view), under the app.
  const poster = document.getElementById('start-poster');
  if (poster) poster.after(canvas);
  else document.body.prepend(canvas);
}

/**
 * A still copy of the painted frame under the canvas, until the app's first frame with the scene
 * (src/app/startPoster.ts removes it): when the viewer adopts the canvas it sizes it, which clears
 * it, and its first frames are drawn before the panorama is in the scene. Without the copy the
 * picture would blink out for a frame or two.
 */
function keepStill(canvas: HTMLCanvasElement): void {
  const still = document.createElement('canvas');
  still.width = canvas.width;
  still.height = canvas.height;
  // Read in the task that drew it: the drawing buffer is only defined until the frame is shown.
  still.getContext('2d')?.drawImage(canvas, 0, 0);
  still.id = 'start-frame';
  still.setAttribute('aria-hidden', 'true');
  still.style.cssText = canvas.style.cssText;
  canvas.before(still);
}

/** Paints `texture` at `view` while the app has not taken `early` yet (null: it has). */
export function paintFirstFrame(early: Context | null, texture: WebGLTexture, projection: PaintProjection, view: PaintView): void {
  const program = early?.paintProgram;
  if (!early || !program || early.context.isContextLost() || performance.getEntriesByName(FIRST_FRAME).length > 0) return;
  early.paintProgram = null;
  placeCanvas(early.canvas);
  if (!paintPanorama(early.context, program, texture, view, projection)) return;
  // The frame is submitted; the still is read back from it after (a wait for the GPU).
  performance.mark(FIRST_FRAME);
  keepStill(early.canvas);
}

type Face = keyof typeof FACE_FRAMES;
const FACES = new Set<string>(Object.keys(FACE_FRAMES));

/** The few fields of a tile descriptor the preview needs, checked (the app validates the whole file and reports what is wrong). */
function previewOf(descriptor: unknown): { path: string; faces: Face[]; faceSize: number } | null {
  const d = descriptor as { projection?: unknown; faces?: unknown; preview?: { path?: unknown; layout?: unknown; faceSize?: unknown } } | null;
  const faces = d?.faces;
  const preview = d?.preview;
  if (d?.projection !== 'cube' || !Array.isArray(faces) || faces.length !== 6 || !faces.every((f) => typeof f === 'string' && FACES.has(f))) return null;
  if (!preview || typeof preview.path !== 'string' || preview.layout !== 'cube-strip-6x1' || typeof preview.faceSize !== 'number' || !(preview.faceSize > 0)) return null;
  return { path: preview.path, faces: faces as Face[], faceSize: preview.faceSize };
}

/**
 * A tiled scene's first frame: its preview strip (the app's first picture of it too), from the page's
 * preloads of the descriptor and the preview. The texture is only drawn from, then deleted: the app
 * decodes the preview again for its own meshes.
 */
export function paintTiledPreview(ready: Promise<unknown>, current: () => Context | null, descriptorUrl: string, view: PaintView): Promise<void> {
  preloadBytes(descriptorUrl);
  const descriptor = preloadedBytes(descriptorUrl);
  if (!descriptor) return Promise.resolve();
  return descriptor
    .then(async (bytes) => {
      const preview = previewOf(JSON.parse(new TextDecoder().decode(bytes)));
      if (!preview) return;
      const previewUrl = new URL(preview.path, descriptorUrl).href;
      preloadBytes(previewUrl);
      const previewBytes = preloadedBytes(previewUrl);
      if (!previewBytes) return;
      const bitmap = await createImageBitmap(new Blob([await previewBytes]), { imageOrientation: 'from-image', colorSpaceConversion: 'none' });
      // The context is made while the preview downloads and decodes (earlyStart.ts: ready); null once the app has taken it.
      await ready;
      const early = current();
      const gl = early?.context;
      if (!gl || gl.isContextLost()) return bitmap.close();
      const texture = uploadTexture(gl, bitmap);
      bitmap.close();
      paintFirstFrame(early, texture, { kind: 'cube-strip', faces: preview.faces.map((face) => FACE_FRAMES[face]), faceSize: preview.faceSize }, view);
      gl.deleteTexture(texture);
    })
    .catch(() => undefined); // the app loads the pyramid itself and reports what is wrong
}
