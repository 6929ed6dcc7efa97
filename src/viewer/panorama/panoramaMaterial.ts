/**
 * The sphere's material: the image's texels straight to the screen, and nothing else. A panorama is
 * neither lit nor tone-mapped, and its JPEG's sRGB values are what the canvas shows, so the texture
 * is left as it was decoded (no sRGB internal format, no decode per sample) and the fragment
 * shader writes the texel as it is (no linear-to-sRGB encode per pixel). Same picture as
 * MeshBasicMaterial with an sRGB map; on a software renderer the decode and encode are a good part
 * of the cost of every frame while turning.
 */
import { DoubleSide, ShaderMaterial, type Texture } from 'three';

const vertexShader = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

const fragmentShader = /* glsl */ `
uniform sampler2D map;
varying vec2 vUv;
void main() {
  gl_FragColor = vec4(texture2D(map, vUv).rgb, 1.0);
}`;

/** `map` must hold the image's own (sRGB-encoded) values: colorSpace NoColorSpace. */
export function panoramaMaterial(map: Texture): ShaderMaterial {
  return new ShaderMaterial({ uniforms: { map: { value: map } }, vertexShader, fragmentShader, side: DoubleSide, depthWrite: false });
}
