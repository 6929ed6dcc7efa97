/**
 * The one WebGL renderer, made so that only model scenes pay for anti-aliasing. MSAA is a property of
 * the canvas's context, fixed at creation, and a textured panorama sphere needs none (its texture is
 * filtered; there are no geometric edges), so the context has no MSAA. Model scenes get it from
 * three's output pass instead: with a half-float output buffer, a renderer whose tone mapping is on
 * draws the scene into an internal 4× multisampled target and tone-maps it onto the canvas; with tone
 * mapping off (panoramas: their materials are never tone-mapped) it draws straight to the canvas.
 * So a scene chooses with <ModelLook />. Where half-float targets cannot be drawn to (no
 * EXT_color_buffer_float, rare in WebGL 2), models are drawn straight to the canvas, without MSAA.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { ACESFilmicToneMapping, Color, HalfFloatType, NoToneMapping, WebGLRenderer, type Camera, type Object3D, type Scene, type WebGLRendererParameters } from 'three';
import { CONTEXT_ATTRIBUTES, takeEarlyContext } from '../start/earlyStart';

const withOutputPass = new WeakSet<WebGLRenderer>();

/**
 * For r3f's `gl` prop: receives r3f's canvas (and its defaults, which CONTEXT_ATTRIBUTES repeats). The context the page's start
 * script made (src/start/earlyStart.ts) is used when there is one: its canvas takes the place of r3f's in the page.
 */
export function createRenderer({ canvas: given }: Omit<WebGLRendererParameters, 'canvas'> & { canvas: object }): WebGLRenderer {
  if (!(given instanceof HTMLCanvasElement)) throw new Error('the viewer draws on an HTML canvas');
  const early = given.isConnected ? takeEarlyContext() : null;
  if (early) {
    early.canvas.style.cssText = given.style.cssText;
    given.replaceWith(early.canvas);
  }
  const canvas = early?.canvas ?? given;
  const context = early?.context ?? canvas.getContext('webgl2', CONTEXT_ATTRIBUTES);
  const parameters = { canvas, alpha: CONTEXT_ATTRIBUTES.alpha, powerPreference: CONTEXT_ATTRIBUTES.powerPreference, ...(context ? { context } : {}) };
  if (!context?.getExtension('EXT_color_buffer_float')) return new WebGLRenderer(parameters);
  const renderer = new WebGLRenderer({ ...parameters, antialias: true, outputBufferType: HalfFloatType });
  renderer.toneMapping = NoToneMapping;
  withOutputPass.add(renderer);
  return renderer;
}

/**
 * The grey-blue behind models, #c9d1d8 on screen. The output pass tone-maps the background too, so
 * there it is given as the colour that ACES filmic tone mapping turns into #c9d1d8.
 */
const background = (gl: WebGLRenderer) => new Color(withOutputPass.has(gl) ? '#c0d1e2' : '#c9d1d8');

/** While mounted (a model scene, from before its chunk has loaded): tone mapping, hence MSAA, and the model background. */
export function ModelLook(): null {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const previous = { toneMapping: gl.toneMapping, background: scene.background };
    gl.toneMapping = ACESFilmicToneMapping;
    scene.background = background(gl);
    invalidate();
    return () => {
      gl.toneMapping = previous.toneMapping;
      scene.background = previous.background;
    };
  }, [gl, scene, invalidate]);
  return null;
}

/**
 * `compileAsync` with the programs the frames will use: the output pass draws the scene with tone
 * mapping off and applies it afterwards, so programs compiled with it on would be compiled again
 * on the first frame. (compileAsync creates its programs synchronously; only the wait is async.)
 */
export function compileAsDrawn(gl: WebGLRenderer, root: Object3D, camera: Camera, scene: Scene): Promise<unknown> {
  if (!withOutputPass.has(gl)) return gl.compileAsync(root, camera, scene);
  const toneMapping = gl.toneMapping;
  gl.toneMapping = NoToneMapping;
  try {
    return gl.compileAsync(root, camera, scene);
  } finally {
    gl.toneMapping = toneMapping;
  }
}
