/**
 * The deliberately broken files of tests/fixtures/broken through the CLI:
 * a clear one-line reason, a non-zero exit, and nothing half-written left in
 * the output folder (no output, no temporary leftovers).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listDir, sitevisit, TESTDATA } from './run';

// Each case runs the real CLI in a child process (tsx start-up ~1 s on this machine).
vi.setConfig({ testTimeout: 90_000 }); // each test spawns the CLI (tsx) several times; two unit files run at once

const BROKEN = join(TESTDATA, 'broken');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitevisit-broken-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('tile refuses broken panoramas', () => {
  const cases: [string, RegExp][] = [
    ['generated/zero-bytes.jpg', /empty \(0 bytes\)/],
    ['generated/pano-not-2to1_1600x1200.jpg', /1600×1200 is not equirectangular/],
    // Decoding fails only after the output folder was started: it must be removed.
    ['generated/pano-truncated-progressive_4096x2048.jpg', /truncated or corrupt/],
    ['generated/pano-header-claims-20000x10000_tiny-data.jpg', /claims 20000×10000 pixels but the file holds only 1 KB/],
    ['generated/pano-huge-20000x10000_1bit.png', /20000×10000 \(200 MP\) is above the limit/],
    ['generated/png-renamed-to.glb', /not equirectangular/],
    ['generated/does-not-exist.jpg', /cannot read \(ENOENT\)/],
  ];
  it.each(cases)('%s', async (file, message) => {
    const run = await sitevisit('tile', join(BROKEN, file), '--out', join(dir, 'pano'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(await listDir(dir)).toEqual([]);
  });
});

describe('optimize refuses broken models', () => {
  const cases: [string, RegExp][] = [
    ['generated/zero-bytes.glb', /empty \(0 bytes\)/],
    ['generated/truncated-in-bin-chunk_CesiumMan.glb', /GLB_UNEXPECTED_END_OF_CHUNK_DATA/],
    ['generated/truncated-in-json-chunk_Box.glb', /GLB_/],
    ['generated/corrupted-json-chunk_Box.glb', /INVALID_JSON/],
    ['generated/png-renamed-to.glb', /GLB_INVALID_MAGIC/],
    ['generated/missing-bin/Box.gltf', /file not found: Box0\.bin/],
    ['generated/invalid-json/Box.gltf', /INVALID_JSON/],
    ['generated/unknown-required-extension/Box.gltf', /EXT_this_extension_does_not_exist, which the viewer cannot decode/],
    ['khronos-gltf-validator/base/node/node_loop_scene.gltf', /NODE_/],
  ];
  it.each(cases)('%s', async (file, message) => {
    const run = await sitevisit('optimize', join(BROKEN, file), '--out', join(dir, 'model.glb'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a valid glTF model, nothing written/);
    expect(run.stderr).toMatch(message);
    expect(await listDir(dir)).toEqual([]);
  });
});

it('usage errors exit 2 with the reason', async () => {
  const run = await sitevisit('optimize', join(TESTDATA, 'models/box-glb/Box.glb'), '--out', join(dir, 'box.gltf'));
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--out must name a \.glb file/);
  const missing = await sitevisit('tile', 'x.jpg');
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/required option '-o, --out <dir>'/);
});
