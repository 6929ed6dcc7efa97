/**
 * Multiresolution panoramas as a visitor sees them: a 16384×8192 grid with a
 * label per cell, tiled by the CLI, viewed at a narrow field of view in several
 * directions (across face edges and a cube corner). Each view must match the
 * source region, reprojected independently of the viewer (compare.ts), with no
 * seam where faces meet, and load only the tiles it needs.
 */
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canvasStats, launch, openPage, waitForScene, type Session } from './harness';
import { GRID_FILE, prepareTiledTour } from './tiles/fixture';
import { correlation, meanAbsDiff, reproject, type LookView, type Raw, type Rect } from './tiles/compare';

const appUrl = inject('appUrl');
let session: Session;
let source: Raw;

beforeAll(async () => {
  await prepareTiledTour();
  const { data, info } = await sharp(GRID_FILE, { limitInputPixels: false }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  source = { data, width: info.width, height: info.height, channels: info.channels };
  session = await launch();
}, 300_000);

afterAll(async () => {
  await session?.close();
});

const sharpMarks = (page: Page) => page.evaluate(() => performance.getEntriesByName('sitevisit:tiles-sharp:grid').length);

/** Turns the camera (as a link or host page would) and waits until every tile that view needs was drawn. */
async function lookAt(page: Page, view: LookView): Promise<void> {
  const before = await sharpMarks(page);
  await page.evaluate((v) => {
    const { store } = (window as unknown as { __sitevisit: { store: { getState(): { setView(view: unknown, source: string): boolean } } } }).__sitevisit;
    store.getState().setView({ kind: 'panorama', ...v }, 'app');
  }, view);
  await page.waitForFunction((n) => performance.getEntriesByName('sitevisit:tiles-sharp:grid').length > n && document.getElementById('root')?.dataset.tiles === 'sharp', before, {
    timeout: 30_000,
  });
}

async function canvasRaw(page: Page): Promise<Raw> {
  const png = await page.locator('.viewer canvas').first().screenshot();
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function cut(image: Raw, rect: Rect): Raw {
  const out = Buffer.alloc(rect.width * rect.height * 3);
  for (let y = 0; y < rect.height; y++) {
    for (let x = 0; x < rect.width; x++) {
      const from = ((rect.top + y) * image.width + rect.left + x) * image.channels;
      image.data.copy(out, (y * rect.width + x) * 3, from, from + 3);
    }
  }
  return { data: out, width: rect.width, height: rect.height, channels: 3 };
}

const FOV = 20;
/** Views: off any edge; on the front/right edge (vertical through the centre); on the front/up edge (horizontal); on the back/right/down corner. */
const VIEWS: { name: string; view: LookView; seam?: 'vertical' | 'horizontal' }[] = [
  { name: 'inside a face', view: { yaw: -100, pitch: 10, fov: FOV } },
  { name: 'front|right edge', view: { yaw: 45, pitch: 0, fov: FOV }, seam: 'vertical' },
  { name: 'front|up edge', view: { yaw: 0, pitch: 45, fov: FOV }, seam: 'horizontal' },
  { name: 'back|right|down corner', view: { yaw: 135, pitch: -35.26, fov: FOV } },
];

describe('tiled panorama', () => {
  it('shows the preview, then sharp tiles that match the source in every direction, with no seams at face edges', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/tiles-grid/grid`);
    const tileRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/tiles-grid/tiles/')) tileRequests.push(new URL(r.url()).pathname.split('/tiles-grid/tiles/')[1] as string);
    });
    try {
      await waitForScene(page, 'grid');
      // The preview is drawn before any tile is asked for: the first view costs the preview's bytes alone.
      const early = await page.evaluate(() => {
        const ready = performance.getEntriesByName('sitevisit:ready:grid', 'mark')[0]?.startTime ?? 0;
        const resources = performance.getEntriesByType('resource').filter((e) => e.name.includes('/tiles-grid/tiles/'));
        return {
          ready,
          preview: resources.filter((e) => e.name.endsWith('/preview.jpg')).length,
          tilesBeforeReady: resources.filter((e) => /\/tiles\/\d+\//.test(e.name) && e.startTime < ready).length,
        };
      });
      expect(early.ready).toBeGreaterThan(0);
      expect(early.preview).toBe(1);
      expect(early.tilesBeforeReady).toBe(0);
      // The first view (fov 75) needs a handful of shallow tiles, never the whole pyramid.
      await page.waitForFunction(() => document.getElementById('root')?.dataset.tiles === 'sharp', null, { timeout: 30_000 });
      const firstView = tileRequests.filter((p) => /^\d\//.test(p));
      expect(firstView.length).toBeGreaterThan(0);
      expect(firstView.length).toBeLessThanOrEqual(16);
      expect(firstView.every((p) => p.startsWith('0/') || p.startsWith('1/'))).toBe(true);

      for (const { name, view, seam } of VIEWS) {
        await lookAt(page, view);
        const shot = await canvasRaw(page);
        const crop: Rect = { width: 360, height: 240, left: Math.round(shot.width / 2 - 180), top: Math.round(shot.height / 2 - 120) };
        const actual = cut(shot, crop);
        const expected = reproject(source, view, shot.width, shot.height, crop);
        const similarity = correlation(actual, expected);
        // The oracle is not vacuous: the same view turned by 3° (~90 px here) must match clearly worse.
        const turned = correlation(actual, reproject(source, { ...view, yaw: view.yaw + 3 }, shot.width, shot.height, crop));
        const whole = meanAbsDiff(actual, expected);
        const band: Rect =
          seam === 'vertical'
            ? { left: crop.width / 2 - 2, top: 0, width: 4, height: crop.height }
            : { left: 0, top: crop.height / 2 - 2, width: crop.width, height: 4 };
        const atSeam = seam ? meanAbsDiff(actual, expected, band) : 0;
        if (process.env.TILES_DEBUG) {
          const png = (r: Raw) => sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } }).png();
          await png(actual).toFile(`.scratch/${name.replace(/\W+/g, '-')}-actual.png`);
          await png(expected).toFile(`.scratch/${name.replace(/\W+/g, '-')}-expected.png`);
        }
        console.log(`${name}: correlation ${similarity.toFixed(3)} (turned 3°: ${turned.toFixed(3)}), mean |diff| ${whole.toFixed(1)}${seam ? `, at the seam ${atSeam.toFixed(1)}` : ''}`);
        expect(similarity, name).toBeGreaterThan(0.9);
        expect(turned, name).toBeLessThan(similarity - 0.2);
        if (seam) expect(atSeam, `${name}: seam`).toBeLessThan(whole * 2 + 6);
      }
      // A narrow view loads a deep level: sharp at 20°, not an upscaled shallow tile.
      expect(tileRequests.some((p) => p.startsWith('3/') || p.startsWith('4/'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('falls back to the whole image, with a notice, when the pyramid is missing', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/tiles-grid/fallback`);
    try {
      await waitForScene(page, 'fallback');
      expect(await page.locator('.notices').innerText()).toContain('tiles of this panorama could not be used');
      const { stdev } = await canvasStats(page);
      expect(stdev).toBeGreaterThan(8);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
