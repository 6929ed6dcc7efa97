/**
 * What the side-by-side comparison (`npm run bench -- --only compare`) shows in
 * every viewer: one 4096×2048 JPEG (the demo's process-floor panorama) and one
 * ~6 MB GLB (the demo's pilot hall without its compression extensions:
 * dequantized and unwelded, so every viewer reads it without decoders), written
 * to `.bench/compare-files/compare/`, served by the app as `/tours/compare/…`
 * and by the viewers' server below as the same path, uncompressed on both.
 *
 * The viewers' server: bench/*.html, the bare three.js build, and each library's
 * own distributed build from node_modules (Pannellum, Marzipano, model-viewer)
 * under /lib/<name>/. Benchmark only: the app never loads any of them.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dequantize, unweld } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { listen, type Served } from './setup';

export const COMPARE_JPEG = '/tours/compare/panorama-4096.jpg';
export const COMPARE_GLB = '/tours/compare/pilot-hall-plain.glb';
/** The demo's own (meshopt) hall, for the phone's model scene against model-viewer. */
export const DEMO_GLB = '/models/pilot-hall.glb';

/** Writes the two files once (the GLB takes a few seconds); returns the folder to serve as /tours/. */
export async function prepareCompareFiles(root: string, out: string): Promise<string> {
  const dir = join(out, 'compare');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'public/panoramas/processum-process-floor.jpg'), join(dir, 'panorama-4096.jpg'));
  const glb = join(dir, 'pilot-hall-plain.glb');
  if (!existsSync(glb)) {
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.read(join(root, 'public/models/pilot-hall.glb'));
    await doc.transform(dequantize(), unweld());
    for (const ext of doc.getRoot().listExtensionsUsed()) {
      if (ext.extensionName === 'EXT_meshopt_compression' || ext.extensionName === 'KHR_mesh_quantization') ext.dispose();
    }
    await io.write(glb, doc);
  }
  return out;
}


export const LIBRARIES: Record<string, string> = {
  pannellum: 'node_modules/pannellum/build',
  marzipano: 'node_modules/marzipano/dist',
  'model-viewer': 'node_modules/@google/model-viewer/dist',
  // model-viewer fetches its meshopt decoder from a CDN unless told where it is (bench/model-viewer.html).
  meshoptimizer: 'node_modules/meshoptimizer',
};

/** The other viewers' pages on one origin, with /tours/ (the compare files) and the app's /models/. */
export async function serveViewers(root: string, bareDir: string, toursDir: string, appDist: string): Promise<Served> {
  const pages = sirv(join(root, 'bench'), { dev: true });
  const bare = sirv(bareDir, { dev: true });
  const tours = sirv(toursDir, { dev: true });
  // The app's models as the app sends them (precompressed where dist has .gz/.br).
  const models = sirv(appDist, { gzip: true, brotli: true, etag: true });
  const libs = Object.fromEntries(Object.entries(LIBRARIES).map(([name, path]) => [name, sirv(join(root, path), { dev: true })]));
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404);
      res.end('Not found');
    };
    const url = req.url ?? '/';
    // bench/pannellum.html (shared with the tiles section) names its build /pannellum/….
    const lib = /^\/lib\/([a-z-]+)(\/.*)$/.exec(url) ?? /^\/(pannellum)(\/.*)$/.exec(url);
    if (lib) {
      const serve = libs[lib[1] as string];
      if (!serve) return notFound();
      req.url = lib[2] as string;
      return serve(req, res, notFound);
    }
    if (url.startsWith('/tours/')) {
      req.url = url.slice('/tours'.length);
      return tours(req, res, notFound);
    }
    if (url.startsWith('/models/')) return models(req, res, notFound);
    // The built bare page first: bench/bare.html itself names the TypeScript source.
    return bare(req, res, () => pages(req, res, notFound));
  });
  return { url: await listen(server), close: () => new Promise((r) => server.close(() => r())) };
}
