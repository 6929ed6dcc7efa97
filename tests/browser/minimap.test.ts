/**
 * The minimap as a visitor sees it: `map=1` opens the pilot hall's floor plan;
 * at three panorama standpoints (and a camera inside the model) the "you are
 * here" dot is within 4 px of the standpoint's place on the plan and the
 * heading cone within 2° of where the view looks; Enter on a standpoint's
 * button goes there; the tour map of the Northern Sweden tour; axe-clean, and
 * full screen at 390×844; a map image that does not load leaves an error line
 * and working spots. In a live tour: an attendee looking around sees
 * where the presenter is and looks, the speaker sees people per spot.
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

  it('live: an attendee looking around sees where the presenter is and looks; the speaker sees how many are at each spot', { timeout: 300_000 }, async () => {
    const created = await fetch(`${appUrl}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tour: 'processum' }) });
    expect(created.status).toBe(201);
    const { presenterUrl, attendeeUrl } = (await created.json()) as { presenterUrl: string; attendeeUrl: string };
    const speaker = await openPage(session, presenterUrl, { viewport: { width: 1280, height: 800 } });
    const p = speaker.page;
    await p.getByText('You are presenting', { exact: true }).waitFor({ timeout: 60_000 });
    const guest = await openPage(session, attendeeUrl, { viewport: { width: 1280, height: 800 } });
    const a = guest.page;
    await waitForScene(a, 'hall', 'ready', 120_000);

    // The speaker goes to the pretreatment panorama and looks 30° right of its centre.
    await p.evaluate(() => {
      const store = (window as unknown as { __sitevisit: { store: { getState(): { goToScene(id: string, source: string): void; setView(v: object, source: string): void } } } }).__sitevisit.store;
      store.getState().goToScene('pretreatment', 'user');
      store.getState().setView({ kind: 'panorama', yaw: 30, pitch: 0, fov: 75 }, 'user');
    });
    await waitForScene(a, 'pretreatment', 'ready', 120_000);
    // The attendee opens the map (following: only "you are here"), then goes to the tank farm with the keyboard: looking around.
    await a.getByRole('button', { name: 'Map', exact: true }).click();
    await a.locator('.minimap__here').waitFor();
    expect(await a.locator('.minimap__presenter').count()).toBe(0);
    await a.locator('[data-spot="tank-farm"]').focus();
    await a.keyboard.press('Enter');
    await waitForScene(a, 'tank-farm', 'ready', 120_000);
    await a.getByRole('button', { name: 'Return to presenter' }).waitFor();
    // "The presenter is here": on the pretreatment standpoint (within 4 px), its cone where the speaker looks (within 2°).
    const marker = a.getByRole('img', { name: 'The presenter is here' });
    await marker.waitFor();
    const standpoint = processum.scenes.find((s) => s.id === 'pretreatment')!.standpoint!;
    const [u, v] = planPixel(plan, standpoint.position[0], standpoint.position[2]);
    const seen = await a.evaluate(
      ({ u, v, width, height }) => {
        const img = document.querySelector('.minimap__image')!.getBoundingClientRect();
        const mark = document.querySelector('.minimap__presenter-mark')!.getBoundingClientRect();
        const m = document.querySelector<SVGGraphicsElement>('.minimap__presenter-cone')!.getScreenCTM()!;
        return { at: [mark.left + mark.width / 2, mark.top + mark.height / 2], expected: [img.left + (u * img.width) / width, img.top + (v * img.height) / height], cone: (((Math.atan2(m.b, m.a) * 180) / Math.PI) + 360) % 360 };
      },
      { u, v, width: plan.width, height: plan.height },
    );
    expect(Math.hypot(seen.at[0]! - seen.expected[0]!, seen.at[1]! - seen.expected[1]!)).toBeLessThanOrEqual(4);
    expect(angleBetween(seen.cone, (standpoint.heading ?? 0) + 30)).toBeLessThanOrEqual(2);
    // Distinct from "you are here", which is at the tank farm.
    await expect.poll(() => a.locator('[data-spot="tank-farm"]').getAttribute('aria-current')).toBe('location');
    expect(await axeViolations(a)).toEqual([]);
    // Upright on a phone: the map full screen, the presenter's mark on it and on screen.
    await a.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => a.locator('.minimap').boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const onPhone = await a.evaluate(() => {
      const mark = document.querySelector('.minimap__presenter-mark')!.getBoundingClientRect();
      const img = document.querySelector('.minimap__image')!.getBoundingClientRect();
      return { x: mark.left + mark.width / 2, y: mark.top + mark.height / 2, img: [img.left, img.top, img.right, img.bottom] };
    });
    expect(onPhone.x).toBeGreaterThanOrEqual(Math.max(0, onPhone.img[0]!));
    expect(onPhone.x).toBeLessThanOrEqual(Math.min(390, onPhone.img[2]!));
    expect(onPhone.y).toBeGreaterThanOrEqual(Math.max(0, onPhone.img[1]!));
    expect(onPhone.y).toBeLessThanOrEqual(Math.min(844, onPhone.img[3]!));
    await a.setViewportSize({ width: 1280, height: 800 });

    // The speaker's map: one person at the tank farm (a count, never a name), nobody with the speaker.
    await p.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => p.locator('[data-spot="tank-farm"]').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await p.locator('[data-spot="pretreatment"]').getAttribute('data-count')).toBe('0');
    expect(await p.locator('[data-spot="tank-farm"]').textContent()).toContain('(1 person)');
    expect(await p.locator('.minimap__count').allTextContents()).toEqual(['1']);
    // The map with its counts (not the whole page: here a view marker lies under the top bar's language switch, the known issue of markers under the top bar).
    expect(await axeViolations(p, '.minimap')).toEqual([]);
    // The attendee returns: counted with the speaker again.
    await a.getByRole('button', { name: 'Return to presenter' }).click();
    await expect.poll(() => p.locator('[data-spot="pretreatment"]').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await p.locator('[data-spot="tank-farm"]').getAttribute('data-count')).toBe('0');
    await expect.poll(() => a.locator('.minimap__presenter').count()).toBe(0);
    expect(speaker.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
    await speaker.context.close();
    await guest.context.close();
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

  it('a map image that does not load leaves an error line; its spots still take the visitor places', { timeout: 120_000 }, async () => {
    // On a busy page the image can fail before React has it on the page, and React drops that error event;
    // here every error listener added before the image is in the document stays deaf, to make that certain.
    const deafBeforeMount = () => {
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (type === 'error' && this instanceof HTMLImageElement && !this.isConnected) return;
        return add.call(this, type, listener, options);
      };
    };
    const { page, context, errors } = await openPage(session, `${appUrl}/t/broken-map/floor?lang=fi&map=1`, { viewport: { width: 1280, height: 800 }, init: deafBeforeMount });
    await waitForScene(page, 'floor', 'ready', 120_000);
    await page.locator('.minimap').getByText('Karttaa ei voitu ladata.').waitFor();
    await page.locator('[data-spot="pretreatment"]').focus();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'pretreatment', 'ready', 120_000);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
