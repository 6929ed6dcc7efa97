/**
 * The minimap as a visitor sees it: `map=1` opens the pilot hall's floor plan;
 * at three panorama standpoints (and a camera inside the model) the "you are
 * here" dot is within 4 px of the standpoint's place on the plan and the
 * heading cone within 2° of where the view looks; Enter on a standpoint's
 * button goes there; the tour map of the Northern Sweden tour; axe-clean, and
 * full screen at 390×844.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForScene } from './harness';
import { axeViolations } from './axe';
import { browserPerFile } from './session';
import { PlanDescriptor, planPixel } from '../../src/tour/plan';

const appUrl = inject('appUrl');
const session = browserPerFile();

type Vec3 = [number, number, number];
const processum = JSON.parse(readFileSync('public/tours/processum/tour.json', 'utf8')) as { scenes: { id: string; standpoint?: { position: Vec3; heading?: number } }[] };
const plan = PlanDescriptor.parse(JSON.parse(readFileSync('public/plans/pilot-hall/plan.json', 'utf8')));

/** Where the dot's centre is, where the plan's pixel (u, v) is on screen, and the cone's turn (degrees clockwise), as rendered. */
async function measure(page: Page, u: number, v: number) {
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.minimap__image');
    return img !== null && img.complete && img.naturalWidth > 0 && document.querySelector('.minimap__here') !== null;
  });
  return page.evaluate(
    ({ u, v, width, height }) => {
      const img = document.querySelector('.minimap__image')!.getBoundingClientRect();
      const dot = document.querySelector('.minimap__dot')!.getBoundingClientRect();
      const m = document.querySelector<SVGGraphicsElement>('.minimap__cone')?.getScreenCTM();
      return {
        dot: [dot.left + dot.width / 2, dot.top + dot.height / 2],
        expected: [img.left + (u * img.width) / width, img.top + (v * img.height) / height],
        cone: m ? (((Math.atan2(m.b, m.a) * 180) / Math.PI) + 360) % 360 : null,
      };
    },
    { u, v, width: plan.width, height: plan.height },
  );
}

const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('minimap', () => {
  it('shows where the visitor stands and looks, at three standpoints and in the model; Enter on a spot goes there', { timeout: 300_000 }, async () => {
    const cases = [
      { scene: 'pretreatment', yaw: 30 },
      { scene: 'process-floor', yaw: -100 },
      { scene: 'platform', yaw: 165 },
    ];
    const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/${cases[0]!.scene}?v=${cases[0]!.yaw},0,75&map=1`, { viewport: { width: 1280, height: 800 } });
    for (const [i, { scene, yaw }] of cases.entries()) {
      if (i > 0) await page.goto(`${appUrl}/t/processum/${scene}?v=${yaw},0,75&map=1`);
      await waitForScene(page, scene, 'ready', 120_000);
      const standpoint = processum.scenes.find((s) => s.id === scene)!.standpoint!;
      const [u, v] = planPixel(plan, standpoint.position[0], standpoint.position[2]);
      const seen = await measure(page, u, v);
      expect(Math.hypot(seen.dot[0]! - seen.expected[0]!, seen.dot[1]! - seen.expected[1]!), `${scene}: dot`).toBeLessThanOrEqual(4);
      expect(angleBetween(seen.cone!, (standpoint.heading ?? 0) + yaw), `${scene}: cone ${seen.cone}`).toBeLessThanOrEqual(2);
      // the platform is on the upper deck: its level is the one shown
      const pressed = await page.locator('.minimap__levels [aria-pressed="true"]').textContent();
      expect(pressed).toContain(scene === 'platform' ? '2' : '1');
    }

    // A camera inside the model, looking east (heading 90°).
    await page.goto(`${appUrl}/t/processum/hall?v=0,1.6,5,3,1.6,5,50&map=1`);
    await waitForScene(page, 'hall', 'ready', 120_000);
    const [u, v] = planPixel(plan, 0, 5);
    const inModel = await measure(page, u, v);
    expect(Math.hypot(inModel.dot[0]! - inModel.expected[0]!, inModel.dot[1]! - inModel.expected[1]!)).toBeLessThanOrEqual(4);
    expect(angleBetween(inModel.cone!, 90)).toBeLessThanOrEqual(2);

    // Keyboard: Tab to the tank farm's spot, Enter goes there; the map stays open and in the link.
    const spot = page.locator('[data-spot="tank-farm"]');
    await expect.poll(() => spot.getAttribute('aria-current')).toBeNull();
    await spot.focus();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'tank-farm', 'ready', 120_000);
    await expect.poll(() => spot.getAttribute('aria-current')).toBe('location');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('map=1');

    expect(await axeViolations(page)).toEqual([]);
    // Escape closes it, and the link forgets it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.minimap__panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('map=1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('phones: the Northern Sweden map full screen, its stops as buttons, the pilot hall linked; axe-clean', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/northern-sweden/ronnskar?lang=sv`, { viewport: { width: 390, height: 844 } });
    await waitForScene(page, 'ronnskar', 'ready', 120_000);
    await page.getByRole('button', { name: 'Karta' }).click();
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.minimap__image')?.complete === true);
    const panel = await page.locator('.minimap').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await page.locator('.minimap__spot').count()).toBe(6);
    await expect.poll(() => page.locator('[data-spot="ronnskar"]').getAttribute('aria-current')).toBe('location');
    expect(await page.locator('[data-spot="processum/hall"]').textContent()).toContain('RISE Processums pilothall');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stäng kartan' }).click();
    await expect.poll(() => page.locator('.minimap__panel').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
