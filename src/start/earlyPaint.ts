/**
 * The panorama's first frame, drawn by the start script (earlyStart.ts) as soon as its image is
 * decoded, before the app's code has loaded: a visitor who opened a 360° link sees the picture at
 * its start view about as early as a 20 KB viewer would show it, while three.js and React still load.
 * The app then adopts the canvas (src/viewer/renderer.ts) and draws over it.
 *
 * One triangle covering the screen; each pixel's ray is turned into the equirectangular image's
 * texture coordinates exactly as the app's sphere maps them (EquirectPanorama: three's
 * SphereGeometry, mirrored in x and turned -90° about y), and the texel is written as it is, like
 * panoramaMaterial. The ray comes from the same camera the app builds from a view: yaw about +y
 * from -z, pitch up, vertical field of view, no roll.
 */

export interface PaintView {
  yaw: number;
  pitch: number;
  fov: number;
}

const vertexShader = `#version 300 es
out vec2 ndc;
void main() {
  // gl_VertexID 0, 1, 2 → a triangle over the whole clip space; no attributes, so no buffer state to leave behind.
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  ndc = corner * 2.0 - 1.0;
  gl_Position = vec4(ndc, 0.0, 1.0);
}`;

/** Each pixel's ray, from the same camera the app builds from a view. */
const rayHeader = `#version 300 es
precision highp float;
uniform sampler2D map;
uniform vec3 forward;
uniform vec3 across; // right, scaled by tan(fov / 2) · aspect
uniform vec3 upward; // up, scaled by tan(fov / 2)
in vec2 ndc;
out vec4 colour;
const float PI = 3.141592653589793;
vec3 ray() { return normalize(forward + ndc.x * across + ndc.y * upward); }
`;

/** An equirectangular image, uploaded bottom row first, as the app's sphere maps it. */
const equirectangular = `${rayHeader}
void main() {
  vec3 d = ray();
  float u = fract(atan(-d.x, d.z) / (2.0 * PI));
  float v = acos(clamp(d.y, -1.0, 1.0)) / PI;
  colour = vec4(texture(map, vec2(u, 1.0 - v)).rgb, 1.0);
}`;

/**
 * A tile pyramid's preview: six cube faces side by side in one strip, uploaded top row first, each face
 * inset half a texel as the app's preview meshes are (src/viewer/panorama/tiles/tileMeshes.ts).
 */
const cubeStrip = `${rayHeader}
uniform vec3 centres[6];
uniform vec3 rights[6];
uniform vec3 ups[6];
uniform float halfTexel; // of a face, in face units
void main() {
  vec3 d = ray();
  int face = 0;
  float best = -2.0;
  for (int i = 0; i < 6; i++) {
    float k = dot(d, centres[i]);
    if (k > best) { best = k; face = i; }
  }
  vec3 p = d / best;
  float u = (dot(p, rights[face]) + 1.0) * 0.5;
  float v = (1.0 - dot(p, ups[face])) * 0.5;
  float s = (float(face) + halfTexel + u * (1.0 - 2.0 * halfTexel)) / 6.0;
  float t = halfTexel + v * (1.0 - 2.0 * halfTexel);
  colour = vec4(texture(map, vec2(s, t)).rgb, 1.0);
}`;

/** How the texture holds the sphere: a whole equirectangular image, or a cube strip with its faces' frames in strip order. */
export type PaintProjection = { kind: 'equirectangular' } | { kind: 'cube-strip'; faces: readonly { centre: readonly number[]; right: readonly number[]; up: readonly number[] }[]; faceSize: number };

/**
 * A bitmap as an RGBA8 texture with linear filtering, no mipmaps, clamped edges; nothing left bound,
 * since three.js takes the context over assuming WebGL's initial state.
 */
export function uploadTexture(gl: WebGL2RenderingContext, bitmap: ImageBitmap): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return texture;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader | null {
  const shader = gl.createShader(type);
  if (!shader) return null;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

/** The camera's axes for a view, as three's camera.lookAt (up +y) makes them. */
export function viewAxes(view: PaintView, aspect: number): { forward: number[]; across: number[]; upward: number[] } {
  const yaw = (view.yaw * Math.PI) / 180;
  const pitch = (Math.max(-89.9, Math.min(89.9, view.pitch)) * Math.PI) / 180;
  const forward = [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
  const right = [Math.cos(yaw), 0, Math.sin(yaw)]; // forward × +y, normalised
  const up = [-Math.sin(yaw) * Math.sin(pitch), Math.cos(pitch), Math.cos(yaw) * Math.sin(pitch)]; // right × forward
  const tanHalf = Math.tan((view.fov * Math.PI) / 360);
  return { forward, across: right.map((c) => c * tanHalf * aspect), upward: up.map((c) => c * tanHalf) };
}

/**
 * Compiles and links the painting program for a projection, without waiting: the GPU process works on it
 * while the picture downloads and decodes, and paintPanorama only waits for what is left.
 */
export function prepareProgram(gl: WebGL2RenderingContext, kind: PaintProjection['kind']): WebGLProgram | null {
  const vertex = compile(gl, gl.VERTEX_SHADER, vertexShader);
  const fragment = compile(gl, gl.FRAGMENT_SHADER, kind === 'cube-strip' ? cubeStrip : equirectangular);
  const program = gl.createProgram();
  if (!vertex || !fragment || !program) return null;
  gl.attachShader(program, vertex);
  gl.attachShader(program, fragment);
  gl.linkProgram(program);
  gl.deleteShader(vertex);
  gl.deleteShader(fragment);
  return program;
}

/**
 * Draws `texture` (laid out as `projection` says) with `program` (prepareProgram's, for the same
 * projection) on the whole drawing buffer at `view`, deletes the program, and leaves the context in
 * WebGL's initial state (no program, no texture bound), which is what three.js assumes when it takes
 * the context over. False when the GPU refused the program.
 */
export function paintPanorama(gl: WebGL2RenderingContext, program: WebGLProgram, texture: WebGLTexture, view: PaintView, projection: PaintProjection): boolean {
  const linked = gl.getProgramParameter(program, gl.LINK_STATUS) === true && (projection.kind !== 'cube-strip' || projection.faces.length === 6);
  if (linked) {
    const { width, height } = gl.canvas;
    const axes = viewAxes(view, width / Math.max(1, height));
    gl.viewport(0, 0, width, height);
    gl.useProgram(program);
    gl.uniform3fv(gl.getUniformLocation(program, 'forward'), axes.forward);
    gl.uniform3fv(gl.getUniformLocation(program, 'across'), axes.across);
    gl.uniform3fv(gl.getUniformLocation(program, 'upward'), axes.upward);
    gl.uniform1i(gl.getUniformLocation(program, 'map'), 0);
    if (projection.kind === 'cube-strip') {
      for (const frame of ['centre', 'right', 'up'] as const) gl.uniform3fv(gl.getUniformLocation(program, `${frame === 'centre' ? 'centres' : `${frame}s`}[0]`), projection.faces.flatMap((face) => [...face[frame]]));
      gl.uniform1f(gl.getUniformLocation(program, 'halfTexel'), 0.5 / projection.faceSize);
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindTexture(gl.TEXTURE_2D, null);
    gl.useProgram(null);
  }
  gl.deleteProgram(program);
  return linked;
}
