/**
 * Keyboard and screen readers: axe-core (WCAG 2.2 AA rules) on every state a
 * visitor meets, in English, Swedish and Finnish; the page title and the
 * announcement of scene changes; a keyboard-only walk through the tour; and a
 * visible focus indicator on every control, measured from screenshots with
 * and without focus (axe has no rule for it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { openPage, waitForScene } from './harness';
import { axeViolations } from './axe';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const testdataUrl = inject('testdataUrl');
const session = browserPerFile();

type Text = Record<string, string>;
const processum = JSON.parse(readFileSync(new URL('../../public/tours/processum/tour.json', import.meta.url), 'utf8')) as { title: Text; scenes: { id: string; title: Text }[] };
const titleOf = (scene: string, lang: string) => `${processum.scenes.find((s) => s.id === scene)?.title[lang]} – ${processum.title[lang]}`;

/**
 * Pairs of shown markers whose boxes overlap. The marker layer spreads and clusters them on the frame
 * after they arrive, which can come seconds after "ready" on a busy machine: polled until none, it is
 * both the wait and the check (axe's target-size then finds every marker whole).
 */
const overlappingMarkers = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-hotspot], [data-standpoint], [data-cluster]')]
      .filter((e) => !e.hidden)
      .map((e) => ({ id: e.dataset.hotspot ?? e.dataset.standpoint ?? e.dataset.cluster ?? '', r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0);
    return boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5 ? [`${a.id} / ${b.id}`] : [])),
    );
  });

const activeIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
const activeInside = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

/** Presses `key` until the focused element matches `selector` (at most `max` times). */
async function pressUntil(page: Page, key: string, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await activeIs(page, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${selector}`);
}

describe.concurrent('axe-core: no WCAG 2.2 AA violations', () => {
  it.for(['en', 'sv', 'fi'])('viewer, card, share and live panels, panorama, /tours, quick view, error card and a live page in %s', { timeout: 400_000 }, async (lang, { expect }) => {
    const found: Record<string, string[]> = {};
    const audit = async (state: string) => {
      await expect.poll(() => overlappingMarkers(page), { timeout: 30_000 }).toEqual([]);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[state] = violations;
    };
    const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/hall?lang=${lang}`, { viewport: { width: 1280, height: 720 } });
    await waitForScene(page, 'hall', 'ready', 180_000); // three languages side by side on a busy machine
    // Titled "<scene> – <tour>" in the visitor's language, announced politely.
    await expect.poll(() => page.title()).toBe(titleOf('hall', lang));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await audit('model scene');

    await page.locator('.poi summary').click();
    await page.locator('[data-poi="biomass-hopper"]').click();
    await page.locator('.card[data-card="biomass-hopper"] .card__body').waitFor();
    await audit('card');
    await page.locator('.topbar__share').click();
    await page.locator('[data-share-panel] [aria-expanded]').click();
    await page.locator('[data-share-panel] svg.qr').waitFor();
    await audit('share panel');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.topbar__live').click();
    await page.locator('[data-live-start]').waitFor();
    await audit('live start panel');
    await page.keyboard.press('Escape');

    await page.locator('[data-scene-link="process-floor"]').click();
    await waitForScene(page, 'process-floor');
    await expect.poll(() => page.title()).toBe(titleOf('process-floor', lang));
    await expect.poll(() => page.locator('[data-scene-announcer]').textContent()).toBe(processum.scenes.find((s) => s.id === 'process-floor')?.title[lang]);
    await audit('panorama scene');

    await page.goto(`${appUrl}/tours?lang=${lang}`);
    await page.locator('[data-tours-page="ready"]').waitFor();
    await audit('/tours');
    await page.goto(`${appUrl}/?model=${encodeURIComponent(`${testdataUrl}/models/box-glb/Box.glb`)}&lang=${lang}`);
    await waitForScene(page, 'model');
    await audit('quick view');
    await page.goto(`${appUrl}/?model=${encodeURIComponent(`${testdataUrl}/broken/generated/zero-bytes.glb`)}&lang=${lang}`);
    await waitForScene(page, 'model', 'error');
    await page.locator('[data-scene-error]').waitFor();
    await audit('error card');

    const res = await fetch(`${appUrl}/api/live`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const { attendeeUrl } = (await res.json()) as { attendeeUrl: string };
    await page.goto(`${attendeeUrl}?lang=${lang}`);
    await waitForScene(page, 'hall');
    await page.locator('.live__status').waitFor();
    await audit('live attendee page');

    // A tour link (/t/…) and the start page get the tour's own title, not the share page's or "sitevisit".
    await page.goto(`${appUrl}/t/processum/tank-farm?lang=${lang}`);
    await expect.poll(() => page.title()).toBe(titleOf('tank-farm', lang));
    await page.goto(`${appUrl}/?lang=${lang}`);
    await expect.poll(() => page.title()).toBe(titleOf('hall', lang));

    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('skip link first, then top bar → view → hotspots; a card and Esc; the share and live panels keep Tab inside; scenes', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/`, { viewport: { width: 1280, height: 720 } });
    await waitForScene(page, 'hall');
    await page.keyboard.press('Tab');
    expect(await activeIs(page, '.skip-link')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await activeIs(page, '[data-scene-link="hall"]')).toBe(true); // the first scene is the second Tab stop
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter'); // the skip link
    expect(await activeIs(page, '[data-viewer]')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await activeIs(page, '[data-hotspot], [data-standpoint]')).toBe(true);

    // A hotspot, its card, Esc: focus goes back to the hotspot. (The hopper's three markers are one cluster here.)
    // The marker layer lays markers out after "ready" (seconds later on a busy machine): Tab through them once it has.
    await expect.poll(() => overlappingMarkers(page), { timeout: 30_000 }).toEqual([]);
    await page.locator('[data-hotspot="storage-tanks"]:not([hidden])').waitFor({ timeout: 30_000 });
    await pressUntil(page, 'Tab', '[data-hotspot="storage-tanks"]');
    await page.keyboard.press('Enter');
    await page.locator('.card[data-card="storage-tanks"]').waitFor();
    expect(await activeInside(page, '.card')).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await activeInside(page, '.card')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator('.card').waitFor({ state: 'detached' });
    expect(await activeIs(page, '[data-hotspot="storage-tanks"]')).toBe(true);

    // Back up to the top bar's Share; the panel's Tab cycle reaches its × both ways.
    await pressUntil(page, 'Shift+Tab', '.topbar__share');
    await page.keyboard.press('Enter');
    const panel = '[data-share-panel]';
    await page.locator(panel).waitFor();
    expect(await activeIs(page, '[data-copy="view"]')).toBe(true);
    await pressUntil(page, 'Tab', `${panel} [aria-expanded]`, 4);
    await page.keyboard.press('Tab');
    expect(await activeIs(page, `${panel} .card__close`)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await activeIs(page, '[data-copy="view"]')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await activeIs(page, `${panel} [aria-expanded]`)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(panel).waitFor({ state: 'detached' });
    expect(await activeIs(page, '.topbar__share')).toBe(true);

    // The live start panel: focus in it, Tab stays in it, Esc returns to its button.
    await pressUntil(page, 'Tab', '.topbar__live', 3);
    await page.keyboard.press('Enter');
    await page.locator('[data-live-start]').waitFor();
    expect(await activeInside(page, '[data-live-start]')).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await activeInside(page, '[data-live-start]')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator('[data-live-start]').waitFor({ state: 'detached' });
    expect(await activeIs(page, '.topbar__live')).toBe(true);

    // Scenes from the keyboard; the title and the announcement follow.
    await pressUntil(page, 'Shift+Tab', '[data-scene-link="platform"]');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'platform');
    await expect.poll(() => page.title()).toBe(titleOf('platform', 'en'));
    await expect.poll(() => page.locator('[data-scene-announcer]').textContent()).toBe(processum.scenes.find((s) => s.id === 'platform')?.title.en);
    // …and the language.
    await page.locator('.language select').selectOption('sv');
    await expect.poll(() => page.title()).toBe(titleOf('platform', 'sv'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows focus on every control with at least 3:1 contrast against what was there (screenshots with and without focus)', { timeout: 400_000 }, async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/hall`, { viewport: { width: 1280, height: 720 } });
    await waitForScene(page, 'hall');
    const weak: string[] = [];
    const seen = new Set<string>();
    const measure = async (where: string) => {
      const problem = await focusContrast(page);
      if (problem) weak.push(`${where}${await focusedName(page)}: ${problem}`);
    };
    // Every Tab stop of the page: skip link, top bar, view, hotspots, the list of them.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 80 && !(await activeIs(page, 'body')); i++) {
      const name = await focusedName(page);
      if (seen.has(name)) break;
      seen.add(name);
      await measure('');
      await page.keyboard.press('Tab');
    }
    expect(seen.size).toBeGreaterThan(25);
    // A card's and the share panel's controls.
    await page.locator('[data-hotspot="steam-explosion-unit"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.card .card__body').waitFor();
    await measure('card ');
    await page.locator('.topbar__share').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-share-panel]').waitFor();
    for (let i = 0; i < 5; i++) {
      await measure('share panel ');
      await page.keyboard.press('Tab');
    }
    expect(weak).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    return `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}[${e.dataset.hotspot ?? e.dataset.standpoint ?? e.dataset.sceneLink ?? e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 24)}]`;
  });

/** Relative luminance of an sRGB pixel (WCAG). */
const luminance = (r: number, g: number, b: number) =>
  [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] as number), 0);

/**
 * Screenshots the focused control and its surroundings, then the same without
 * focus; the indicator is the pixels that changed, and enough of them (a
 * 1 px line around the control) must contrast 3:1 with what they covered.
 */
async function focusContrast(page: Page): Promise<string | null> {
  const box = await page.evaluate(() => {
    const r = (document.activeElement as HTMLElement).getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const viewport = page.viewportSize() as { width: number; height: number };
  const x = Math.max(0, Math.floor(box.x - 8));
  const y = Math.max(0, Math.floor(box.y - 8));
  const clip = { x, y, width: Math.min(viewport.width, Math.ceil(box.x + box.width + 8)) - x, height: Math.min(viewport.height, Math.ceil(box.y + box.height + 8)) - y };
  if (clip.width <= 0 || clip.height <= 0) return 'off screen';
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  await page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    (window as unknown as { __focusBack: HTMLElement }).__focusBack = e;
    e.blur();
  });
  const plain = await page.screenshot({ clip, animations: 'disabled' });
  await page.evaluate(() => (window as unknown as { __focusBack: HTMLElement }).__focusBack.focus());
  const [a, b] = await Promise.all([focused, plain].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  if (!a || !b) return 'no screenshot';
  let strong = 0;
  for (let i = 0; i < a.length; i += 3) {
    const la = luminance(a[i] as number, a[i + 1] as number, a[i + 2] as number);
    const lb = luminance(b[i] as number, b[i + 1] as number, b[i + 2] as number);
    if ((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) >= 3) strong++;
  }
  const needed = 2 * (Math.min(box.width, clip.width) + Math.min(box.height, clip.height));
  return strong >= needed ? null : `${strong} px at 3:1, ${needed} needed`;
}
