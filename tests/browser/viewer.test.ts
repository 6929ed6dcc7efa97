/**
 * Viewer behaviour a visitor relies on: panoramas are not mirrored, leaving
 * scenes releases GPU memory, dropped files open, reduced motion is honoured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Document, NodeIO } from '@gltf-transform/core';
import { KHRTextureBasisu } from '@gltf-transform/extensions';
import { encodeToKTX2 } from 'ktx2-encoder';
import { canvasStats, gpuMemory, openPage, waitForScene } from './harness';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const testdataUrl = inject('testdataUrl');
const session = browserPerFile();

const generated = fileURLToPath(new URL('./fixtures/tours/generated/', import.meta.url));
const BANDS: [string, [number, number, number]][] = [
  ['red', [220, 30, 30]],
  ['green', [30, 200, 30]],
  ['blue', [30, 30, 220]],
  ['yellow', [230, 220, 30]],
];

beforeAll(async () => {
  // Four vertical colour bands (u = 0..1 left to right) and a white cap above pitch ~54°.
  const width = 2048;
  const height = 1024;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = y < height * 0.2 ? [255, 255, 255] : (BANDS[Math.floor((x / width) * 4)] as (typeof BANDS)[number])[1];
      pixels.set(rgb, (y * width + x) * 3);
    }
  }
  mkdirSync(generated, { recursive: true });
  await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toFile(`${generated}bands.png`);
  await writeKtx2Quad(`${generated}ktx2-quad.glb`);
  // A tiny model followed by a panorama: the model's short far plane must not hide the panorama sphere.
  const tour = {
    id: 'generated',
    title: 'Small model, then a panorama',
    scenes: [
      { id: 'quad', type: 'model', title: 'Quad', model: 'ktx2-quad.glb' },
      { id: 'bands', type: 'panorama', title: 'Bands', image: 'bands.png' },
    ],
  };
  writeFileSync(`${generated}tour.json`, JSON.stringify(tour));
});

/** A quad textured with a Basis (ETC1S) KTX2 image of solid orange: only a working transcoder shows orange. */
async function writeKtx2Quad(path: string) {
  const png = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 255, g: 120, b: 0, alpha: 1 } } }).png().toBuffer();
  const ktx2 = await encodeToKTX2(new Uint8Array(png), {
    isUASTC: false,
    generateMipmap: true,
    imageDecoder: async (bytes) => {
      const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return { width: info.width, height: info.height, data: new Uint8Array(data) };
    },
  });
  const doc = new Document();
  doc.createExtension(KHRTextureBasisu).setRequired(true);
  const buffer = doc.createBuffer();
  const accessor = (type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array | Uint16Array) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const texture = doc.createTexture('orange').setImage(ktx2).setMimeType('image/ktx2');
  const material = doc.createMaterial('unlit-ish').setBaseColorTexture(texture).setRoughnessFactor(1).setMetallicFactor(0).setEmissiveFactor([1, 1, 1]).setEmissiveTexture(texture);
  const primitive = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', new Float32Array([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0])))
    .setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array([0, 1, 1, 1, 1, 0, 0, 0])))
    .setIndices(accessor('SCALAR', new Uint16Array([0, 1, 2, 0, 2, 3])))
    .setMaterial(material);
  doc.createScene().addChild(doc.createNode('quad').setMesh(doc.createMesh().addPrimitive(primitive)));
  await new NodeIO().registerExtensions([KHRTextureBasisu]).write(path, doc);
}

const store = (page: Page, action: string, ...args: unknown[]) =>
  page.evaluate(
    ([name, params]) => {
      const s = (window as unknown as { __sitevisit: { store: { getState(): Record<string, (...a: unknown[]) => unknown> } } }).__sitevisit.store;
      return s.getState()[name as string]!(...(params as unknown[]));
    },
    [action, args] as const,
  );

const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));

async function centreColour(page: Page): Promise<string> {
  const png = await page.locator('.viewer canvas').first().screenshot();
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  const rgb = [data[i], data[i + 1], data[i + 2]] as number[];
  const all: [string, [number, number, number]][] = [...BANDS, ['white', [255, 255, 255]]];
  const distance = (c: [number, number, number]) => c.reduce((sum, v, k) => sum + (v - (rgb[k] as number)) ** 2, 0);
  return all.reduce((best, c) => (distance(c[1]) < distance(best[1]) ? c : best))[0];
}

describe('panorama orientation', () => {
  it('shows the image unmirrored: yaw 0 is the centre, positive yaw turns right, positive pitch looks up', async () => {
    const { page, context } = await openPage(session, `${appUrl}/?panorama=/tours/generated/bands.png`);
    await waitForScene(page, 'panorama');
    const cases: [number, number, string][] = [
      [45, 0, 'blue'], // u = 0.625
      [-45, 0, 'green'], // u = 0.375
      [135, 0, 'yellow'], // u = 0.875
      [-135, 0, 'red'], // u = 0.125
      [45, 75, 'white'],
    ];
    for (const [yaw, pitch, colour] of cases) {
      await store(page, 'setView', { kind: 'panorama', yaw, pitch, fov: 40 }, 'app');
      await nextFrames(page);
      expect(`${yaw},${pitch}: ${await centreColour(page)}`).toBe(`${yaw},${pitch}: ${colour}`);
    }
    await context.close();
  });
});

describe('scene switches reset the camera', () => {
  it('shows a panorama after a tiny model (regression: far plane left at the model size)', async () => {
    const { page, context } = await openPage(session, `${appUrl}/?tour=generated`);
    await waitForScene(page, 'quad');
    await store(page, 'goToScene', 'bands', 'user');
    await waitForScene(page, 'bands');
    await store(page, 'setView', { kind: 'panorama', yaw: 45, pitch: 0, fov: 40 }, 'app');
    await nextFrames(page);
    expect(await centreColour(page)).toBe('blue');
    await context.close();
  });
});

describe('compressed textures', () => {
  it('shows a KTX2 (Basis) texture, transcoded by the decoder served from our own origin', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/?model=/tours/generated/ktx2-quad.glb`);
    const decoderRequests: string[] = [];
    page.on('request', (r) => {
      if (/basis_transcoder/.test(r.url())) decoderRequests.push(r.url());
    });
    await page.reload();
    await waitForScene(page, 'model');
    const { png } = await canvasStats(page);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    let orange = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      // Orange under the hall lighting: strongly red over blue. Without the transcoder the quad is black or absent.
      if (r > 180 && r - b > 80 && g > b) orange++;
    }
    expect(orange / (info.width * info.height)).toBeGreaterThan(0.05);
    expect(decoderRequests.length).toBeGreaterThan(0);
    expect(decoderRequests.every((url) => url.startsWith(appUrl))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('GPU memory', () => {
  it('returns to its baseline after visiting 20 scenes back and forth', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    const baseline = await gpuMemory(page);
    const order = ['pretreatment', 'hall', 'process-floor', 'hall'];
    let peak = 0;
    for (let i = 0; i < 20; i++) {
      const scene = order[i % order.length] as string;
      await store(page, 'goToScene', scene, 'user');
      await waitForScene(page, scene);
      peak = Math.max(peak, (await gpuMemory(page))?.textures ?? 0);
    }
    await waitForScene(page, 'hall');
    await nextFrames(page);
    expect(await gpuMemory(page)).toEqual(baseline);
    expect(baseline?.geometries).toBeGreaterThan(10);
    // The demo panoramas are tiled: a scene holds its preview and the tiles of its view (≤ 16 at the
    // default view, see tiles.test.ts) besides what the fade needs; the equality above shows none leak.
    expect(peak).toBeLessThanOrEqual((baseline?.textures ?? 0) + 2 + 16);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('drag and drop', () => {
  it('opens a dropped .glb as a quick-view model', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await page.evaluate(async (url) => {
      const bytes = await (await fetch(url)).arrayBuffer();
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'Box.glb', { type: 'model/gltf-binary' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, `${testdataUrl}/models/box-glb/Box.glb`);
    await waitForScene(page, 'model');
    await expect(page.locator('h1').innerText()).resolves.toBe('Box.glb');
    await context.close();
  });

  it('opens a dropped .gltf with its .bin and texture', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    const base = `${testdataUrl}/models/cesium-milk-truck/`;
    await page.evaluate(async ({ base, names }) => {
      const transfer = new DataTransfer();
      for (const name of names) transfer.items.add(new File([await (await fetch(base + name)).arrayBuffer()], name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, { base, names: ['CesiumMilkTruck.gltf', 'CesiumMilkTruck0.bin', 'CesiumMilkTruck.png'] });
    await waitForScene(page, 'model');
    await expect(page.locator('.notices').innerText()).resolves.not.toContain('could not be loaded');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('loading', () => {
  it('shows a progress bar with a percentage while the model downloads', async () => {
    const { page, context } = await openPage(session, 'about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // ~150 KB/s: the demo model (177 KB gzip) takes over a second, longer than the code that shows it.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 150_000, uploadThroughput: 150_000 });
    // A server slow to answer for the model (its first byte 1.5 s late): the download then runs while the model
    // scene's code is there to show it (the code's own chunks, 80 KB at this rate, could otherwise still be arriving).
    await page.route('**/*.glb', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    // `/?tour=` has no start hints: on `/` the page itself preloads the model before the app's code runs.
    await page.goto(`${appUrl}/?tour=processum`);
    // Sample what the visitor sees on every animation frame until the scene is ready.
    const seen = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const values: number[] = [];
          const sample = () => {
            const bar = document.querySelector('[role="progressbar"]');
            const value = bar?.getAttribute('aria-valuenow');
            if (value && bar?.textContent?.includes(`${value}%`)) values.push(Number(value));
            // Until the scene is ready (before the app has booted there is no status yet).
            const status = document.getElementById('root')?.dataset.sceneStatus;
            if (status !== 'ready' && status !== 'error') requestAnimationFrame(sample);
            else resolve(values);
          };
          sample();
        }),
    );
    await waitForScene(page, 'hall');
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('cross-fades between scenes only when motion is welcome', async () => {
    for (const reducedMotion of [true, false]) {
      const { page, context } = await openPage(session, `${appUrl}/`, { reducedMotion });
      await waitForScene(page, 'hall');
      await store(page, 'goToScene', 'pretreatment', 'user');
      const instant = await page.locator('.viewer__fade').getAttribute('data-instant');
      expect(instant).toBe(String(reducedMotion));
      const transition = await page.locator('.viewer__fade').evaluate((el) => getComputedStyle(el).transitionDuration);
      await waitForScene(page, 'pretreatment');
      const after = await page.locator('.viewer__fade').evaluate((el) => getComputedStyle(el).transitionDuration);
      expect({ reducedMotion, fades: after !== '0s' }).toEqual({ reducedMotion, fades: !reducedMotion });
      void transition;
      await context.close();
    }
  });
});
