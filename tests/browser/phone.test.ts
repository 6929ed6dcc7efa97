/**
 * Phones and tablets (touch emulation): every demo scene, the menus, a card,
 * the share panel with its QR code and a live attendee page, each seen at
 * 390×844 upright and sideways, 360×640 and 768×1024 (one page, resized: a
 * scene loads once). Nothing outside the screen or under something else,
 * touch targets of 44 px, the top bar within 12% of an upright screen, cards
 * as tall as their content, and the start view keeps every marker the
 * landscape view shows.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScene } from './harness';
import { layoutProblems, overlapping } from './layoutCheck';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

const TOURS = {
  processum: ['hall', 'pretreatment', 'platform', 'tank-farm', 'process-floor'],
  'northern-sweden': ['umea', 'sara-kulturhus', 'northvolt-ett', 'ronnskar', 'ornskoldsvik'],
};
const SCREENS = [
  [390, 844],
  [844, 390],
  [360, 640],
  [768, 1024],
] as const;

/** The next frames after a resize: layout and the 3D view's markers follow the new size. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));

/** Markers (by id) whose centre is on screen, alone or folded into a cluster marker ("3") that is. */
const markersOnScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-hotspot], [data-standpoint], [data-cluster]')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        return r.width > 0 && x >= 0 && x <= innerWidth && y >= 0 && y <= innerHeight;
      })
      .flatMap((e) => e.dataset.cluster?.split(' ').map((id) => id.replace(/^360:/, '')) ?? [e.dataset.hotspot ?? e.dataset.standpoint ?? ''])
      .filter((id, i, all) => all.indexOf(id) === i)
      .sort(),
  );

/** Sees the current state on every screen; `also` adds checks of its own. */
async function onEveryScreen(page: Page, state: string, found: string[], also?: (width: number, height: number) => Promise<void>) {
  for (const [width, height] of SCREENS) {
    await page.setViewportSize({ width, height });
    await settle(page);
    for (const problem of await layoutProblems(page)) found.push(`${state} at ${width}×${height}: ${problem}`);
    const bar = await page.locator('.topbar').boundingBox();
    if (bar && height > width && bar.height > height * 0.12) found.push(`${state} at ${width}×${height}: top bar ${bar.height} px high`);
    await also?.(width, height);
  }
}

async function chooseScene(page: Page, id: string) {
  await page.locator('.scenes__toggle').tap();
  await page.locator(`[data-scene-link="${id}"]`).tap();
  await waitForScene(page, id);
}

it('phones and tablets: every scene and panel fits the screen, upright and sideways', { timeout: 900_000 }, async () => {
  const found: string[] = [];
  const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The start view on a landscape screen, and the markers it shows: a phone shows them all too.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${appUrl}/`);
  await waitForScene(page, 'hall');
  await settle(page);
  const landscape = await markersOnScreen(page);
  expect(landscape.length).toBeGreaterThan(10);
  await onEveryScreen(page, 'hall', found, async (width, height) => {
    // The markers follow the refitted camera a frame or more after the resize.
    const missing = async () => {
      const shown = await markersOnScreen(page);
      return landscape.filter((id) => !shown.includes(id));
    };
    await expect.poll(missing, { timeout: 20_000 }).toEqual([]).catch(async () => found.push(`start view at ${width}×${height} cuts off ${(await missing()).join(', ')}`));
  });

  for (const [tour, scenes] of Object.entries(TOURS)) {
    if (tour !== 'processum') {
      await page.goto(`${appUrl}/t/${tour}`);
      await waitForScene(page, scenes[0] as string);
      await onEveryScreen(page, `${tour}/${scenes[0]}`, found);
    }
    for (const scene of scenes.slice(1)) {
      await page.setViewportSize({ width: 390, height: 844 });
      await chooseScene(page, scene);
      await onEveryScreen(page, `${tour}/${scene}`, found);
    }
  }

  // The map's button and "Look around by moving your phone" share a row under the top bar (both load after the
  // scene): the checks above look at each control's centre, which a long label can cover only in part.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${appUrl}/t/processum/process-floor`);
  await waitForScene(page, 'process-floor');
  await page.locator('.minimap__toggle').waitFor();
  await page.locator('.look-around__toggle').waitFor();
  await onEveryScreen(page, 'map and look around', found, async (width, height) => {
    if (await overlapping(page, '.minimap__toggle', '.look-around__toggle')) found.push(`the map's button under "Look around" at ${width}×${height}`);
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${appUrl}/t/processum/hall`);
  await waitForScene(page, 'hall');
  await page.locator('.scenes__toggle').tap();
  await onEveryScreen(page, 'scene menu', found);
  await page.locator('.scenes__toggle').tap();
  await page.locator('.topbar__menu').tap();
  await page.locator('.tours-menu__button').tap();
  await page.locator('[data-tour-link]').first().waitFor();
  await onEveryScreen(page, 'tools and tours menu', found);
  await page.locator('.topbar__menu').tap();

  // A card of six lines: as tall as its content, not a full-height panel.
  await page.locator('.poi summary').tap();
  await page.locator('[data-poi="biomass-hopper"]').tap();
  const card = page.locator('.card[data-card="biomass-hopper"]');
  await card.waitFor();
  await onEveryScreen(page, 'card', found, async (width, height) => {
    const { rect, content, room } = await card.evaluate((e) => ({
      rect: e.getBoundingClientRect().height,
      content: e.scrollHeight,
      room: innerHeight - (document.querySelector('.topbar') as HTMLElement).getBoundingClientRect().height,
    }));
    // Six lines: the card ends where its text ends, well short of the space it may take.
    if (rect > content + 2 || rect > room * 0.9) found.push(`card ${rect} px high (content ${content} px, room ${room} px) at ${width}×${height}`);
  });

  // The share panel while the card is open: not stacked on it; its QR code within the panel and the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.topbar__menu').tap();
  await page.locator('.topbar__share').tap();
  const panel = page.locator('[data-share-panel]');
  await panel.getByRole('button', { name: 'QR code' }).tap();
  const qr = panel.locator('svg.qr');
  await onEveryScreen(page, 'share panel with QR code', found, async (width, height) => {
    if (await overlapping(page, '[data-share-panel]', '.card')) found.push(`share panel on the card at ${width}×${height}`);
    await qr.scrollIntoViewIfNeeded();
    const [q, p] = [await qr.boundingBox(), await panel.boundingBox()];
    const fits = q && p && q.width >= 150 && q.x >= p.x && q.x + q.width <= p.x + p.width && q.y >= 0 && q.y + q.height <= height;
    if (!fits) found.push(`QR code ${JSON.stringify(q)} outside its panel ${JSON.stringify(p)} or the screen at ${width}×${height}`);
  });

  // A live attendee page: the status pills clear of "In this scene" and of each other.
  const res = await fetch(`${appUrl}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  const { attendeeUrl } = (await res.json()) as { attendeeUrl: string };
  await page.goto(attendeeUrl);
  await waitForScene(page, 'hall');
  await page.locator('.live__status').waitFor();
  await page.locator('.poi summary').waitFor();
  await onEveryScreen(page, 'live attendee page', found);

  expect(found).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
