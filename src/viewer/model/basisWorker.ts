/**
 * Runs the KTX2 (Basis) transcoder in a worker loaded from our origin
 * (/decoders/basis-worker.js, written by scripts/basis-worker.ts) instead of
 * three's blob: worker. The transcoder needs `new Function` (emscripten
 * embind); the server allows that in this worker's own policy only, so pages
 * keep a CSP without 'unsafe-eval'. `vite dev` has no such file and no CSP:
 * there three's own worker stays.
 */
import type { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';

/** The parts of KTX2Loader this swap relies on (three r187; checked by the KTX2 browser test). */
interface KTX2Internals {
  init(): Promise<void>;
  workerPool: { setWorkerCreator(create: () => Worker): void };
  workerConfig: unknown;
  transcoderBinary: ArrayBuffer;
  workerSourceURL: string;
}

export const BASIS_WORKER_URL = '/decoders/basis-worker.js';

export function withSameOriginBasisWorker(loader: KTX2Loader): KTX2Loader {
  if (!import.meta.env.PROD) return loader;
  const internals = loader as unknown as KTX2Internals;
  // Registered before any texture asks for a worker: the pool creates them only after init.
  void internals.init().then(() => {
    URL.revokeObjectURL(internals.workerSourceURL);
    internals.workerPool.setWorkerCreator(() => {
      const worker = new Worker(new URL(BASIS_WORKER_URL, location.href));
      const transcoderBinary = internals.transcoderBinary.slice(0);
      worker.postMessage({ type: 'init', config: internals.workerConfig, transcoderBinary }, [transcoderBinary]);
      return worker;
    });
  });
  return loader;
}
