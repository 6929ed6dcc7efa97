/**
 * Writes dist/decoders/basis-worker.js: three's KTX2 (Basis) decoder worker as
 * a file of our origin, assembled exactly as KTX2Loader assembles its blob:
 * worker (constants, basis_transcoder.js, the BasisWorker body).
 *
 * Why: the Basis transcoder is emscripten embind code that compiles glue
 * functions with `new Function`. A blob: worker inherits the page's CSP, which
 * forbids that; a worker loaded from a URL gets the policy of its own response,
 * so the server can allow 'unsafe-eval' inside this one worker (no DOM, no
 * network) and keep it out of every page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';
import { BUILD_OUT_DIR } from './buildTarget';

const dist = resolve(process.argv[2] ?? BUILD_OUT_DIR);
const require = createRequire(import.meta.url);
const transcoder = readFileSync(require.resolve('three/examples/jsm/libs/basis/basis_transcoder.js'), 'utf8');
const K = KTX2Loader as unknown as Record<'EngineFormat' | 'EngineType' | 'TranscoderFormat' | 'BasisFormat', unknown> & { BasisWorker: () => void };
const fn = K.BasisWorker.toString();
const body = [
  '/* constants */',
  `let _EngineFormat = ${JSON.stringify(K.EngineFormat)}`,
  `let _EngineType = ${JSON.stringify(K.EngineType)}`,
  `let _TranscoderFormat = ${JSON.stringify(K.TranscoderFormat)}`,
  `let _BasisFormat = ${JSON.stringify(K.BasisFormat)}`,
  '/* basis_transcoder.js */',
  transcoder,
  '/* worker */',
  fn.substring(fn.indexOf('{') + 1, fn.lastIndexOf('}')),
].join('\n');
mkdirSync(join(dist, 'decoders'), { recursive: true });
writeFileSync(join(dist, 'decoders', 'basis-worker.js'), body);
console.log(`wrote ${join(dist, 'decoders', 'basis-worker.js')}`);
