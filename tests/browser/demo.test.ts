/**
 * The demo content as a visitor meets it: every scene of both demo tours
 * renders; a standpoint marker flies into its panorama and the panorama lines
 * up with the model (pixels and hotspot markers); "View in 3D" flies back out;
 * the Northern Sweden visit links into the pilot-hall tour; the Tours menu and
 * the /tours page list both tours.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { openPage, waitForScene, expectCanvasNotBlank, storeState } from './harness';
import { browserPerFile } from './session';
import { validateTour } from '../../src/tour/validate';
import type { Tour } from '../../src/tour/schema';
import { modelViewAt } from '../../src/state/standpoint';
import { encodeView } from '../../src/deeplink/codec';
import type { StandpointPanorama } from '../../src/tour/standpoints';

const appUrl = inject('appUrl');
const session = browserPerFile();

async function readTour(id: string): Promise<Tour> {
  const result = validateTour(JSON.parse(await readFile(new URL(`../../public/tours/${id}/tour.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`invalid ${id}`);
  return result.tour;
}

const goTo = (page: Page, scene: string) =>
  page.evaluate((id) => (window as unknown as { __sitevisit: { store: { getState(): { goToScene(i: string, s: string): boolean } } } }).__sitevisit.store.getState().goToScene(id, 'user'), scene);

/** The WebGL canvas alone: DOM overlays (markers, bars) hidden, the cross-fade finished. */
async function viewPixels(page: Page): Promise<Buffer> {
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.viewer__fade')!).visibility === 'hidden');
  // CSSOM, not a <style> tag: the page's CSP (style-src 'self') refuses inline style sheets.
  const overlays = '.hotspot, .topbar, .poi, .view-in-3d, .notices';
  const setVisibility = (visibility: string) =>
    page.evaluate(([selector, value]) => document.querySelectorAll<HTMLElement>(selector as string).forEach((el) => el.style.setProperty('visibility', value as string, 'important')), [overlays, visibility]);
  await setVisibility('hidden');
  const png = await page.locator('.viewer canvas').first().screenshot();
  await setVisibility('');
  return png;
}

/**
 * Coarse likeness of two views: Pearson correlation of their (log) gradient
 * magnitudes at 64×40, grey, slightly blurred. Edges (equipment outlines)
 * line up when the views do; flat colour and lighting differences (the model
 * is lit by the viewer, the panorama was ray traced) count for little.
 */
async function likeness(a: Buffer, b: Buffer): Promise<number> {
  const W = 64;
  const H = 40;
  const edges = async (png: Buffer) => {
    const px = await sharp(png).greyscale().blur(1.2).resize(W, H, { fit: 'fill' }).raw().toBuffer();
    const out: number[] = [];
    for (let y = 0; y < H - 1; y++) for (let x = 0; x < W - 1; x++) out.push(Math.log1p(Math.hypot(px[y * W + x + 1]! - px[y * W + x]!, px[(y + 1) * W + x]! - px[y * W + x]!)));
    return out;
  };
  const [ea, eb] = await Promise.all([edges(a), edges(b)]);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(ea), mean(eb)];
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < ea.length; i++) {
    sab += (ea[i]! - ma) * (eb[i]! - mb);
    saa += (ea[i]! - ma) ** 2;
    sbb += (eb[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Centres of the visible hotspot markers' anchors, by id (without the offset that spreads overlapping markers apart). */
const markerCentres = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-hotspot]')) {
      const r = el.querySelector('.hotspot__icon')!.getBoundingClientRect();
      const [dx = 0, dy = 0] = el.style.translate.split(' ').map((v) => parseFloat(v) || 0);
      if (r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight) out[el.dataset.hotspot!] = [r.x + r.width / 2 - dx, r.y + r.height / 2 - dy];
    }
    return out;
  });

describe('demo scenes', () => {
  for (const tourId of ['processum', 'northern-sweden']) {
    it(`every scene of ${tourId} becomes ready and draws something`, async () => {
      const tour = await readTour(tourId);
      const { page, context, errors } = await openPage(session, `${appUrl}/t/${tourId}`);
      // The page's load event does not wait for the app: the start script runs it (src/start/earlyStart.ts).
      await waitForScene(page, null);
      for (const scene of tour.scenes) {
        await goTo(page, scene.id);
        await waitForScene(page, scene.id);
        await expectCanvasNotBlank(page);
        // Back and Next are told apart by their arrows and their names, and named for where they lead.
        const steps = scene.hotspots.filter((h) => h.type === 'link' && h.role);
        const names = await Promise.all(steps.map((h) => page.locator(`[data-hotspot="${h.id}"]`).evaluate((el) => el.textContent ?? '')));
        const icons = await Promise.all(steps.map((h) => page.locator(`[data-hotspot="${h.id}"] svg`).getAttribute('data-icon')));
        expect(icons, scene.id).toEqual(steps.map((h) => (h.type === 'link' ? h.role : null)));
        expect(names.map((n) => n.split(':')[0]), scene.id).toEqual(steps.map((h) => (h.type === 'link' && h.role === 'back' ? 'Back' : 'Next')));
        expect(new Set(names).size, scene.id).toBe(names.length);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('model ↔ panorama', () => {
  it('a standpoint marker flies into its panorama, which lines up with the model seen from there', async () => {
    const tour = await readTour('processum');
    const pano = tour.scenes.find((s) => s.id === 'pretreatment') as StandpointPanorama;
    const standpointView = modelViewAt(pano, pano.view);

    // The model from the standpoint, looking where the panorama starts (a link to that camera).
    const model = await openPage(session, `${appUrl}/t/processum/hall?v=${encodeView(standpointView)}`);
    await waitForScene(model.page, 'hall');
    const modelShot = await viewPixels(model.page);
    const modelMarkers = await markerCentres(model.page);
    await model.context.close();

    // The visitor's way: choose the marker in the overview, with motion.
    const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/hall`, { reducedMotion: false });
    await waitForScene(page, 'hall');
    const overviewShot = await viewPixels(page);
    const marker = page.getByRole('button', { name: /360° Pretreatment and steam explosion/ });
    await marker.click();
    await waitForScene(page, 'pretreatment');
    // The last model frame, which the cross-fade starts from, is where the flight ended.
    const flightEnd = Buffer.from((await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.viewer__fade')!.toDataURL('image/png'))).split(',')[1]!, 'base64');
    const panoShot = await viewPixels(page);
    const state = await storeState(page);
    expect(state.view).toMatchObject({ kind: 'panorama', yaw: pano.view.yaw, pitch: pano.view.pitch, fov: pano.view.fov });

    const matching = await likeness(panoShot, modelShot);
    const flown = await likeness(panoShot, flightEnd);
    const unrelated = await likeness(panoShot, overviewShot);
    console.log(`likeness to the panorama: model from the standpoint ${matching.toFixed(2)}, end of the flight ${flown.toFixed(2)}, overview ${unrelated.toFixed(2)}`);
    // Measured: about 0.63 for both against 0.33 for the overview.
    expect(matching).toBeGreaterThan(0.5);
    expect(flown).toBeGreaterThan(0.5);
    expect(matching).toBeGreaterThan(unrelated + 0.2);

    // The model's hotspots show in the panorama, at the same place on screen.
    const panoMarkers = await markerCentres(page);
    const shared = Object.keys(modelMarkers).filter((id) => panoMarkers[`pretreatment--${id}`]);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const id of shared) {
      const [mx, my] = modelMarkers[id]!;
      const [px, py] = panoMarkers[`pretreatment--${id}`]!;
      expect(Math.hypot(mx - px, my - py), id).toBeLessThan(12);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"View in 3D" shows the model again, at its overview', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/tank-farm`);
    await waitForScene(page, 'tank-farm');
    const button = page.getByRole('button', { name: 'View in 3D' });
    await button.click();
    await waitForScene(page, 'hall');
    const tour = await readTour('processum');
    const hall = tour.scenes.find((s) => s.id === 'hall');
    await expect.poll(async () => (await storeState(page)).view).toMatchObject({ kind: 'model', position: hall?.type === 'model' ? hall.camera?.position : [] });
    await expect(page.locator('[data-view-in-3d]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tours', () => {
  it('the Northern Sweden visit links into the pilot-hall tour, keeping the language', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/northern-sweden/ornskoldsvik?lang=fi`);
    await waitForScene(page, 'ornskoldsvik');
    await page.locator('.poi summary').click();
    await page.locator('[data-poi="ornskoldsvik-to-pilot-hall"]').click();
    await page.waitForURL(/\/t\/processum\/hall/);
    await waitForScene(page, 'hall');
    const state = await storeState(page);
    expect(state.language).toBe('fi');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/Processum/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/tours lists every tour with its thumbnail, and the Tours menu does too', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/tours?lang=sv`);
    await page.waitForSelector('[data-tours-page="ready"]');
    const links = page.locator('[data-tour-link]');
    await expect(links.count()).resolves.toBe(2);
    await expect(page.locator('h1').innerText()).resolves.toBe('Visningar');
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('img')].map((i) => i.complete && i.naturalWidth))).toEqual([480, 480]);
    await page.locator('[data-tour-link="northern-sweden"]').click();
    await waitForScene(page, 'umea');
    expect((await storeState(page)).language).toBe('sv');

    const menu = page.getByRole('button', { name: 'Visningar' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    const entries = page.locator('.tours-menu [data-tour-link]');
    await expect.poll(() => entries.count()).toBe(2);
    await expect(page.locator('.tours-menu [aria-current="page"]').getAttribute('data-tour-link')).resolves.toBe('northern-sweden');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('tours-menu__button'))).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
