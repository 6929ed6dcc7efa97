/**
 * Generates the first demo tour: the biorefinery pilot hall of RISE Processum
 * in Örnsköldsvik, Sweden (illustrative, not a survey of the real plant).
 *
 *   npm run demo:generate        (= npx tsx scripts/generate-demo.ts)
 *
 * The pieces live in scripts/demo/, one idea per module (mesh builders,
 * the hall and its equipment, the glTF writer, the ray tracers, the tours).
 *
 * Writes
 *   public/models/pilot-hall.glb          procedural hall + equipment, meshopt-compressed
 *   public/panoramas/<name>.jpg           4096×2048 equirectangular views, ray traced from the same geometry
 *   public/tours/processum/tour.json      the manifest (validated with validateTour before it is written)
 *   public/tours/processum/thumbnail.jpg  480×270
 *   public/tours/processum/hall.jpg       1200×630 view of the model scene from its start camera (its `thumbnail`)
 *
 * The panoramas are ray traced (in this script, no GPU) from the equipment
 * meshes of the model, so markers and standpoints line up with it. The model
 * is a cut-away (no roof, low east and south walls, for the orbit camera); the
 * panoramas show the closed hall, with the same window bands, roof trusses,
 * lamps and floor markings. The model scene's thumbnail is traced by the same
 * code through a pinhole camera: the open model in daylight over a sky gradient.
 *
 * Deterministic: no clock, no unseeded randomness; the same script and
 * dependency versions give byte-identical files.
 *
 * Conventions (shared with the viewer): metres, y up, y = 0 is the hall floor,
 * -Z is north. Panorama yaw 0 looks along -Z, positive yaw turns towards +X,
 * positive pitch looks up.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { validateTour } from '../src/tour/validate';
import { describeProblem } from '../src/tour/problems';
import { LIMITS, OUT, PANO_H, PANO_W, ROOT } from './demo/config';
import { buildHall } from './demo/hall';
import { writeModel } from './demo/gltf';
import { Bvh } from './demo/bvh';
import { renderPanorama } from './demo/panorama';
import { THUMB, renderModelThumbnail } from './demo/thumbnail';
import { PANORAMAS, buildTour } from './demo/processumTour';

// ───────────────────────────── main ─────────────────────────────

const rel = (p: string) => relative(ROOT, p);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  const started = performance.now();
  const failures: string[] = [];

  const tour = buildTour();
  const result = validateTour(JSON.parse(JSON.stringify(tour)));
  for (const p of result.problems) console.error(`${p.severity}: ${describeProblem(p)}`);
  if (!result.ok) {
    console.error('tour.json is invalid; nothing written.');
    process.exit(1);
  }

  const groups = buildHall();
  const model = await writeModel(groups);
  console.log(`${rel(OUT.model)}: ${model.triangles.toLocaleString('en')} triangles, ${mb(model.bytes)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (model.bytes > LIMITS.modelBytes) failures.push(`${rel(OUT.model)} is ${mb(model.bytes)}, over the ${mb(LIMITS.modelBytes)} budget`);

  const t0 = performance.now();
  const bvh = new Bvh(groups);
  console.log(`ray tracer: ${bvh.n.toLocaleString('en')} triangles in the BVH (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const spec of PANORAMAS) {
    const t1 = performance.now();
    const bytes = await renderPanorama(bvh, spec);
    const file = join(OUT.panoramas, spec.file);
    console.log(`${rel(file)}: ${PANO_W}×${PANO_H}, ${mb(bytes)} (${((performance.now() - t1) / 1000).toFixed(1)} s)`);
    if (bytes > LIMITS.panoramaBytes) failures.push(`${rel(file)} is ${mb(bytes)}, over the ${mb(LIMITS.panoramaBytes)} budget`);
  }

  // the model scene's thumbnail, before the manifest that points to it
  const t2 = performance.now();
  const hallThumb = await renderModelThumbnail(groups);
  const hallThumbFile = join(OUT.tourDir, THUMB.file);
  console.log(`${rel(hallThumbFile)}: ${THUMB.width}×${THUMB.height}, ${(hallThumb / 1024).toFixed(0)} kB (${((performance.now() - t2) / 1000).toFixed(1)} s)`);
  if (hallThumb > THUMB.maxBytes) failures.push(`${rel(hallThumbFile)} is ${(hallThumb / 1024).toFixed(0)} kB, over the ${THUMB.maxBytes / 1024} kB budget`);

  await mkdir(OUT.tourDir, { recursive: true });
  const tourFile = join(OUT.tourDir, 'tour.json');
  await writeFile(tourFile, `${JSON.stringify(tour, null, 2)}\n`);
  // validate what was written, exactly as the viewer will read it
  const written = validateTour(JSON.parse(await readFile(tourFile, 'utf8')));
  if (!written.ok) failures.push(...written.problems.map((p) => `${rel(tourFile)}: ${p.severity}: ${describeProblem(p)}`));
  console.log(`${rel(tourFile)}: ${tour.scenes.length} scenes, ${tour.scenes.reduce((n, s) => n + (s.hotspots?.length ?? 0), 0)} hotspots`);

  // thumbnail: a 135° wide, 16:9 crop around the centre of the process-floor panorama
  const thumbFile = join(OUT.tourDir, 'thumbnail.jpg');
  const cropW = (PANO_W * 3) / 8;
  const cropH = (cropW * 9) / 16;
  const thumb = await sharp(join(OUT.panoramas, PANORAMAS[1]!.file))
    .extract({ left: (PANO_W - cropW) / 2, top: PANO_H / 2 - cropH / 2 + 40, width: cropW, height: cropH })
    .resize(480, 270)
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  await writeFile(thumbFile, thumb);
  console.log(`${rel(thumbFile)}: 480×270, ${(thumb.byteLength / 1024).toFixed(0)} kB`);

  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    for (const f of failures) console.error(f);
    process.exit(1);
  }
}

// Run when executed (not when imported, e.g. by a preview tool).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
