/**
 * The three.js classes our scenes (and drei's components) write as JSX elements: <mesh>, <group>,
 * <sphereGeometry>, <meshBasicMaterial>, and drei Html's occlusion
 * plane. r3f's <Canvas> registers `extend(THREE)`, which keeps all of three in the bundle (~150 KB
 * gzip); the build hands r3f this module instead of three for that call (scripts/r3fCatalogue.ts),
 * so only these classes and what our code imports by name ship. A JSX element missing here fails
 * with r3f's "is not part of the THREE namespace" error in the production build.
 */
export { Group, Mesh, MeshBasicMaterial, PlaneGeometry, ShaderMaterial, SphereGeometry } from 'three';
