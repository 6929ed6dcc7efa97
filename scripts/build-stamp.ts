/** The last step of `npm run build`: dist/build.json, which the server checks before serving dist/ (server/buildStamp.ts). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBuildStamp } from '../server/buildStamp';
import { BUILD_OUT_DIR } from './buildTarget';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? BUILD_OUT_DIR);
const stamp = writeBuildStamp(root, dist);
console.log(`build stamp: version ${stamp.version}, inputs ${stamp.inputs.slice(0, 19)}… in ${dist}/build.json`);
