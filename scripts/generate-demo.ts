/**
 * Generates the demo tours: the biorefinery pilot hall of RISE Processum in
 * Örnsköldsvik, Sweden, and the Northern Sweden virtual visit (illustrative
 * models, not surveys of the real sites).
 *
 *   npm run demo:generate        (= npx tsx scripts/generate-demo.ts)
 *   npm run demo:check           regenerate, and fail if any file differs from scripts/demo/assets.sha256
 *
 * The pieces live in scripts/demo/, one idea per module (mesh builders,
 * the hall and its equipment, the glTF writer, the ray tracers, the tours).
 *
 * Writes
 *   public/models/pilot-hall.glb          procedural hall + equipment, meshopt-compressed
 *   public/panoramas/<name>.jpg           4096×2048 equirectangular views, ray traced from the same geometry
 *   public/panoramas/<name>/              their cube-face tile pyramids (tiles.json, preview.jpg, tiles), cut by `sitevisit tile`'s code
 *   public/plans/pilot-hall/              the hall's floor plan (plan.json, one WebP per level), drawn by `sitevisit plan`'s code
 *   public/tours/processum/tour.json      the manifest (validated with validateTour before it is written)
 *   public/tours/processum/thumbnail.jpg  480×270
 *   public/tours/processum/hall.jpg       1200×630 view of the model scene from its start camera (its `thumbnail`)
 *   public/models/northern-sweden-*.glb   one small site model per stop of the Northern Sweden tour
 *   public/tours/northern-sweden/…        its tour.json, 480×270 thumbnail.jpg and map.webp (a stylised coastline map)
 *   public/tours/index.json               every tour with its title and thumbnail (the Tours menu, /tours)
 *   scripts/demo/assets.sha256            SHA-256 of every file above (`sha256sum -c` format)
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
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { validateTour } from '../src/tour/validate';
import { describeProblem } from '../src/tour/problems';
import type { TourInput } from '../src/tour/schema';
import { tourJsonText } from '../src/tour/tourJson';
import { LIMITS, OUT, PANO_H, PANO_W, ROOT } from './demo/config';
import { buildHall } from './demo/hall';
import { writeModel } from './demo/gltf';
import { Bvh } from './demo/bvh';
import { renderPanorama } from './demo/panorama';
import { tilePanorama, tilesDirName } from './demo/tiles';
import { drawPlan } from './demo/plan';
import { THUMB, renderModelThumbnail } from './demo/thumbnail';
import { PANORAMAS, buildTour } from './demo/processumTour';
import { SITES, type Site } from './demo/sites';
import { NS_MAP_FILE, NS_TOUR_ID, buildNorthernSwedenTour, siteModelPath } from './demo/northernSwedenTour';
import { MAP_HEIGHT, MAP_WIDTH, renderCoastMap } from './demo/coastMap';
import { PROCESSUM_GUIDE, manifestGuide } from './demo/processumGuide';
import { NORTHERN_SWEDEN_NEXT, northernSwedenGuide } from './demo/northernSwedenGuide';

const rel = (p: string) => relative(ROOT, p);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const HASHES = join(ROOT, 'scripts/demo/assets.sha256');
const SITE_MODEL_BYTES = 200 * 1024;

/** Every file written, for the hash list. */
const written: string[] = [];
async function write(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(file, data);
  written.push(file);
}

/** Validates a manifest before anything is written, and again as the viewer will read it. */
async function writeTour(tour: TourInput, dir: string, failures: string[]): Promise<void> {
  const before = validateTour(JSON.parse(JSON.stringify(tour)));
  if (!before.ok) {
    for (const p of before.problems) console.error(`${tour.id}: ${p.severity}: ${describeProblem(p)}`);
    throw new Error(`the ${tour.id} tour is invalid; nothing written`);
  }
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'tour.json');
  // The studio's standard form (a guide step a line), so a studio save of an edited step changes just its line.
  await write(file, `${tourJsonText(tour)}\n`);
  const after = validateTour(JSON.parse(await readFile(file, 'utf8')));
  if (!after.ok || after.problems.length > 0) failures.push(...after.problems.map((p) => `${rel(file)}: ${p.severity}: ${describeProblem(p)}`));
  console.log(`${rel(file)}: ${tour.scenes.length} scenes, ${tour.scenes.reduce((n, s) => n + (s.hotspots?.length ?? 0), 0)} hotspots`);
}

async function generateProcessum(failures: string[]): Promise<TourInput> {
  const started = performance.now();
  // The narrated guide: its steps here, its audio and captions from scripts/demo-narration.ts (outside the hash list).
  const tour = { ...buildTour(), guides: [manifestGuide(PROCESSUM_GUIDE)] };
  const groups = buildHall();
  const model = await writeModel(groups);
  written.push(OUT.model);
  console.log(`${rel(OUT.model)}: ${model.triangles.toLocaleString('en')} triangles, ${mb(model.bytes)} (${seconds(started)})`);
  if (model.bytes > LIMITS.modelBytes) failures.push(`${rel(OUT.model)} is ${mb(model.bytes)}, over the ${mb(LIMITS.modelBytes)} budget`);

  // the floor plan, drawn from the GLB as `sitevisit plan` draws any model
  const tPlan = performance.now();
  const { plan, files: planFiles } = await drawPlan(OUT.model, OUT.plan);
  written.push(...planFiles);
  for (const level of plan.levels) {
    const bytes = (await readFile(join(OUT.plan, level.image))).byteLength;
    console.log(`${rel(join(OUT.plan, level.image))}: ${plan.width}×${plan.height}, level ${level.height} m, ${(bytes / 1024).toFixed(0)} kB`);
    if (bytes > LIMITS.planImageBytes) failures.push(`${rel(join(OUT.plan, level.image))} is ${(bytes / 1024).toFixed(0)} kB, over the ${LIMITS.planImageBytes / 1024} kB budget`);
  }
  console.log(`${rel(OUT.plan)}/: ${planFiles.length} files (${seconds(tPlan)})`);

  const t0 = performance.now();
  const bvh = new Bvh(groups);
  console.log(`ray tracer: ${bvh.n.toLocaleString('en')} triangles in the BVH (${seconds(t0)})`);
  for (const spec of PANORAMAS) {
    const t1 = performance.now();
    const bytes = await renderPanorama(bvh, spec);
    const file = join(OUT.panoramas, spec.file);
    written.push(file);
    console.log(`${rel(file)}: ${PANO_W}×${PANO_H}, ${mb(bytes)} (${seconds(t1)})`);
    if (bytes > LIMITS.panoramaBytes) failures.push(`${rel(file)} is ${mb(bytes)}, over the ${mb(LIMITS.panoramaBytes)} budget`);
    // The viewer streams the pyramid; the JPEG stays the fallback and the link-preview source.
    const t2 = performance.now();
    const tiles = await tilePanorama(file, join(OUT.panoramas, tilesDirName(spec.file)));
    written.push(...tiles);
    console.log(`${rel(join(OUT.panoramas, tilesDirName(spec.file)))}/: ${tiles.length} files (${seconds(t2)})`);
  }

  // the model scene's thumbnail, before the manifest that points to it
  const t2 = performance.now();
  const hallThumb = await renderModelThumbnail(groups);
  const hallThumbFile = join(OUT.tourDir, THUMB.file);
  written.push(hallThumbFile);
  console.log(`${rel(hallThumbFile)}: ${THUMB.width}×${THUMB.height}, ${(hallThumb / 1024).toFixed(0)} kB (${seconds(t2)})`);
  if (hallThumb > THUMB.maxBytes) failures.push(`${rel(hallThumbFile)} is ${(hallThumb / 1024).toFixed(0)} kB, over the ${THUMB.maxBytes / 1024} kB budget`);

  await writeTour(tour, OUT.tourDir, failures);

  // thumbnail: a 135° wide, 16:9 crop around the centre of the process-floor panorama
  const thumbFile = join(OUT.tourDir, 'thumbnail.jpg');
  const cropW = (PANO_W * 3) / 8;
  const cropH = (cropW * 9) / 16;
  const thumb = await sharp(join(OUT.panoramas, PANORAMAS[1]!.file))
    .extract({ left: (PANO_W - cropW) / 2, top: PANO_H / 2 - cropH / 2 + 40, width: cropW, height: cropH })
    .resize(480, 270)
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  await write(thumbFile, thumb);
  console.log(`${rel(thumbFile)}: 480×270, ${(thumb.byteLength / 1024).toFixed(0)} kB`);
  return tour;
}

async function generateNorthernSweden(failures: string[]): Promise<TourInput> {
  const sites: Record<string, Site> = {};
  for (const build of SITES) {
    const t0 = performance.now();
    const site = build();
    sites[site.id] = site;
    const file = join(ROOT, 'public', siteModelPath(site.id));
    const model = await writeModel(site.groups, { file, name: site.id });
    written.push(file);
    console.log(`${rel(file)}: ${model.triangles.toLocaleString('en')} triangles, ${(model.bytes / 1024).toFixed(0)} kB (${seconds(t0)})`);
    if (model.bytes > SITE_MODEL_BYTES) failures.push(`${rel(file)} is ${(model.bytes / 1024).toFixed(0)} kB, over the ${SITE_MODEL_BYTES / 1024} kB budget`);
  }
  const dir = join(ROOT, 'public/tours', NS_TOUR_ID);
  await mkdir(dir, { recursive: true });
  // the tour's map, before the manifest that points to it
  const map = await renderCoastMap();
  await write(join(dir, NS_MAP_FILE), map);
  console.log(`${rel(join(dir, NS_MAP_FILE))}: ${MAP_WIDTH}×${MAP_HEIGHT}, ${(map.byteLength / 1024).toFixed(0)} kB`);
  const tour = { ...buildNorthernSwedenTour(sites), guides: [{ ...manifestGuide(northernSwedenGuide(sites)), next: NORTHERN_SWEDEN_NEXT }] };
  await writeTour(tour, dir, failures);
  // the tour's thumbnail: the timber tower from its start camera
  const t1 = performance.now();
  const sara = sites['sara-kulturhus']!;
  const bytes = await renderModelThumbnail(sara.groups, { camera: sara.camera, dir, file: 'thumbnail.jpg', width: 480, height: 270 });
  written.push(join(dir, 'thumbnail.jpg'));
  console.log(`${rel(join(dir, 'thumbnail.jpg'))}: 480×270, ${(bytes / 1024).toFixed(0)} kB (${seconds(t1)})`);
  return tour;
}

/** `tours/index.json`: what the Tours menu and the /tours page list (src/tour/tourIndex.ts validates it). */
async function writeTourIndex(tours: TourInput[]): Promise<void> {
  const index = {
    tours: tours.map((t) => ({ id: t.id, title: t.title, ...(t.description ? { description: t.description } : {}), thumbnail: `${t.id}/thumbnail.jpg`, scenes: t.scenes.length })),
  };
  const file = join(ROOT, 'public/tours/index.json');
  await write(file, `${JSON.stringify(index, null, 2)}\n`);
  console.log(`${rel(file)}: ${tours.length} tours`);
}

async function hashList(): Promise<string> {
  const lines = await Promise.all(
    [...written].sort().map(async (file) => `${createHash('sha256').update(await readFile(file)).digest('hex')}  ${rel(file)}`),
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const started = performance.now();
  const failures: string[] = [];
  const recorded = check ? await readFile(HASHES, 'utf8').catch(() => '') : '';

  const processum = await generateProcessum(failures);
  const northernSweden = await generateNorthernSweden(failures);
  await writeTourIndex([processum, northernSweden]);

  const hashes = await hashList();
  if (check) {
    const old = new Map(recorded.split('\n').filter(Boolean).map((l) => [l.slice(66), l.slice(0, 64)]));
    for (const line of hashes.split('\n').filter(Boolean)) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      if (old.get(file) !== hash) failures.push(`${file} differs from the hash recorded in ${rel(HASHES)}`);
      old.delete(file);
    }
    for (const file of old.keys()) failures.push(`${file} is recorded in ${rel(HASHES)} but no longer generated`);
  } else {
    await writeFile(HASHES, hashes);
    console.log(`${rel(HASHES)}: ${written.length} files`);
  }

  console.log(`done in ${seconds(started)}`);
  if (failures.length > 0) {
    for (const f of failures) console.error(f);
    process.exit(1);
  }
  if (check) console.log(`every generated file matches ${rel(HASHES)}`);
}

// Run when executed (not when imported, e.g. by a preview tool).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
