/**
 * `sitevisit optimize` in the benchmark: the demo model and the largest
 * third-party model of the test data, before and after, with the CLI's own
 * code (cli/model/optimizeFile.ts). Runs in Node, no browser. The largest model
 * is in the optional fixture set (tests/fixtures/testdata.ts); without it its
 * rows are left out and the run says so.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIMIZE, optimizeFile } from '../../cli/model/optimizeFile';
import type { ModelStats } from '../../cli/model/stats';
import { silentProgress } from '../../cli/progress';
import { FIXTURES, OPTIONAL_SKIPPED, optionalTestdata } from '../../tests/fixtures/testdata';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LARGE = optionalTestdata && join(optionalTestdata, 'models/specgloss-vs-metalrough-large/SpecGlossVsMetalRough.gltf');

export interface OptimizeRow {
  name: string;
  file: string;
  options: string;
  before: ModelStats;
  after: ModelStats;
  seconds: number;
}

const CASES = [
  { name: 'demo model (pilot hall)', file: join(ROOT, 'public/models/pilot-hall.glb'), join: false },
  { name: 'demo model (pilot hall), --join', file: join(ROOT, 'public/models/pilot-hall.glb'), join: true },
  ...(LARGE
    ? [
        { name: 'SpecGlossVsMetalRough (Khronos, 14.8 MB glTF + PNGs)', file: LARGE, join: false },
        { name: 'SpecGlossVsMetalRough, --texture-format ktx2', file: LARGE, join: false, ktx2: true },
      ]
    : []),
  { name: '500 cubes (many nodes)', file: join(FIXTURES, 'models/many-nodes-500-cubes/many-cubes.gltf'), join: false },
];

export async function measureOptimize(outDir: string): Promise<OptimizeRow[]> {
  mkdirSync(outDir, { recursive: true });
  if (!LARGE) console.warn(`optimize benchmark: SpecGlossVsMetalRough ${OPTIONAL_SKIPPED}`);
  const rows: OptimizeRow[] = [];
  for (const [i, c] of CASES.entries()) {
    const started = performance.now();
    const options = { ...DEFAULT_OPTIMIZE, join: c.join, ...('ktx2' in c ? { textureFormat: 'ktx2' as const } : {}) };
    const { before, after } = await optimizeFile(c.file, join(outDir, `${i}.glb`), options, true, silentProgress);
    rows.push({ name: c.name, file: c.file.replace(`${ROOT}/`, ''), options: [c.join ? '--join' : '', 'ktx2' in c ? '--texture-format ktx2' : ''].join(' ').trim(), before, after, seconds: Math.round((performance.now() - started) / 100) / 10 });
  }
  return rows;
}

const pct = (a: number, b: number) => `${b > a ? '+' : '−'}${Math.abs(Math.round((b / a - 1) * 100))}%`;
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${Math.round(n / 1024)} KB`);

export function renderOptimize(rows: OptimizeRow[]): string[] {
  return [
    '### `sitevisit optimize` (meshopt; textures ≤ 2048 px as WebP unless KTX2 is asked for)',
    '',
    '| model | bytes before → after | draw calls | triangles | texture memory (RGBA8 + mips) | time |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${kb(r.before.bytes)} → ${kb(r.after.bytes)} (${pct(r.before.bytes, r.after.bytes)}) | ${r.before.drawCalls} → ${r.after.drawCalls} | ${r.before.triangles} → ${r.after.triangles} | ${kb(r.before.textureMemory)} → ${kb(r.after.textureMemory)} | ${r.seconds} s |`,
    ),
  ];
}
