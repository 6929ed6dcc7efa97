/**
 * The first-tour workflow: import a folder, optimize a model, validate the
 * tour and its assets — including what validate reports on broken assets.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateTour } from '../../src/tour/validate';
import { validateModel } from '../../cli/model/validateModel';
import { optionalOrSkip } from '../fixtures/testdata';
import { listDir, PANORAMA_4096, sitevisit, TESTDATA } from './run';

// Each case runs the real CLI in a child process (tsx start-up ~1 s on this machine).
vi.setConfig({ testTimeout: 90_000 }); // each test spawns the CLI (tsx) several times; two unit files run at once

let dir: string;
const PANO = PANORAMA_4096;
const BROKEN = join(TESTDATA, 'broken/generated');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitevisit-workflow-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('import → validate', () => {
  it('writes a valid starter tour with one scene per panorama and model, skipping non-panoramas', async () => {
    const site = join(dir, 'Pulp mill');
    await mkdir(join(site, 'models'), { recursive: true });
    await copyFile(PANO, join(site, 'Boiler room.jpg'));
    await copyFile(join(BROKEN, 'pano-not-2to1_1600x1200.jpg'), join(site, 'snapshot.jpg'));
    await copyFile(join(TESTDATA, 'models/box-glb/Box.glb'), join(site, 'models', 'Box.glb'));

    const run = await sitevisit('import', site, '--tile');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/skipped snapshot\.jpg: 1600×1200 is not a 2:1 panorama/);
    const tour = JSON.parse(await readFile(join(site, 'tour.json'), 'utf8')) as unknown;
    const parsed = validateTour(tour);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.tour.id).toBe('pulp-mill');
    expect(parsed.tour.scenes.map((s) => [s.id, s.type])).toEqual([
      ['boiler-room', 'panorama'],
      ['box', 'model'],
    ]);
    expect(parsed.tour.scenes[0]).toMatchObject({ image: 'Boiler%20room.jpg', tiles: 'Boiler%20room.tiles/tiles.json' });

    const validate = await sitevisit('validate', join(site, 'tour.json'));
    expect(validate.stdout).toMatch(/valid \(0 error\(s\)/);
    expect(validate.code).toBe(0);
    // The folder itself stands for its tour.json.
    const byFolder = await sitevisit('validate', site);
    expect(byFolder.stdout).toMatch(/valid \(0 error\(s\)/);
    expect(byFolder.code).toBe(0);

    const again = await sitevisit('import', site);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; pass --force/);
  });

  it('reports broken assets with their JSON paths and exits 1', async () => {
    const tourDir = join(dir, 'broken-tour');
    await mkdir(tourDir);
    // A complete pyramid, then one tile lost.
    expect((await sitevisit('tile', PANO, '--out', join(tourDir, 'pond'))).code).toBe(0);
    await unlink(join(tourDir, 'pond', '2', 'up', '0_0.jpg'));
    // With --public /, absolute paths are root-relative asset URLs.
    const rel = (p: string) => p;
    const tour = {
      id: 'broken',
      title: 'Broken',
      scenes: [
        { id: 'pond', type: 'panorama', title: 'Pond', image: rel(PANO), tiles: 'pond/tiles.json' },
        { id: 'box', type: 'model', title: 'Box', model: rel(join(BROKEN, 'unknown-required-extension/Box.gltf')) },
        { id: 'man', type: 'model', title: 'Man', model: rel(join(BROKEN, 'truncated-in-bin-chunk_CesiumMan.glb')) },
        { id: 'flat', type: 'panorama', title: 'Flat', image: rel(join(BROKEN, 'pano-not-2to1_1600x1200.jpg')) },
      ],
    };
    await writeFile(join(tourDir, 'tour.json'), JSON.stringify(tour));
    const run = await sitevisit('validate', join(tourDir, 'tour.json'), '--public', '/');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error: scenes\[0\]\.tiles: 1 of 84 tiles are missing \(2\/up\/0_0\.jpg\)/);
    expect(run.stdout).toMatch(/error: scenes\[1\]\.model: requires the extension EXT_this_extension_does_not_exist/);
    expect(run.stdout).toMatch(/error: scenes\[2\]\.model: GLB_UNEXPECTED_END_OF_CHUNK_DATA/);
    expect(run.stdout).toMatch(/error: scenes\[3\]\.image: 1600×1200 is not equirectangular/);
    expect(run.stdout).toMatch(/INVALID \(4 error\(s\)/);
  });
});

describe('optimize', () => {
  it('instances 500 cubes into one draw call and prints the table', async () => {
    const out = join(dir, 'cubes.glb');
    const run = await sitevisit('optimize', join(TESTDATA, 'models/many-nodes-500-cubes/many-cubes.gltf'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/draw calls\s+501\s+1\s/);
    expect(run.stdout).toMatch(/triangles\s+6012\s+6012\s/);
    const check = await sitevisit('optimize', out, '--out', join(dir, 'cubes-again.glb'));
    expect(check.code).toBe(0); // its own output passes the Khronos validator
    expect((await listDir(dir)).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it('converts textures to KTX2 (Basis), which cuts their GPU memory, and keeps stdout to the table', async ({ skip }) => {
    const out = join(dir, 'cloth.glb');
    const run = await sitevisit('optimize', join(optionalOrSkip(skip), 'models/sheen-cloth-heavy-mesh/SheenCloth.gltf'), '--out', out, '--texture-format', 'ktx2');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/texture memory\s+1\.33 MB\s+341\.3 KB\s+−75%/);
    expect(run.stdout).not.toMatch(/basis_compressor|Slice:/);
    const glb = await readFile(out);
    const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as { extensionsRequired?: string[] };
    expect(json.extensionsRequired).toContain('KHR_texture_basisu');
    // The Khronos validator accepts the result (and the viewer decodes everything it requires).
    expect((await validateModel(out)).errors).toEqual([]);
  });
});
