/**
 * The benchmark's baseline: the same content as the app, drawn by plain three.js
 * with nothing else on the page (no React, no r3f, no controls, no hotspots).
 *
 *   bare.html?kind=model&url=/models/pilot-hall.glb&position=30,24,32&target=0,2,-1&fov=50
 *   bare.html?kind=panorama&url=/panoramas/processum-process-floor.jpg&yaw=0&pitch=5&fov=80
 *
 * The renderer, lighting and materials copy what the app sets up (r3f defaults:
 * antialias, alpha, high-performance, ACES filmic, sRGB output; the app's
 * Lighting.tsx and PanoramaSceneView.tsx), at devicePixelRatio 1.
 * `window.__bare.ready` resolves after the first frame; `window.__bare.rotate(n)`
 * turns the camera a little on each of the next n animation frames, rendering each.
 */
import {
  ACESFilmicToneMapping,
  Box3,
  Color,
  DirectionalLight,
  DoubleSide,
  HemisphereLight,
  LinearMipmapLinearFilter,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  Sphere,
  SphereGeometry,
  SRGBColorSpace,
  Texture,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

const params = new URLSearchParams(location.search);
const kind = params.get('kind') === 'panorama' ? 'panorama' : 'model';
const url = params.get('url') ?? '';
const num = (name: string, fallback: number) => {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
};
const vec = (name: string, fallback: [number, number, number]) => {
  const parts = (params.get(name) ?? '').split(',').map(Number);
  return parts.length === 3 && parts.every(Number.isFinite) ? new Vector3(...parts) : new Vector3(...fallback);
};

const renderer = new WebGLRenderer({ antialias: true, alpha: true, powerPreference: 'high-performance' });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
renderer.toneMapping = ACESFilmicToneMapping;
renderer.outputColorSpace = SRGBColorSpace;
// Wrapped like the app's canvas, so the bench's drag finds it the same way.
const wrap = document.createElement('div');
wrap.className = 'viewer';
wrap.style.cssText = 'position:absolute;inset:0';
wrap.appendChild(renderer.domElement);
document.body.appendChild(wrap);

const scene = new Scene();
const camera = new PerspectiveCamera(num('fov', 50), innerWidth / innerHeight, 0.05, 2000);
/** Moves the camera by one frame's worth of rotation. */
let step: () => void = () => {};

async function setUpModel(): Promise<void> {
  const loader = new GLTFLoader();
  await MeshoptDecoder.ready;
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url);
  const root = gltf.scene;
  scene.add(root);

  const sphere = new Box3().setFromObject(root).getBoundingSphere(new Sphere());
  const r = Math.max(sphere.radius, 1e-3);
  scene.background = new Color('#c9d1d8');
  scene.add(new HemisphereLight('#dfe8f0', '#5b5247', 1.1));
  const key = new DirectionalLight(0xffffff, 1.6);
  key.position.set(r * 0.6, r * 1.2, r * 0.4);
  const fill = new DirectionalLight(0xffffff, 0.45);
  fill.position.set(-r * 0.8, r * 0.5, -r * 0.6);
  scene.add(key, fill);
  const pmrem = new PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  scene.environment = pmrem.fromScene(room, 0.04).texture;
  scene.environmentIntensity = 0.6;
  room.dispose();
  pmrem.dispose();

  camera.near = Math.max(r / 2000, 0.01);
  camera.far = r * 40;
  camera.updateProjectionMatrix();
  const target = vec('target', [0, 0, 0]);
  camera.position.copy(vec('position', [0, 0, 10]));
  camera.lookAt(target);
  const up = new Vector3(0, 1, 0);
  const angle = (0.6 * Math.PI) / 180;
  step = () => {
    camera.position.sub(target).applyAxisAngle(up, angle).add(target);
    camera.lookAt(target);
  };
}

async function setUpPanorama(): Promise<void> {
  const bytes = await (await fetch(url)).blob();
  const bitmap = await createImageBitmap(bytes, { imageOrientation: 'flipY', colorSpaceConversion: 'none' });
  const texture = new Texture(bitmap);
  texture.flipY = false;
  texture.colorSpace = SRGBColorSpace;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  const mesh = new Mesh(
    new SphereGeometry(500, 96, 48),
    new MeshBasicMaterial({ map: texture, side: DoubleSide, depthWrite: false, toneMapped: false }),
  );
  mesh.rotation.y = -Math.PI / 2;
  mesh.scale.set(-1, 1, 1);
  mesh.renderOrder = -1;
  scene.add(mesh);

  camera.rotation.order = 'YXZ';
  camera.rotation.set((num('pitch', 0) * Math.PI) / 180, (-num('yaw', 0) * Math.PI) / 180, 0);
  const angle = (0.35 * Math.PI) / 180;
  step = () => {
    camera.rotation.y -= angle;
  };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function start() {
  await (kind === 'model' ? setUpModel() : setUpPanorama());
  await nextFrame();
  renderer.render(scene, camera);
  performance.mark('bench:viewer:ready');
  await nextFrame();
  return { kind, memory: { ...renderer.info.memory }, triangles: renderer.info.render.triangles, calls: renderer.info.render.calls };
}

async function rotate(frames: number): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await nextFrame();
    step();
    renderer.render(scene, camera);
  }
}

/**
 * Mouse drag turns the camera and renders once on the next frame, as the app
 * does (on-demand rendering): both pages are then driven by the same input.
 */
let dragging = false;
let renderQueued = false;
renderer.domElement.addEventListener('pointerdown', () => {
  dragging = true;
});
addEventListener('pointerup', () => {
  dragging = false;
});
addEventListener('pointermove', () => {
  if (!dragging) return;
  step();
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderer.render(scene, camera);
  });
});

const ready = start();
ready.catch((error: unknown) => console.error('bare page failed', error));
Object.assign(window, { __bare: { ready, rotate } });
