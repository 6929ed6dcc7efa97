/** Writes .gz and .br beside every text asset of dist/, so the server sends compressed files without compressing per request. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { BUILD_OUT_DIR } from './buildTarget';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|wasm|glb|gltf|bin|txt|map)$/;
const dist = process.argv[2] ?? BUILD_OUT_DIR;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let count = 0;
for (const file of walk(dist)) {
  if (!COMPRESSIBLE.test(file) || file.endsWith('.map')) continue;
  const data = readFileSync(file);
  if (data.length < 1024) continue;
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  count++;
}
console.log(`precompressed ${count} files in ${dist}/`);
