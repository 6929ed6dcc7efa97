/**
 * The page's first work, done before the app's code (~300 KB of it) has loaded and run: this
 * module is an entry of its own, which the HTML runs ahead of the app's (scripts/startEntry.ts
 * writes its <script>); the app imports the same module, so nothing here is downloaded twice,
 * and without that <script> (the dev server) it simply runs with the app.
 *
 *  - The WebGL context: creating it costs the main thread 100–250 ms of waiting on the GPU
 *    process (SwiftShader), which now overlaps the app's download and parse. It is made once
 *    the picture's bytes have reached their decode (or after BYTES_FIRST_MS), so that the decode
 *    runs during that wait rather than after it. The renderer adopts its canvas (src/viewer/renderer.ts).
 *  - A panorama's image named by the page's start hints (`<link rel=preload data-start-file>`,
 *    server/http/quickViewPreload.ts and server/share/startHints.ts): its bytes are taken from
 *    the preload as they arrive, decoded off the main thread (createImageBitmap) as loadPanorama
 *    would decode them, and uploaded into a texture of the early context, so the app finds the
 *    picture on the GPU.
 *  - The app itself, run once that frame is painted (startApp).
 *  - The panorama's first frame, drawn from that texture (or from a tile pyramid's preview) at the
 *    view the app will open, on the early canvas, put where the 3D view will be (firstFrame.ts): the
 *    app adopts that canvas and draws over the picture when it is ready.
 */
import { preloadBytes, preloadedBytes } from '../lib/fetchBytes';
import { readImageSize } from '../lib/imageSize';
import { paintFirstFrame, paintTiledPreview } from './firstFrame';
import { prepareProgram, uploadTexture, type PaintView } from './earlyPaint';
import { earlyView } from './earlyView';
import { isPanoramaImage, isTileDescriptor } from '../tour/startPictures';

/** The one set of context attributes (r3f's defaults, no MSAA: see src/viewer/renderer.ts). */
export const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { alpha: true, antialias: false, depth: true, stencil: false, powerPreference: 'high-performance' };
/** Decoded early only up to this size: every WebGL 2 device of note holds it, and loadPanorama makes no mipmaps for it. */
const EARLY_DECODE_MAX = 4096;

export interface EarlyContext {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
  /** The first frame's program, compiling from the start; null when there is nothing to paint, or once it has been used. */
  paintProgram: WebGLProgram | null;
}

/** A decoded picture and, when the early context took it, its texture there (RGBA8, linear filtering, clamped; see uploadEarly). */
export interface EarlyPicture {
  bitmap: ImageBitmap;
  texture: { texture: WebGLTexture; context: WebGL2RenderingContext } | null;
}

let earlyContext: EarlyContext | null = null;
/** The app has asked for the context: a context not made by then is not made at all. */
let contextClaimed = false;
const decoded = new Map<string, Promise<EarlyPicture | null>>();
/** The view to paint the first frame at; null: none is painted. */
let paintAt: PaintView | null = null;
/** Settles once the first frame is painted, or will not be (at the latest after STILL_WAITING_MS). */
let startFrame: Promise<void> | null = null;
let startFrameSettled = true;
/** How long the viewer leaves the context to a paint that has not happened (a slow decode): its own first frame needs the picture too. */
const STILL_WAITING_MS = 4000;

/**
 * Null when nothing is (or is still to be) painted; else settles once the start script has painted, or given up.
 * Until then the viewer leaves the canvas to it (src/viewer/useStartFrame.ts): the viewer's first
 * frame needs the same decoded picture, and the renderer would take the context the paint needs.
 */
export const pendingStartFrame = (): Promise<void> | null => (startFrameSettled ? null : startFrame);

function paintingUntil(done: Promise<unknown>): void {
  startFrameSettled = false;
  startFrame = Promise.race([done.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, STILL_WAITING_MS))]).then(() => {
    startFrameSettled = true;
  });
}

/** The canvas and context made before the app ran, once; null when there is none (or it was taken). */
export function takeEarlyContext(): EarlyContext | null {
  contextClaimed = true;
  const taken = earlyContext;
  earlyContext = null;
  if (taken?.paintProgram) taken.context.deleteProgram(taken.paintProgram);
  if (taken) taken.paintProgram = null;
  return taken && !taken.context.isContextLost() ? taken : null;
}

/** The early decode of `url` (flipped for a panorama texture), once; null when there was none or it failed. */
export function takeEarlyPicture(url: string): Promise<EarlyPicture | null> | null {
  const picture = decoded.get(url) ?? null;
  decoded.delete(url);
  return picture;
}

function decodeEarly(url: string, bytes: Promise<ArrayBuffer>, context: Promise<unknown>): void {
  const picture = bytes
    .then((buffer) => {
      const size = readImageSize(buffer);
      if (!size || size.width > EARLY_DECODE_MAX || size.height > EARLY_DECODE_MAX) return null;
      return createImageBitmap(new Blob([buffer], { type: `image/${size.type}` }), { imageOrientation: 'flipY', colorSpaceConversion: 'none' });
    })
    // The decode runs while the context is made; the upload needs both.
    .then(async (bitmap) => (bitmap ? (await context, { bitmap, texture: uploadEarly(bitmap) }) : null))
    .catch(() => null); // the app decodes again and reports what is wrong
  decoded.set(url, picture);
  const view = paintAt;
  if (view) {
    paintingUntil(
      picture.then((decodedPicture) => {
        const texture = decodedPicture?.texture?.texture;
        // Drawn at once, in the task that uploaded the picture: the browser shows it with its next frame.
        if (texture) paintFirstFrame(earlyContext, texture, { kind: 'equirectangular' }, view);
      }),
    );
  }
}

/** The picture as a texture of the early context, while the app still loads; null without the context (or once the app has it). */
function uploadEarly(bitmap: ImageBitmap): EarlyPicture['texture'] {
  const gl = earlyContext?.context;
  if (!gl || gl.isContextLost()) return null;
  return { texture: uploadTexture(gl, bitmap), context: gl };
}

/**
 * The questions three.js's renderer asks the GPU process as it starts, each a wait of the main thread: asked
 * now, while nothing else runs; the browser keeps the answers (an extension object per context, the
 * precision formats, the version string), so the renderer's own calls return at once.
 */
function askWhatThreeAsks(gl: WebGL2RenderingContext): void {
  for (const name of ['EXT_color_buffer_float', 'WEBGL_clip_cull_distance', 'OES_texture_float_linear', 'EXT_color_buffer_half_float', 'WEBGL_multisampled_render_to_texture', 'WEBGL_render_shared_exponent', 'EXT_texture_filter_anisotropic', 'KHR_parallel_shader_compile']) gl.getExtension(name);
  for (const shader of [gl.VERTEX_SHADER, gl.FRAGMENT_SHADER]) for (const precision of [gl.HIGH_FLOAT, gl.MEDIUM_FLOAT]) gl.getShaderPrecisionFormat(shader, precision);
  gl.getParameter(gl.VERSION);
}

/**
 * Makes the context (the main thread waits 100–250 ms for the GPU process) and prepares the painting
 * program, unless the app has taken over meanwhile. Each in a task of its own, so that the picture's
 * bytes, delivered to the page between tasks, reach its decode as soon as they are in.
 */
async function makeContext(program: 'cube-strip' | 'equirectangular' | null): Promise<void> {
  if (contextClaimed) return;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  if (!gl) return;
  earlyContext = { canvas, context: gl, paintProgram: null };
  await nextTask();
  if (earlyContext?.context !== gl) return;
  if (paintAt && program) earlyContext.paintProgram = prepareProgram(gl, program);
  // Asked after the first frame when one is painted: each question waits for the GPU process, which is
  // busy compiling the painting program, and the picture's upload would wait behind them.
  void (pendingStartFrame() ?? nextTask()).then(() => {
    if (earlyContext?.context === gl) askWhatThreeAsks(gl);
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How long the context waits for a picture's bytes: long enough for a file already downloaded to reach
 * its decode first (the decode then runs off the main thread while the context is made), short against
 * a download still under way, during which the context is made while waiting anyway.
 */
const BYTES_FIRST_MS = 150;

function start(): void {
  const hinted = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][data-start-file]')].map((link) => link.href);
  if (hinted.length === 0) return;
  const tiled = hinted.find(isTileDescriptor);
  const images = tiled ? [] : hinted.filter(isPanoramaImage);
  paintAt = earlyView(window.location, document, window.innerWidth / Math.max(1, window.innerHeight));
  for (const url of images) preloadBytes(url);
  const loads = images.flatMap((url) => {
    const bytes = preloadedBytes(url);
    return bytes ? [{ url, bytes }] : [];
  });
  let made = () => {};
  const context = new Promise<void>((resolve) => (made = resolve));
  // The decodes are asked for first: their callbacks then run before the context's when the bytes are in,
  // so the picture decodes (off the main thread) while the main thread waits for the GPU process.
  for (const { url, bytes } of loads) decodeEarly(url, bytes, context);
  // A tiled scene's first image is its preview, which the app decodes the other way up with its own loader: here it is only painted.
  if (tiled && paintAt) paintingUntil(paintTiledPreview(context, () => earlyContext, tiled, paintAt));
  void Promise.race([Promise.all(loads.map((load) => load.bytes)), new Promise((resolve) => setTimeout(resolve, BYTES_FIRST_MS))])
    .then(() => makeContext(tiled ? 'cube-strip' : loads.length > 0 ? 'equirectangular' : null))
    .finally(made);
}

/**
 * Runs the app: in a build, index.html names its module as a modulepreload (`data-app-entry`,
 * scripts/startEntry.ts), fetched and compiled in parallel, and it is evaluated here once the first
 * frame is painted, or at once when none is to be. (The dev server loads the app itself.)
 */
function startApp(): void {
  const entry = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"][data-app-entry]');
  if (!entry) return;
  const run = () => void import(/* @vite-ignore */ entry.href);
  const pending = pendingStartFrame();
  if (pending) void pending.then(run);
  else run();
}

if (typeof document !== 'undefined') {
  start();
  startApp();
}
