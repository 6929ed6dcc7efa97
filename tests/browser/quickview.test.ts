/**
 * Quick view: every third-party model and panorama of the test data opens
 * through `/?model=` / `/?panorama=` and renders; every broken file shows the
 * error card saying in plain words what is wrong and naming the file (the
 * parser's message under "Details"), and the page stays alive; a file on a
 * host the site's CSP does not allow says so. Each file gets a page
 * of its own; two run side by side (vitest maxConcurrency in vitest.config.ts).
 * The files in OPTIONAL come from the optional large set (tests/fixtures/testdata.ts).
 */
import { describe, inject, it } from 'vitest';
import { openPage, waitForScene, expectCanvasNotBlank } from './harness';
import { browserPerFile } from './session';
import { optionalOrSkip } from '../fixtures/testdata';

const appUrl = inject('appUrl');
const testdataUrl = inject('testdataUrl');

const MODELS = [
  'models/box-glb/Box.glb',
  'models/box-gltf-external-bin/Box.gltf',
  'models/box-draco/Box_Draco.glb',
  'models/fox-animated/Fox.gltf',
  'models/cesium-man-skinned/CesiumMan.glb',
  'models/cesium-milk-truck/CesiumMilkTruck.gltf',
  'models/interpolation-test/InterpolationTest.gltf',
  'models/sheen-cloth-heavy-mesh/SheenCloth.gltf',
  'models/specgloss-vs-metalrough-large/SpecGlossVsMetalRough.gltf',
  'models/pirate-meshopt/pirate.glb',
  'models/meshopt-box-gltf-pipeline/meshopt-fallback/meshopt-fallback.gltf',
  'models/meshopt-box-gltf-pipeline/meshopt-no-fallback/meshopt-no-fallback.gltf',
  'models/webp-texture-box/box-textured-separate.gltf',
  'models/webp-texture-box/box-textured-with-fallback.gltf',
  'models/webp-texture-box-embedded/box-textured-embedded.gltf',
  'models/gltf-transform-tests/BoxDraco.gltf',
  'models/gltf-transform-tests/BoxMeshopt.glb',
  'models/gltf-transform-tests/DenseSphere.glb',
  'models/many-nodes-500-cubes/many-cubes.gltf',
  'models/multiple-scenes/MultipleScenes.gltf',
  'models/webxr-garage-interior/garage.gltf',
  // Degrades: textures are missing, the geometry must still show.
  'broken/generated/missing-texture/CesiumMilkTruck.gltf',
  'broken/real-world/lantern-missing-textures/Lantern.gltf',
  'broken/generated/texture-png-named-jpg/Fox.gltf',
];

/** Panoramas with the notice each must show ('' for none). */
const PANORAMAS: [string, string][] = [
  ['panoramas/pannellum-jordan-pond/examplepano.jpg', ''],
  ['panoramas/webxr-milky-way-2k/milky-way-2k.png', ''],
  // Degrade: wrong aspect ratio (warned), partial progressive JPEG, oversize image decoded smaller.
  ['broken/generated/pano-not-2to1_1600x1200.jpg', 'not 2:1'],
  ['broken/generated/pano-truncated-progressive_4096x2048.jpg', ''],
  ['broken/generated/pano-huge-20000x10000_1bit.png', 'was reduced to fit'],
];

/** Broken models with what the error card must say is wrong (its data-error-kind). */
const BROKEN_MODELS: [string, string][] = [
  ['broken/generated/truncated-in-bin-chunk_CesiumMan.glb', 'damaged'],
  ['broken/generated/truncated-in-json-chunk_Box.glb', 'damaged'],
  ['broken/generated/corrupted-json-chunk_Box.glb', 'damaged'],
  ['broken/generated/zero-bytes.glb', 'empty'],
  ['broken/generated/zero-bytes.gltf', 'empty'],
  ['broken/generated/png-renamed-to.glb', 'wrong-type'],
  ['broken/generated/missing-bin/Box.gltf', 'missing'],
  ['broken/generated/invalid-json/Box.gltf', 'damaged'],
  ['broken/generated/unknown-required-extension/Box.gltf', 'unsupported'],
  ['broken/khronos-gltf-validator/base/glb/invalid_magic.glb', 'wrong-type'],
  ['broken/khronos-gltf-validator/base/glb/length_mismatch.glb', 'damaged'],
  ['broken/khronos-gltf-validator/base/asset/1_0_version.gltf', 'unsupported'],
  ['broken/khronos-gltf-validator/base/scene/unresolved_default_scene.gltf', 'damaged'],
  ['broken/khronos-gltf-validator/base/node/node_loop_scene.gltf', 'damaged'],
  ['broken/khronos-gltf-validator/base/scene/unresolved_node.gltf', 'damaged'],
  ['no/such/file.glb', 'missing'],
];

/** Large (15 MB, 4 MB, 2 MB), CC-BY-SA 3.0 or CC-BY 3.0: not committed with the fixtures. */
const OPTIONAL = new Set([
  'models/sheen-cloth-heavy-mesh/SheenCloth.gltf',
  'models/specgloss-vs-metalrough-large/SpecGlossVsMetalRough.gltf',
  'models/pirate-meshopt/pirate.glb',
  'models/webxr-garage-interior/garage.gltf',
  'panoramas/pannellum-jordan-pond/examplepano.jpg',
]);

const BROKEN_PANORAMAS: [string, string][] = [
  ['broken/generated/zero-bytes.jpg', 'empty'],
  ['broken/generated/pano-header-claims-20000x10000_tiny-data.jpg', 'damaged'],
];

/** What the visitor reads first (en), by kind; the parsers' own words stay under "Details". */
const PLAIN: Record<string, string> = {
  damaged: 'The file is damaged or incomplete.',
  empty: 'The file is empty.',
  'wrong-type': 'This file is not a 3D model (glTF or GLB).',
  unsupported: 'The model uses a feature this viewer does not support.',
  missing: 'The file was not found on its server.',
};
/** Words of JavaScript and parser errors that must never be the visible message. */
const TECHNICAL = /typed array|DataView|JSON at position|Cannot read properties|undefined|Unsupported asset|EXT_this_extension/;

const session = browserPerFile();

const quickView = (kind: 'model' | 'panorama', path: string) =>
  `${appUrl}/?${kind}=${encodeURIComponent(`${testdataUrl}/${path}`)}`;

describe.concurrent('quick view renders every test model', () => {
  for (const path of MODELS) {
    it(path, async ({ expect, skip }) => {
      if (OPTIONAL.has(path)) optionalOrSkip(skip);
      const { page, context, errors } = await openPage(session, quickView('model', path));
      await waitForScene(page, 'model');
      await expectCanvasNotBlank(page, 4);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe.concurrent('quick view renders every test panorama', () => {
  for (const [path, notice] of PANORAMAS) {
    it(path, async ({ expect, skip }) => {
      if (OPTIONAL.has(path)) optionalOrSkip(skip);
      const { page, context, errors } = await openPage(session, quickView('panorama', path));
      await waitForScene(page, 'panorama');
      await expectCanvasNotBlank(page, 4);
      const notices = await page.locator('.notices').innerText();
      if (notice) expect(notices).toContain(notice);
      else expect(notices.trim()).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe.concurrent('broken files show an error card in plain words, naming the file, with the details behind a disclosure', () => {
  for (const [kind, path, problem] of [
    ...BROKEN_MODELS.map(([p, k]) => ['model', p, k] as const),
    ...BROKEN_PANORAMAS.map(([p, k]) => ['panorama', p, k] as const),
  ]) {
    it(path, async ({ expect }) => {
      const { page, context, errors } = await openPage(session, quickView(kind, path));
      await waitForScene(page, kind, 'error');
      const card = page.locator('[data-scene-error]');
      await expect(card.isVisible()).resolves.toBe(true);
      expect(await card.getAttribute('data-error-kind')).toBe(problem);
      const fileName = decodeURIComponent(path.split('/').pop() as string);
      const text = await card.innerText();
      expect(text).toContain(kind === 'model' && path.includes('missing-bin') ? 'Box0.bin' : fileName);
      expect(text).toContain('This file could not be shown');
      expect(await card.locator('.scene-error__message').innerText()).toContain(PLAIN[problem]);
      expect(text).not.toMatch(TECHNICAL);
      // Quick view has no other scenes: it offers another file instead.
      expect(text).not.toContain('choose another scene');
      await card.getByRole('button', { name: 'Open another file' }).waitFor();
      // The technical detail is one click away.
      const details = card.locator('details');
      expect(await details.getAttribute('open')).toBeNull();
      await details.getByText('Details').click();
      expect((await details.innerText()).length).toBeGreaterThan('Details'.length + 10);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a file on a host this site does not load from names the host and ASSET_ORIGINS, not a network error', async ({ expect }) => {
    // The testdata server again, under a name the app's Content-Security-Policy does not list.
    const elsewhere = new URL(testdataUrl);
    elsewhere.hostname = 'localhost';
    const { page, context, errors } = await openPage(session, `${appUrl}/?model=${encodeURIComponent(`${elsewhere.origin}/models/box-glb/Box.glb`)}`);
    await waitForScene(page, 'model', 'error');
    const card = page.locator('[data-scene-error]');
    expect(await card.getAttribute('data-error-kind')).toBe('blocked');
    expect(await card.locator('.scene-error__message').innerText()).toBe(
      `This site does not load files from ${elsewhere.origin}; its operator can allow it with ASSET_ORIGINS.`,
    );
    expect(await card.innerText()).not.toMatch(/network error/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});
