/**
 * Loads glTF/GLB. Draco, meshopt and KTX2 support are separate chunks fetched
 * only when a file declares the extension. Their decoders and the Basis
 * transcoder are three's own copies, which Vite emits as assets of our origin
 * (three's loaders default to `new URL(…, import.meta.url)`): strict-CSP
 * partner sites and offline kiosks need no CDN.
 */
import { LoadingManager, type Object3D, type WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { takeBytes, type FetchOptions } from '../../lib/fetchBytes';
import { APPROXIMATED_EXTENSIONS, readGltfExtensions, SUPPORTED_EXTENSIONS } from './gltfHeader';
import { withSameOriginBasisWorker } from './basisWorker';
import { FileProblem } from '../loadErrors';

// One decoder of each kind for the page's lifetime: their workers and WASM are
// the expensive part, and every model scene shares them by design.
let draco: Promise<import('three/examples/jsm/loaders/DRACOLoader.js').DRACOLoader> | null = null;
let meshopt: Promise<unknown> | null = null;
const ktx2ByRenderer = new WeakMap<WebGLRenderer, Promise<import('three/examples/jsm/loaders/KTX2Loader.js').KTX2Loader>>();

function dracoLoader() {
  draco ??= import('three/examples/jsm/loaders/DRACOLoader.js').then(({ DRACOLoader }) =>
    new DRACOLoader().setWorkerLimit(2),
  );
  return draco;
}

function meshoptDecoder() {
  meshopt ??= import('three/examples/jsm/libs/meshopt_decoder.module.js').then(async ({ MeshoptDecoder }) => {
    await MeshoptDecoder.ready;
    return MeshoptDecoder;
  });
  return meshopt;
}

function ktx2Loader(renderer: WebGLRenderer) {
  let loader = ktx2ByRenderer.get(renderer);
  if (!loader) {
    loader = import('three/examples/jsm/loaders/KTX2Loader.js').then(({ KTX2Loader }) =>
      withSameOriginBasisWorker(new KTX2Loader().setWorkerLimit(1).detectSupport(renderer)),
    );
    ktx2ByRenderer.set(renderer, loader);
  }
  return loader;
}

export class ModelFormatError extends FileProblem {}

/** Refuses files that are plainly not glTF before the parser produces a cryptic message. */
function checkLooksLikeGltf(bytes: ArrayBuffer): void {
  if (bytes.byteLength === 0) throw new ModelFormatError('the file is empty', 'empty');
  const head = new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength));
  const magic = String.fromCharCode(...head.subarray(0, 4));
  if (magic === 'glTF') return;
  const firstChar = String.fromCharCode(...head).trimStart()[0];
  if (firstChar === '{') return;
  const kind = head[0] === 0x89 && magic.endsWith('PNG') ? ' (it is a PNG image)' : head[0] === 0xff && head[1] === 0xd8 ? ' (it is a JPEG image)' : '';
  throw new ModelFormatError(`the file is not glTF or GLB${kind}`, 'wrong-type');
}

export interface LoadedModel {
  root: Object3D;
  /** Files the model references that failed (e.g. missing textures); the model is shown without them. */
  failedFiles: string[];
  /** Required extensions shown only approximately (material looks). */
  approximated: string[];
}

export interface LoadModelOptions extends FetchOptions {
  /** Maps referenced file URLs, e.g. to blob URLs of dropped files. */
  urlModifier?: (url: string) => string;
}

export async function loadModel(url: string, renderer: WebGLRenderer, options: LoadModelOptions = {}): Promise<LoadedModel> {
  const bytes = await takeBytes(url, options);
  checkLooksLikeGltf(bytes);
  const failedFiles: string[] = [];
  const manager = new LoadingManager();
  manager.onError = (failed) => failedFiles.push(failed);
  if (options.urlModifier) manager.setURLModifier(options.urlModifier);
  const loader = new GLTFLoader(manager);

  const { used, required } = readGltfExtensions(bytes);
  const unsupported = [...required].filter((e) => !SUPPORTED_EXTENSIONS.has(e));
  const blocking = unsupported.filter((e) => !APPROXIMATED_EXTENSIONS.has(e));
  if (blocking.length > 0) {
    throw new ModelFormatError(`it requires the glTF extension ${blocking.join(', ')}, which this viewer cannot decode`, 'unsupported');
  }
  const [dracoInstance, meshoptInstance, ktx2Instance] = await Promise.all([
    used.has('KHR_draco_mesh_compression') ? dracoLoader() : null,
    used.has('EXT_meshopt_compression') || used.has('KHR_meshopt_compression') ? meshoptDecoder() : null,
    used.has('KHR_texture_basisu') ? ktx2Loader(renderer) : null,
  ]);
  if (dracoInstance) loader.setDRACOLoader(dracoInstance);
  if (meshoptInstance) loader.setMeshoptDecoder(meshoptInstance as Parameters<GLTFLoader['setMeshoptDecoder']>[0]);
  if (ktx2Instance) loader.setKTX2Loader(ktx2Instance);

  const resourcePath = url.startsWith('blob:') ? '' : new URL('.', new URL(url, location.href)).href;
  const gltf = await loader.parseAsync(bytes, resourcePath);
  // Files whose default scene or nodes do not resolve parse "successfully" with no scene.
  if (!gltf.scene) throw new ModelFormatError('the file has no scene to show');
  return { root: gltf.scene, failedFiles, approximated: unsupported };
}
