/**
 * Quick view: every third-party model and panorama of the test data opens
 * through `/?model=` / `/?panorama=` and renders; every broken file shows the
 * error card naming the file, and the page stays alive. Each file gets a page
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

const BROKEN_MODELS = [
  'broken/generated/truncated-in-bin-chunk_CesiumMan.glb',
  'broken/generated/truncated-in-json-chunk_Box.glb',
  'broken/generated/corrupted-json-chunk_Box.glb',
  'broken/generated/zero-bytes.glb',
  'broken/generated/zero-bytes.gltf',
  'broken/generated/png-renamed-to.glb',
  'broken/generated/missing-bin/Box.gltf',
  'broken/generated/invalid-json/Box.gltf',
  'broken/generated/unknown-required-extension/Box.gltf',
  'broken/khronos-gltf-validator/base/glb/invalid_magic.glb',
  'broken/khronos-gltf-validator/base/glb/length_mismatch.glb',
  'broken/khronos-gltf-validator/base/asset/1_0_version.gltf',
  'broken/khronos-gltf-validator/base/scene/unresolved_default_scene.gltf',
  'broken/khronos-gltf-validator/base/node/node_loop_scene.gltf',
  'broken/khronos-gltf-validator/base/scene/unresolved_node.gltf',
  'no/such/file.glb',
];

/** Large (15 MB, 4 MB, 2 MB), CC-BY-SA 3.0 or CC-BY 3.0: not committed with the fixtures. */
const OPTIONAL = new Set([
  'models/sheen-cloth-heavy-mesh/SheenCloth.gltf',
  'models/specgloss-vs-metalrough-large/SpecGlossVsMetalRough.gltf',
  'models/pirate-meshopt/pirate.glb',
  'models/webxr-garage-interior/garage.gltf',
  'panoramas/pannellum-jordan-pond/examplepano.jpg',
]);

const BROKEN_PANORAMAS = ['broken/generated/zero-bytes.jpg', 'broken/generated/pano-header-claims-20000x10000_tiny-data.jpg'];

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

describe.concurrent('broken files show an error card naming the file', () => {
  for (const [kind, path] of [
    ...BROKEN_MODELS.map((p) => ['model', p] as const),
    ...BROKEN_PANORAMAS.map((p) => ['panorama', p] as const),
  ]) {
    it(path, async ({ expect }) => {
      const { page, context, errors } = await openPage(session, quickView(kind, path));
      await waitForScene(page, kind, 'error');
      const card = page.locator('[data-scene-error]');
      await expect(card.isVisible()).resolves.toBe(true);
      const fileName = decodeURIComponent(path.split('/').pop() as string);
      const text = await card.innerText();
      expect(text).toContain(kind === 'model' && path.includes('missing-bin') ? 'Box0.bin' : fileName);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
