/**
 * The demo tour as a visitor takes it: it opens at `/`, the canvas shows the
 * hall, hotspots open cards (focus in, Esc, focus back), link hotspots move
 * between scenes, the language switch translates cards.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForScene, expectCanvasNotBlank, storeState } from './harness';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes (by index) that overlap. */
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b, j) => (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height ? [[i, i + 1 + j]] : [])));

const nextFrames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Turns the camera to a hotspot (as the hotspot list does) so its marker is on screen. */
async function clickHotspot(page: Page, id: string) {
  await page.evaluate((hotspot) => {
    (window as unknown as { __sitevisit: { store: { getState(): { focusHotspot(id: string, s: string): boolean } } } }).__sitevisit.store
      .getState()
      .focusHotspot(hotspot, 'app');
  }, id);
  await page.locator(`[data-hotspot="${id}"]`).click();
}

describe('demo tour', () => {
  it('opens the pilot hall model at / and renders it', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await expectCanvasNotBlank(page);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/Processum/i);
    const markers = await page.locator('[data-hotspot]').count();
    expect(markers).toBeGreaterThanOrEqual(6);
    // Markers behind equipment are dimmed, the others are not.
    const occluded = await page.locator('.hotspot--occluded').count();
    expect(occluded).toBeGreaterThan(0);
    expect(occluded).toBeLessThan(markers);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a card from a hotspot by keyboard (its tooltip gone once the card is open), closes it with Esc and returns focus', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    const hotspot = page.locator('[data-hotspot="steam-explosion-unit"]');
    await expect(hotspot.getAttribute('aria-haspopup')).resolves.toBe('dialog');
    await hotspot.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog');
    await card.waitFor();
    await expect(card.getAttribute('data-card')).resolves.toBe('steam-explosion-unit');
    const heading = await card.locator('h2').innerText();
    expect(heading.length).toBeGreaterThan(3);
    await expect(page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).resolves.toBe(true);
    expect((await card.locator('.card__body').innerText()).length).toBeGreaterThan(40);
    // The pointer still rests on the marker, as after a click: its tooltip has gone all the same.
    await hotspot.hover();
    await expect(hotspot.locator('.hotspot__label').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-hotspot'))).resolves.toBe('steam-explosion-unit');
    expect((await storeState(page)).cardId).toBeNull();
    await context.close();
  });

  it('reads well on the overview: stacked markers fold into a count that fans out and folds back, labels never overlap, icons are SVG', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await nextFrames(page);
    // The markers stacked at the hopper (three, and a fourth whose button box they touch at 960×600) are one marker showing their count.
    const cluster = page.locator('[data-cluster~="pretreatment-reactor"]');
    const stacked = (await cluster.getAttribute('data-cluster'))!.split(' ');
    expect(stacked).toEqual(expect.arrayContaining(['biomass-hopper', 'screw-feeder', 'pretreatment-reactor']));
    await expect(cluster.innerText()).resolves.toBe(String(stacked.length));
    await expect(cluster.getAttribute('aria-label')).resolves.toMatch(new RegExp(`^${stacked.length} places here: .*Pretreatment reactor`));
    await expect(page.locator('[data-hotspot="pretreatment-reactor"]').isVisible()).resolves.toBe(false);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cluster.getAttribute('aria-expanded')).toBe('true');
    const members = (await cluster.getAttribute('data-cluster'))!.split(' ');
    const boxes = await Promise.all(members.map((id) => page.locator(`[data-hotspot="${id}"] .hotspot__icon`).boundingBox()));
    expect(boxes.every((b) => b !== null)).toBe(true);
    expect(overlapping(boxes as Box[])).toEqual([]);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-hotspot'))).resolves.toBe(members[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => cluster.getAttribute('aria-expanded')).toBe('false');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-cluster'))).resolves.toBe(true);
    await expect(page.locator('[data-hotspot="pretreatment-reactor"]').isVisible()).resolves.toBe(false);

    // Labels at rest: several, inside the view, none over another.
    const labels = await page.locator('.hotspot[data-label-shown] .hotspot__label').evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(overlapping(labels)).toEqual([]);
    expect(labels.every((r) => r.x >= 0 && r.y >= 0 && r.x + r.width <= 960 && r.y + r.height <= 600)).toBe(true);

    // Icons do not depend on the font: SVG in the markers and in "In this scene", no glyphs.
    await page.locator('.poi summary').click();
    const entries = await page.locator('[data-poi]').evaluateAll((els) => els.map((el) => ({ svg: el.querySelector('svg[data-icon]') !== null, text: el.textContent ?? '' })));
    expect(entries.length).toBe(16);
    expect(entries.filter((e) => !e.svg || /[ⓘ➜]/.test(e.text))).toEqual([]);
    expect(await page.locator('[data-hotspot] .hotspot__icon svg').count()).toBe(16);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('enters the panoramas from their standpoint markers and walks between them, having preloaded them', async () => {
    const { page, context, errors } = await openPage(session, 'about:blank');
    const requested: string[] = [];
    // Downloads only: the app also checks that every file of the tour exists, asking each for its first two bytes.
    page.on('request', (r) => {
      if (r.method() === 'GET' && r.headers()['range'] === undefined) requested.push(new URL(r.url()).pathname);
    });
    await page.goto(`${appUrl}/`);
    await waitForScene(page, 'hall');
    // Link targets of the current scene are fetched before the visitor asks for them: the demo
    // panoramas are tile pyramids, so only their descriptor and preview, never the whole JPEG.
    await expect.poll(() => requested.filter((p) => p.startsWith('/panoramas/')).sort()).toEqual(
      ['platform', 'pretreatment', 'process-floor', 'tank-farm'].flatMap((name) => [`/panoramas/processum-${name}/preview.jpg`, `/panoramas/processum-${name}/tiles.json`]),
    );
    await page.locator('[data-standpoint="pretreatment"]').click();
    await waitForScene(page, 'pretreatment');
    await expectCanvasNotBlank(page);
    await clickHotspot(page, 'pretreatment-to-process-floor');
    await waitForScene(page, 'process-floor');
    await page.locator('[data-view-in-3d]').click();
    await waitForScene(page, 'hall');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the language of the interface and of the cards', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await page.locator('[data-hotspot="fermentation-tanks"]').click();
    const card = page.getByRole('dialog');
    const english = await card.locator('.card__body').innerText();
    for (const language of ['sv', 'fi']) {
      await page.getByRole('combobox').selectOption(language);
      await expect.poll(() => card.getAttribute('lang')).toBe(language);
      const translated = await card.locator('.card__body').innerText();
      expect(translated).not.toBe(english);
      await expect(page.locator('.app').getAttribute('lang')).resolves.toBe(language);
    }
    await expect(page.getByRole('button', { name: 'Sulje' }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('places an open card below the top bar however many rows the bar wraps to', async () => {
    for (const [width, lang] of [[1280, 'en'], [900, 'fi']] as const) {
      const { page, context } = await openPage(session, `${appUrl}/t/processum/hall?card=fermentation-tanks&lang=${lang}`, { viewport: { width, height: 700 } });
      await waitForScene(page, 'hall');
      const card = page.getByRole('dialog');
      await card.waitFor();
      const [bar, box] = await Promise.all([page.locator('header.topbar').boundingBox(), card.boundingBox()]);
      expect(box!.y, `${width} px, ${lang}`).toBeGreaterThanOrEqual(bar!.y + bar!.height);
      // The close button is what a click at its centre reaches (no tool of the bar on top of it).
      const close = card.locator('.card__close');
      const reached = await close.evaluate((button) => {
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return hit !== null && button.contains(hit);
      });
      expect(reached, `${width} px, ${lang}`).toBe(true);
      await context.close();
    }
  });

  it('navigates with the keyboard: arrow keys turn a panorama to the right', async () => {
    const { page, context } = await openPage(session, `${appUrl}/?tour=processum`);
    await waitForScene(page, 'hall');
    await page.locator('[data-scene-link="process-floor"]').click();
    await waitForScene(page, 'process-floor');
    const before = (await storeState(page)).view as { yaw: number };
    await page.locator('[data-viewer]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => ((await storeState(page)).view as { yaw: number }).yaw, { timeout: 5000 })
      .toBeGreaterThan(before.yaw + 5);
    await context.close();
  });

  it('lists the hotspots of the scene for keyboard users and opens one facing it', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await page.locator('.poi summary').click();
    await page.locator('[data-poi="control-room"]').click();
    await page.getByRole('dialog').waitFor();
    const state = await storeState(page);
    expect(state.cardId).toBe('control-room');
    const tour = await (await fetch(`${appUrl}/tours/processum/tour.json`)).json();
    const hotspot = tour.scenes[0].hotspots.find((h: { id: string }) => h.id === 'control-room');
    expect((state.view as { target: number[] }).target).toEqual(hotspot.position);
    await context.close();
  });

  it('flies towards the point under a double-click', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    const before = (await storeState(page)).view as { position: number[]; target: number[] };
    await nextFrames(page);
    const box = (await page.locator('.viewer canvas').first().boundingBox())!;
    // A spot on the hall floor, right of centre, with no hotspot marker on it.
    await page.mouse.dblclick(box.x + box.width * 0.58, box.y + box.height * 0.75);
    await expect.poll(async () => ((await storeState(page)).view as { target: number[] }).target).not.toEqual(before.target);
    const after = (await storeState(page)).view as { position: number[]; target: number[] };
    const distance = (v: { position: number[]; target: number[] }) => Math.hypot(...v.position.map((p, i) => p - (v.target[i] as number)));
    expect(distance(after)).toBeLessThan(distance(before));
    await context.close();
  });

  it('walks: a floor click, then the arrows step on; clicks on equipment stop clear of it; Orbit returns to the orbit view', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    const position = async () => ((await storeState(page)).view as { position: number[] }).position;
    const orbitView = (await storeState(page)).view;
    await nextFrames(page);
    await page.locator('[data-mode="walk"]').click();
    await expect.poll(async () => (await position())[1]).toBeCloseTo(1.6, 1);
    await expect(page.locator('[data-mode="walk"]').getAttribute('aria-pressed')).resolves.toBe('true');
    const start = await position();
    // Let the walk view be drawn first: clicks are raycast from the camera as last rendered.
    await nextFrames(page);
    const box = (await page.locator('.viewer canvas').first().boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.85);
    await expect.poll(position).not.toEqual(start);
    const walked = await position();
    expect(walked[1]).toBeCloseTo(1.6, 1);
    // The arrows step on from there (the view has the keyboard after the click).
    await page.keyboard.press('ArrowUp');
    await expect.poll(position).not.toEqual(walked);
    const stepped = await position();
    const away = (p: number[]) => Math.hypot(...p.map((v, i) => v - walked[i]!));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => away(await position())).toBeLessThan(away(stepped) / 2);

    // Clicks on walls and equipment straight ahead: the camera ends clear of every surface, never inside one.
    for (const [x, y] of [[0.5, 0.5], [0.3, 0.45], [0.7, 0.45]] as const) {
      await nextFrames(page);
      const before = await position();
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      await expect.poll(async () => String(await position()) !== String(before) || (await page.locator('.notices').innerText()).includes('no room')).toBe(true);
      await nextFrames(page);
      const clearance = await page.evaluate(() => (window as unknown as { __sitevisit: { clearance(): { distance: number; inside: boolean } | null } }).__sitevisit.clearance());
      expect(clearance, `click at ${x}, ${y}`).not.toBeNull();
      expect(clearance!.inside, `click at ${x}, ${y}`).toBe(false);
      expect(clearance!.distance, `click at ${x}, ${y}`).toBeGreaterThan(0.3);
    }

    await page.locator('[data-mode="orbit"]').click();
    await expect.poll(async () => (await storeState(page)).view).toEqual(orbitView);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('bad tours', () => {
  it('never executes hostile text in titles, cards or links', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/?tour=hostile`);
    await waitForScene(page, 'floor');
    await clickHotspot(page, 'evil');
    const card = page.getByRole('dialog');
    await card.waitFor();
    await expect(card.locator('h2').innerText()).resolves.toContain('<b onmouseover');
    expect(await card.locator('script, img[onerror], [onmouseover]').count()).toBe(0);
    const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('https://example.org/'))).toBe(true);
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    // The refused link stays as plain text, not a link.
    await expect(card.locator('.card__body').innerText()).resolves.toContain('click me');
    expect(await card.locator('a', { hasText: 'click me' }).count()).toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).resolves.toBeNull();
    await expect(page.locator('h1').innerText()).resolves.toContain('<img src=x');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every problem of an invalid tour with its JSON path', async () => {
    const { page, context } = await openPage(session, `${appUrl}/?tour=invalid`);
    await waitForScene(page, null, 'error');
    const text = await page.locator('[data-tour-problems]').innerText();
    expect(text).toContain('scenes[0].hotspots[0].target: unknown scene "hall-b"');
    expect(text).toContain('scenes[1].id: duplicate scene id "hall" (also scenes[0])');
    expect(text).toContain('startScene: unknown scene "lobby"');
    expect(text).toMatch(/scenes\[1\]\.view\.fov: Too big/);
    await context.close();
  });

  it('shows an error card for a scene whose model is missing while the rest of the tour works', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/?tour=partly-broken`);
    await waitForScene(page, 'broken-model', 'error');
    const card = await page.locator('[data-scene-error]').innerText();
    expect(card).toContain('this-file-does-not-exist.glb');
    expect(card).toContain('404');
    await page.locator('[data-scene-link="floor"]').click();
    await waitForScene(page, 'floor');
    await expectCanvasNotBlank(page);
    expect(await page.locator('[data-scene-error]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the default tour with a notice when a link names a tour that does not exist', async () => {
    const { page, context } = await openPage(session, `${appUrl}/t/does-not-exist/somewhere?card=x`);
    await waitForScene(page, 'hall');
    await expect(page.locator('.notices').innerText()).resolves.toContain('unknown tour "does-not-exist"');
    await context.close();
  });
});
