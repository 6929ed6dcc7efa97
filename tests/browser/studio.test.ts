/**
 * The tour studio through its UI alone, as an editor uses it, at desktop size and on a phone
 * (390×844, touch): sign in with the start-up link's token, make a tour, add a panorama and a
 * model from the suite's fixtures, place info and link hotspots by clicking (and one from the
 * keyboard), write en/sv/fi texts, set a start view, undo and redo, save and publish; then a
 * visitor opens /t/<id> and finds every hotspot, its card text and the link. The visitor's page
 * loads no studio code, and the studio pages pass axe-core. On a copy of the demo tour, the side
 * panel's card image and links, a link into another tour's scene, and a panorama's standpoint
 * picked on the model and turned over the model's edges land in the saved tour.json. A live visit of a studio tour recorded as
 * a guide with a (fake) microphone, saved to the studio, captioned there, and played back; captions
 * timed by hand keep their times when their words are edited.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { npmStart, type StartedServer } from '../server/npmStart';
import { waitForScene } from './harness';
import { parseVtt } from '../../src/guides/player/vtt';
import { axeViolations } from './axe';
import { browserPerFile } from './session';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const PANORAMA = fileURLToPath(new URL('../fixtures/panoramas/webxr-milky-way-2k/milky-way-2k.png', import.meta.url));
const MODEL = fileURLToPath(new URL('../fixtures/models/box-glb/Box.glb', import.meta.url));
const TOKEN = 'studio-test-token-0123456789';
// A fake microphone that is allowed without asking (it plays a beep): the recording of a live visit.
const session = browserPerFile(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
let server: StartedServer;
let work: string;
let base: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sitevisit-studio-ui-'));
  // A first run builds dist/ (minutes on a busy machine); later ones reuse it.
  server = await npmStart(repo, { CONTENT_DIR: join(work, 'tours'), DATA_DIR: join(work, 'data'), STUDIO_TOKEN: TOKEN }, 600_000);
  base = `http://127.0.0.1:${server.port}`;
}, 620_000);

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  await server?.stop();
  // npm exits before the server behind it has written its last file (the live sessions): wait until its process group is gone.
  const pid = server?.child.pid;
  for (let waited = 0; pid && groupAlive(pid) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (work) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

const hotspotItems = (page: Page) => page.getByRole('list', { name: 'Hotspots', exact: true }).getByRole('listitem');

/** Clicks the view at a fraction of its size (a tap on a phone). */
async function clickView(page: Page, fx: number, fy: number, touch: boolean) {
  const box = (await page.locator('.studio__view canvas').first().boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** A control a thumb can use: scrolled to, wholly inside the screen's width, the top element at its centre, at least 44 × 44 px. */
async function expectReachable(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const width = page.viewportSize()!.width;
  const name = await target.evaluate((el) => el.outerHTML.slice(0, 80));
  expect(box.x >= 0 && box.x + box.width <= width, `${name} inside the screen`).toBe(true);
  expect(Math.min(box.width, box.height), `${name} is a 44 px target`).toBeGreaterThanOrEqual(44);
  const onTop = await target.evaluate((el, [x, y]) => {
    const top = document.elementFromPoint(x!, y!);
    return top !== null && (el.contains(top) || top.contains(el) || (el instanceof HTMLLabelElement && el.control === top));
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop, `${name} is not covered`).toBe(true);
}

async function fillLanguages(page: Page, field: string, texts: Record<string, string>) {
  for (const [lang, text] of Object.entries(texts)) await page.locator(`[data-field="${field}"] [data-language="${lang}"] :is(input, textarea)`).fill(text);
}

/**
 * Pixels the model's yellow edges (src/viewer/standpoint/StandpointEdges.tsx) turned: red up, blue
 * down against the same view without them. A panorama's own changes (a sharper tile) move red and
 * blue alike.
 */
async function edgePixels(withEdges: Buffer, without: Buffer) {
  const [a, b] = await Promise.all([withEdges, without].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  let count = 0;
  for (let i = 0; i + 2 < a!.length; i += 3) if (a![i]! - b![i]! - (a![i + 2]! - b![i + 2]!) > 40) count++;
  return count;
}

describe('tour studio', () => {
  it('asks for the token when the address has none, refuses a wrong one, and passes axe-core', { timeout: 120_000 }, async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/studio`);
    await page.getByRole('heading', { name: 'Sign in to the tour studio' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Studio token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
    await page.getByLabel('Studio token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Tours' }).waitFor();
    await context.close();
  });

  it('keeps edits made offline: saved when the network returns, and offered back after the tab was closed', { timeout: 300_000 }, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/studio#token=${TOKEN}`);
    await page.getByRole('button', { name: 'New tour' }).click();
    await page.getByLabel('Title').fill('Offline edits');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/studio\/[a-z0-9_-]+$/);
    const tourId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.locator('.studio-files input[type=file]').setInputFiles([PANORAMA]);
    await expect.poll(() => page.getByRole('list', { name: 'Scenes', exact: true }).getByRole('listitem').count(), { timeout: 60_000 }).toBe(1);
    const saved = () => page.getByRole('status').filter({ hasText: 'All changes saved' }).count();
    await expect.poll(saved, { timeout: 30_000 }).toBe(1);
    const serverDraft = () => page.evaluate((id) => fetch(`/api/studio/tours/${id}/draft`).then((r) => r.text()), tourId);

    // The network goes; an edit is kept here and saved by itself when the network is back.
    await context.setOffline(true);
    await page.locator('[data-field="scene-title"] [data-language="en"] input').fill('Night sky');
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ timeout: 30_000 });
    await context.setOffline(false);
    await expect.poll(saved, { timeout: 30_000 }).toBe(1);
    expect(await serverDraft()).toContain('Night sky');

    // Offline again, an edit, and the tab is closed before the server could have it: reopening offers it back.
    await context.setOffline(true);
    await page.locator('[data-field="scene-title"] [data-language="en"] input').fill('Milky Way');
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ timeout: 30_000 });
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${base}/studio/${tourId}`);
    await again.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => again.locator('[data-field="scene-title"] [data-language="en"] input').inputValue()).toBe('Milky Way');
    await expect.poll(() => again.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await again.evaluate((id) => fetch(`/api/studio/tours/${id}/draft`).then((r) => r.text()), tourId)).toContain('Milky Way');

    // Preview: the unpublished draft as a visitor will see it, without studio controls.
    const preview = await context.newPage();
    await preview.goto(`${base}/studio/${tourId}/preview`);
    await waitForScene(preview, null, 'ready', 60_000);
    expect(await preview.title()).toContain('Milky Way');
    expect(await preview.locator('.studio-toolbar, .studio-ui').count()).toBe(0);
    await context.close();
  });

  it('two editors: the second save meets the conflict view, and after merging both edits are in the file; History restores', { timeout: 300_000 }, async () => {
    const open = async () => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${base}/studio#token=${TOKEN}`);
      await page.getByRole('heading', { name: 'Tours' }).waitFor();
      return { context, page };
    };
    const a = await open();
    await a.page.getByRole('button', { name: 'New tour' }).click();
    await a.page.getByLabel('Title').fill('Two editors');
    await a.page.getByRole('button', { name: 'Create' }).click();
    await a.page.waitForURL(/\/studio\/[a-z0-9_-]+$/);
    const tourId = decodeURIComponent(new URL(a.page.url()).pathname.split('/').pop()!);
    await a.page.locator('.studio-files input[type=file]').setInputFiles([PANORAMA]);
    const savedIn = (page: Page) => expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    await savedIn(a.page);

    const b = await open();
    await b.page.goto(`${base}/studio/${tourId}`);
    await b.page.locator('[data-field="scene-title"] [data-language="en"] input').waitFor();

    await a.page.getByRole('button', { name: 'Add info hotspot' }).focus();
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-field="title"] [data-language="en"] input').fill('From A');
    await savedIn(a.page);

    await b.page.locator('[data-field="scene-title"] [data-language="en"] input').fill('From B');
    await b.page.getByRole('alertdialog', { name: 'Someone else saved this tour meanwhile' }).waitFor({ timeout: 30_000 });
    await b.page.getByRole('button', { name: 'Merge and save' }).click();
    await savedIn(b.page);
    const draft = await b.page.evaluate((id) => fetch(`/api/studio/tours/${id}/draft`).then((r) => r.text()), tourId);
    expect(draft).toContain('From A');
    expect(draft).toContain('From B');

    await b.page.getByRole('button', { name: 'History' }).click();
    const versions = b.page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
    await expect.poll(() => versions.count()).toBeGreaterThanOrEqual(3);
    await versions.last().getByRole('button').click();
    // The oldest version (before either edit) is the draft again.
    await expect.poll(() => b.page.evaluate((id) => fetch(`/api/studio/tours/${id}/draft`).then((r) => r.text()), tourId)).not.toContain('From B');
    await b.page.getByRole('region', { name: 'Saved versions' }).waitFor({ state: 'detached' });
    await a.context.close();
    await b.context.close();
  });

  it.for([
    { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
    { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  ])('makes, saves and publishes a tour through the UI on $name', { timeout: 600_000 }, async ({ name, viewport, touch }) => {
    const context = await session.browser.newContext({ viewport, hasTouch: touch, isMobile: touch, reducedMotion: 'reduce' });
    const studio = await context.newPage();
    const errors: string[] = [];
    studio.on('pageerror', (e) => errors.push(e.message));
    await studio.goto(`${base}/studio#token=${TOKEN}`);

    // Signed in with the link's token, which left the address bar at once.
    await studio.getByRole('heading', { name: 'Tours' }).waitFor();
    expect(new URL(studio.url()).hash).toBe('');
    expect(await axeViolations(studio)).toEqual([]);

    await studio.getByRole('button', { name: 'New tour' }).click();
    await studio.getByLabel('Title').fill(`Studio ${name}`);
    await studio.getByRole('checkbox', { name: 'Svenska' }).check();
    await studio.getByRole('checkbox', { name: 'Suomi' }).check();
    await studio.getByRole('button', { name: 'Create' }).click();
    await studio.waitForURL(/\/studio\/[a-z0-9_-]+$/);
    const tourId = decodeURIComponent(new URL(studio.url()).pathname.split('/').pop()!);

    // Two scenes from files: the panorama first, then the model.
    await studio.locator('.studio-files input[type=file]').setInputFiles([PANORAMA, MODEL]);
    await expect.poll(() => studio.getByRole('list', { name: 'Scenes', exact: true }).getByRole('listitem').count(), { timeout: 120_000 }).toBe(2);
    const scenes = await studio.locator('[data-studio-scene]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.studioScene!));
    await studio.locator(`[data-studio-scene="${scenes[0]}"] .studio-list__item`).click();
    await waitForScene(studio, scenes[0]!, 'ready', 120_000);

    // Two info hotspots and a link, placed by clicking the panorama.
    for (const [type, fx] of [['info', 0.3], ['info', 0.7], ['link', 0.5]] as const) {
      await studio.getByRole('button', { name: type === 'info' ? 'Add info hotspot' : 'Add link hotspot' }).click();
      await clickView(studio, fx, 0.5, touch);
      await expect.poll(() => hotspotItems(studio).count()).toBe(fx === 0.3 ? 1 : fx === 0.7 ? 2 : 3);
    }
    await studio.getByLabel('Leads to scene').selectOption(scenes[1]!);
    await fillLanguages(studio, 'title', { en: 'To the box', sv: 'Till lådan', fi: 'Laatikolle' });

    await studio.locator('[data-studio-hotspot="info-1"]').click();
    await fillLanguages(studio, 'title', { en: 'Boiler', sv: 'Panna', fi: 'Kattila' });
    await fillLanguages(studio, 'body', { en: 'Makes **steam**.', sv: 'Gör **ånga**.', fi: 'Tekee **höyryä**.' });
    await expect.poll(() => studio.locator('[data-field="body"] [data-missing]').count()).toBe(0);
    await expect.poll(() => studio.locator('[data-field="body"] [data-language="sv"] .studio-card-preview strong').textContent()).toBe('ånga');
    await studio.locator('[data-studio-hotspot="info-2"]').click();
    await fillLanguages(studio, 'title', { en: 'Stack', sv: 'Skorsten', fi: 'Piippu' });
    await fillLanguages(studio, 'body', { en: 'Tall.', sv: 'Hög.', fi: 'Korkea.' });

    // A third info hotspot from the keyboard alone: placed in the middle, nudged with the arrow keys.
    await studio.getByRole('button', { name: 'Add info hotspot' }).focus();
    await studio.keyboard.press('Enter');
    await expect.poll(() => hotspotItems(studio).count()).toBe(4);
    await studio.locator('[data-studio-hotspot="info-3"]').focus();
    const before = await studio.locator('.studio-panel .studio-hint').first().textContent();
    await studio.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => studio.locator('.studio-panel .studio-hint').first().textContent()).not.toBe(before);
    await fillLanguages(studio, 'title', { en: 'Pump', sv: 'Pump', fi: 'Pumppu' });
    await fillLanguages(studio, 'body', { en: 'Pumps.', sv: 'Pumpar.', fi: 'Pumppaa.' });

    // Undo and redo, with the buttons and the keys.
    await studio.getByRole('button', { name: 'Undo' }).click();
    await studio.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => studio.locator('[data-field="body"] [data-language="fi"] textarea').inputValue()).toBe('');
    await studio.getByRole('button', { name: 'Redo' }).click();
    await studio.locator('body').press('Control+Shift+Z');
    await expect.poll(() => studio.locator('[data-field="body"] [data-language="fi"] textarea').inputValue()).toBe('Pumppaa.');

    await studio.getByRole('button', { name: 'Set start view' }).click();
    expect(await axeViolations(studio)).toEqual([]);

    // On the model: a click on its surface (a raycast) places a hotspot at a point in metres.
    await studio.locator(`[data-studio-scene="${scenes[1]}"] .studio-list__item`).click();
    await waitForScene(studio, scenes[1]!, 'ready', 120_000);
    await studio.getByRole('button', { name: 'Add info hotspot' }).click();
    await clickView(studio, 0.5, 0.5, touch);
    await expect.poll(() => hotspotItems(studio).count()).toBe(1);
    expect(await studio.locator('.studio-panel .studio-hint').first().textContent()).toMatch(/x -?\d/);
    await studio.locator(`[data-studio-scene="${scenes[0]}"] .studio-list__item`).click();
    if (touch) {
      // The standpoint tool on the phone: every control inside the screen, on top, and a 44 px touch target.
      await waitForScene(studio, scenes[0]!, 'ready', 120_000);
      await studio.getByLabel('Taken inside').selectOption(scenes[1]!);
      const standpoint = studio.locator('[data-field="standpoint"]');
      await standpoint.getByRole('button', { name: 'Pick on the model' }).waitFor();
      const targets = standpoint.locator('select, button, input:not([type=checkbox]), label.studio-check');
      expect(await targets.count()).toBeGreaterThanOrEqual(8);
      for (const target of await targets.all()) await expectReachable(studio, target);
      expect(await axeViolations(studio)).toEqual([]);
      await standpoint.getByRole('button', { name: 'Pick on the model' }).tap();
      await waitForScene(studio, scenes[1]!, 'ready', 120_000);
      await expectReachable(studio, studio.getByRole('button', { name: 'Cancel' }));
      for (const fy of [0.5, 0.6, 0.4, 0.7]) {
        if ((await studio.locator('.studio__view').getAttribute('data-placing')) !== 'standpoint') break;
        await clickView(studio, 0.5, fy, touch);
      }
      await waitForScene(studio, scenes[0]!, 'ready', 120_000);
      expect(await axeViolations(studio)).toEqual([]);
    }
    await studio.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => studio.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    await studio.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => studio.getByRole('status').filter({ hasText: /^Published$/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await studio.getByRole('list', { name: 'Problems', exact: true }).getByRole('listitem').filter({ hasText: 'error' }).count()).toBe(0);

    // A visitor: every hotspot, its card text, and the link; no studio code requested.
    const visitor = await session.browser.newContext({ viewport, reducedMotion: 'reduce' });
    const visit = await visitor.newPage();
    const requested: string[] = [];
    visit.on('request', (r) => requested.push(r.url()));
    await visit.goto(`${base}/t/${tourId}/${scenes[0]}?lang=sv`);
    await waitForScene(visit, scenes[0]!, 'ready', 120_000);
    for (const [id, title] of [['info-1', 'Panna'], ['info-2', 'Skorsten'], ['info-3', 'Pump'], ['link-1', 'Till lådan']]) {
      await expect.poll(() => visit.locator(`[data-hotspot="${id}"]`).getAttribute('aria-label')).toBe(title);
    }
    await visit.locator('[data-hotspot="info-1"]').click();
    await expect.poll(() => visit.locator('.card').textContent()).toContain('ånga');
    // No studio code: none of the scripts the visitor's page loaded speaks to the studio's API.
    const scripts = requested.filter((u) => /\/assets\/.*\.js$/.test(new URL(u).pathname));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(await (await fetch(url)).text()).not.toContain('/api/studio');
    await visitor.close();
    expect(errors).toEqual([]);
    await context.close();
  });
  it('edits a copy of the demo tour in the side panel: card image and links, a link into another tour, the standpoint picked on the model and turned over its edges', { timeout: 420_000 }, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/studio#token=${TOKEN}`);
    const demo = page.locator('[data-tour="processum"]');
    await demo.getByRole('button', { name: 'Save as copy' }).click();
    await demo.getByLabel('Id of the copy').fill('pilot-edit');
    await demo.getByRole('form').getByRole('button', { name: 'Save as copy' }).click();
    await page.waitForURL(/\/studio\/pilot-edit$/);
    await waitForScene(page, 'hall', 'ready', 120_000);

    // A card's image with its description in every language, and a link on the card.
    await page.locator('[data-studio-hotspot="biomass-hopper"]').click();
    await page.getByLabel('Image', { exact: true }).fill('hall.jpg');
    await fillLanguages(page, 'imageAlt', { en: 'The hopper from above', sv: 'Fickan ovanifrån', fi: 'Suppilo ylhäältä' });
    await page.getByRole('button', { name: 'Add a link' }).click();
    await fillLanguages(page, 'link-0', { en: 'Datasheet', sv: 'Datablad', fi: 'Tietolehti' });
    await page.getByLabel('Link address 1').fill('https://example.org/hopper.pdf');
    await expect.poll(() => page.locator('[data-field="imageAlt"] [data-missing]').count()).toBe(0);

    // A link hotspot that leads into a scene of another tour: its scenes are listed once it is chosen.
    await page.locator('[data-studio-scene="pretreatment"] .studio-list__item').click();
    await waitForScene(page, 'pretreatment', 'ready', 120_000);
    await page.locator('[data-studio-hotspot="pretreatment-to-platform"]').click();
    await page.getByLabel('Leads to tour').selectOption('northern-sweden');
    await expect.poll(() => page.getByLabel('Leads to scene').inputValue()).toBe('umea');
    await page.getByLabel('Leads to scene').selectOption('ronnskar');

    // The standpoint: with the scene's panel open, the model's edges are drawn over the panorama.
    await page.locator('[data-studio-scene="pretreatment"] .studio-list__item').click();
    const view = page.locator('.studio__view');
    await page.locator('.studio__view[data-standpoint-edges="drawn"]').waitFor({ timeout: 120_000 });
    const canvas = page.locator('.studio__view canvas').first();
    const twoFrames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await twoFrames();
    const drawn = await canvas.screenshot();
    await page.getByRole('checkbox', { name: 'Draw the model\'s edges over the panorama' }).uncheck();
    await expect.poll(() => view.getAttribute('data-standpoint-edges')).toBeNull();
    await twoFrames();
    const bare = await canvas.screenshot();
    expect(await edgePixels(drawn, bare)).toBeGreaterThan(300);
    await page.getByRole('checkbox', { name: 'Draw the model\'s edges over the panorama' }).check();
    await page.locator('.studio__view[data-standpoint-edges="drawn"]').waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);

    // Picked on the model: the hall is shown, a click on its floor sets the position (eye height above it),
    // and the panorama comes back with the heading slider focused; its arrow keys turn it.
    const axes = () => Promise.all(['x (m)', 'y (m)', 'z (m)'].map(async (label) => Number(await page.getByLabel(label).inputValue())));
    expect(await axes()).toEqual([-5.5, 1.6, -2]);
    await page.getByRole('button', { name: 'Pick on the model' }).click();
    await waitForScene(page, 'hall', 'ready', 120_000);
    await page.getByRole('status').filter({ hasText: 'Click the floor where' }).waitFor();
    for (const fy of [0.75, 0.65, 0.85, 0.55]) {
      if ((await view.getAttribute('data-placing')) !== 'standpoint') break;
      await clickView(page, 0.5, fy, false);
    }
    await waitForScene(page, 'pretreatment', 'ready', 120_000);
    const picked = await axes();
    expect(picked).not.toEqual([-5.5, 1.6, -2]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('range');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByLabel('Heading (°)').inputValue()).toBe('2');
    // From the keyboard alone: the button, then Enter on the view (which has the keyboard) takes its middle.
    await page.getByRole('button', { name: 'Pick on the model' }).focus();
    await page.keyboard.press('Enter');
    await waitForScene(page, 'hall', 'ready', 120_000);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('studio-view');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'pretreatment', 'ready', 120_000);
    const keyed = await axes();
    expect(keyed).not.toEqual(picked);

    // Saved (the copy's own publish is tested in tests/server/studio/copy.test.ts).
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    const saved = await page.evaluate(() => fetch('/api/studio/tours/pilot-edit/draft').then((r) => r.text()));
    const tour = JSON.parse(saved) as { scenes: { id: string; standpoint?: unknown; hotspots: Record<string, unknown>[] }[] };
    const scene = (id: string) => tour.scenes.find((s) => s.id === id)!;
    expect(scene('hall').hotspots.find((h) => h.id === 'biomass-hopper')).toMatchObject({
      image: 'hall.jpg',
      imageAlt: { en: 'The hopper from above', sv: 'Fickan ovanifrån', fi: 'Suppilo ylhäältä' },
      links: [{ label: { en: 'Datasheet', sv: 'Datablad', fi: 'Tietolehti' }, url: 'https://example.org/hopper.pdf' }],
    });
    expect(scene('pretreatment').hotspots.find((h) => h.id === 'pretreatment-to-platform')).toMatchObject({ tour: 'northern-sweden', target: 'ronnskar' });
    expect(scene('pretreatment').standpoint).toEqual({ scene: 'hall', position: keyed, heading: 2 });
    // The untouched standpoints stay as they were written.
    expect(scene('platform').standpoint).toEqual({ scene: 'hall', position: [5.75, 7, -5.4] });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('captions timed by hand keep their times when their words are edited in the Guides panel', { timeout: 300_000 }, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/studio#token=${TOKEN}`);
    await page.getByRole('heading', { name: 'Tours' }).waitFor();
    // A published tour whose guide step has captions timed to its narration by hand (not evenly over the step).
    const tourId = 'hand-timed';
    const vtt = 'WEBVTT\n\n00:00:00.400 --> 00:00:01.900\nWelcome to the yard.\n\n00:00:02.600 --> 00:00:05.250\nThe crane lifts the logs.\n';
    const made = await page.evaluate(
      async ({ id, bytes, captions }) => {
        const json = { 'Content-Type': 'application/json' };
        const created = await fetch('/api/studio/tours', { method: 'POST', headers: json, body: JSON.stringify({ id, title: { en: 'Hand timed' }, languages: ['en'] }) });
        const added = await fetch(`/api/studio/tours/${id}/files`, { method: 'POST', headers: { 'X-File-Name': 'yard.png' }, body: Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0)) });
        const scene = ((await added.json()) as { scene: { id: string } }).scene;
        const uploaded = await fetch(`/api/studio/tours/${id}/files`, { method: 'POST', headers: { 'X-File-Name': 'yard-en.vtt' }, body: captions });
        const file = ((await uploaded.json()) as { file: string }).file;
        const read = await fetch(`/api/studio/tours/${id}/draft`);
        const draft = (await read.json()) as Record<string, unknown>;
        const guides = [{ id: 'walk', title: 'Walk', steps: [{ scene: scene.id, duration: 8, captions: { en: file } }] }];
        const saved = await fetch(`/api/studio/tours/${id}/draft`, { method: 'PUT', headers: { ...json, 'If-Match': read.headers.get('ETag')! }, body: JSON.stringify({ ...draft, scenes: [scene], startScene: scene.id, guides }) });
        const published = await fetch(`/api/studio/tours/${id}/publish`, { method: 'POST', headers: { 'If-Match': saved.headers.get('ETag')! } });
        return [created.status, added.status, uploaded.status, saved.status, published.status];
      },
      { id: tourId, bytes: readFileSync(PANORAMA).toString('base64'), captions: vtt },
    );
    expect(made).toEqual([201, 201, 201, 200, 200]);

    await page.goto(`${base}/studio/${tourId}`);
    const panel = page.getByRole('region', { name: /^Guides/ });
    await panel.locator('[data-guide-open="walk"]').click();
    const caption = panel.locator('[data-guide="walk"] [data-guide-step="0"] [data-guide-caption="en"]');
    await expect.poll(() => caption.locator('textarea').inputValue()).toBe('Welcome to the yard.\n\nThe crane lifts the logs.');
    await caption.locator('textarea').fill('Welcome to the timber yard.\n\nThe crane lifts the logs.');
    await caption.getByRole('button', { name: 'Save captions (en)' }).click();
    await caption.getByText('Captions saved.', { exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    // The new file: the new words at the times the old cues had.
    const written = await page.evaluate(async (id) => {
      const draft = (await (await fetch(`/api/studio/tours/${id}/draft`)).json()) as { guides: { steps: { captions: { en: string } }[] }[] };
      return (await fetch(`/tours/${id}/${draft.guides[0]!.steps[0]!.captions.en}`)).text();
    }, tourId);
    expect(await parseVtt(written)).toMatchObject({ ok: true, cues: [{ start: 0.4, end: 1.9, text: 'Welcome to the timber yard.' }, { start: 2.6, end: 5.25, text: 'The crane lifts the logs.' }] });
    // A third caption cannot keep times that were never set: the step's time is shared anew, and the editor is told.
    await caption.locator('textarea').fill('Welcome to the timber yard.\n\nThe crane lifts the logs.\n\nThey go to the chipper.');
    await caption.getByRole('button', { name: 'Save captions (en)' }).click();
    await caption.getByText("Captions saved. Their number changed, so they now share the step's time evenly by length.").waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('records a live visit as a narrated guide, saves it to the studio, captions it there; played back, it repeats the visit in order and timing', { timeout: 600_000 }, async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', permissions: ['microphone'] });
    const page = await context.newPage();
    await page.goto(`${base}/studio#token=${TOKEN}`);
    await page.getByRole('heading', { name: 'Tours' }).waitFor();
    // A tour of two panoramas, a card and a link, made with the studio's API and published: live tours run published tours.
    const tourId = 'recorded-visit';
    const png = readFileSync(PANORAMA);
    const made = await page.evaluate(
      async ({ id, bytes }) => {
        const json = { 'Content-Type': 'application/json' };
        const created = await fetch('/api/studio/tours', { method: 'POST', headers: json, body: JSON.stringify({ id, title: { en: 'Recorded visit' }, languages: ['en', 'sv'] }) });
        const scenes = [];
        for (const name of ['sky.png', 'night.png']) {
          const added = await fetch(`/api/studio/tours/${id}/files`, { method: 'POST', headers: { 'X-File-Name': name }, body: Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0)) });
          scenes.push(((await added.json()) as { scene: Record<string, unknown> }).scene);
        }
        const read = await fetch(`/api/studio/tours/${id}/draft`);
        const draft = (await read.json()) as Record<string, unknown>;
        scenes[0]!.hotspots = [
          { id: 'pump', type: 'info', title: { en: 'Pump', sv: 'Pump' }, body: { en: 'Moves liquid.', sv: 'Flyttar vätska.' }, yaw: 25, pitch: -5 },
          { id: 'to-night', type: 'link', title: { en: 'Night', sv: 'Natt' }, target: 'night', yaw: -60, pitch: 0 },
        ];
        const saved = await fetch(`/api/studio/tours/${id}/draft`, { method: 'PUT', headers: { ...json, 'If-Match': read.headers.get('ETag')! }, body: JSON.stringify({ ...draft, scenes, startScene: 'sky' }) });
        const published = await fetch(`/api/studio/tours/${id}/publish`, { method: 'POST', headers: { 'If-Match': saved.headers.get('ETag')! } });
        return [created.status, saved.status, published.status];
      },
      { id: tourId, bytes: png.toString('base64') },
    );
    expect(made).toEqual([201, 200, 200]);

    // The speaker starts a live tour from the published tour and presents in this tab.
    await page.goto(`${base}/t/${tourId}/sky`);
    await waitForScene(page, 'sky');
    await page.getByRole('button', { name: 'Start live tour' }).click();
    const dialog = page.getByRole('dialog', { name: 'Live guided tour' });
    await dialog.getByLabel('Speakers, one per line').fill('Anna');
    await dialog.getByRole('button', { name: 'Create session' }).click();
    await page.locator('[data-live-presenter-bar]').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Each new step, as the page saw it: its time, scene and open card.
    await page.evaluate(() => {
      const marks: { at: number; scene: string | null; card: string | null }[] = [];
      Object.assign(window, { __marks: marks });
      new MutationObserver(() => {
        const steps = Number(document.querySelector('[data-guide-record-steps]')?.getAttribute('data-guide-record-steps'));
        if (steps > marks.length) marks.push({ at: performance.now(), scene: document.getElementById('root')!.getAttribute('data-scene'), card: document.querySelector('[data-card]')?.getAttribute('data-card') ?? null });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-guide-record-steps', 'data-card'] });
    });
    await page.getByRole('button', { name: 'Record as a guide' }).click();
    await page.locator('[data-guide-record="recording"][data-guide-record-microphone="on"]').waitFor({ timeout: 30_000 });
    await page.getByText('Your microphone is recorded, one narration file per step.').waitFor();
    const steps = () => page.locator('[data-guide-record-steps]').getAttribute('data-guide-record-steps').then(Number);
    // The presenter's pace: each view is held about two seconds (this is the visit being recorded, not a wait for the page).
    const hold = () => new Promise((r) => setTimeout(r, 1800));
    const presenterDoes = async (step: number, act: () => Promise<unknown>) => {
      await hold();
      await act();
      await expect.poll(steps, { timeout: 15_000 }).toBe(step);
    };
    const viewer = page.locator('[data-viewer]');
    await presenterDoes(2, async () => {
      await viewer.focus();
      await page.keyboard.press('ArrowRight');
    });
    /** Presses a hotspot in the scene's list ("In this scene"), opening the list when it is closed. */
    const poi = async (id: string) => {
      if (!(await page.locator('details.poi').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('.poi summary').click();
      await page.locator(`[data-poi="${id}"]`).click();
    };
    await presenterDoes(3, async () => {
      await poi('pump');
      await page.locator('[data-card="pump"]').waitFor();
    });
    await presenterDoes(4, () => page.locator('[data-card] .card__close').click());
    await presenterDoes(5, async () => {
      await viewer.focus();
      await page.keyboard.press('ArrowLeft');
    });
    await presenterDoes(6, () => poi('to-night'));
    await waitForScene(page, 'night');
    await hold();
    expect(await steps()).toBe(6);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByText(/^Recorded 6 steps \(0:\d\d\)\.$/).waitFor({ timeout: 30_000 });
    const marks = (await page.evaluate(() => (window as unknown as { __marks: { at: number; scene: string; card: string | null }[] }).__marks)).slice(-6);
    expect(marks.map((m) => [m.scene, m.card])).toEqual([
      ['sky', null],
      ['sky', null],
      ['sky', 'pump'],
      ['sky', null],
      ['sky', null],
      ['night', null],
    ]);

    // Signed in to the studio: the guide goes to the tour's draft, its narration beside it.
    await page.getByRole('button', { name: 'Save to studio' }).click();
    await page.getByText(/^Saved to the studio as the guide "recorded-[\d-]+" of the draft\./).waitFor({ timeout: 30_000 });
    type Step = { scene: string; card?: string; duration: number; audio?: string; view?: { yaw: number } };
    const draft = (await page.evaluate((id) => fetch(`/api/studio/tours/${id}/draft`).then((r) => r.json()), tourId)) as { guides: { id: string; steps: Step[] }[] };
    const guide = draft.guides.find((g) => g.id.startsWith('recorded-'))!;
    expect(guide.steps.map((s) => [s.scene, s.card ?? null])).toEqual(marks.map((m) => [m.scene, m.card]));
    // Each step lasts until the presenter's next change (±100 ms of what the page saw).
    for (let i = 1; i < 5; i++) expect(Math.abs(guide.steps[i]!.duration * 1000 - (marks[i + 1]!.at - marks[i]!.at)), `step ${i}`).toBeLessThan(100);
    expect(guide.steps[1]!.view!.yaw).not.toBeCloseTo(guide.steps[0]!.view!.yaw, 1);
    // One narration file per step, each a whole WebM/Opus recording the browser plays by itself.
    const audio = guide.steps.map((s) => s.audio);
    expect(audio.every((a) => typeof a === 'string' && a.endsWith('.webm'))).toBe(true);
    const lengths = await page.evaluate(
      ([id, files]) =>
        Promise.all(
          files.map(async (file) => {
            const bytes = await (await fetch(`/tours/${id}/${file}`)).arrayBuffer();
            const decoded = await new AudioContext().decodeAudioData(bytes);
            return decoded.duration;
          }),
        ),
      [tourId, audio as string[]] as const,
    );
    lengths.slice(1, 5).forEach((length, i) => expect(Math.abs(length - guide.steps[i + 1]!.duration), `audio of step ${i + 1}`).toBeLessThan(0.3));

    // Captions in the studio's Guides panel, by keyboard: step 3 (the card) in Swedish.
    const studio = await context.newPage();
    await studio.goto(`${base}/studio/${tourId}`);
    const panel = studio.getByRole('region', { name: /^Guides/ });
    await panel.locator(`[data-guide-open="${guide.id}"]`).focus();
    await studio.keyboard.press('Enter');
    const step3 = panel.locator(`[data-guide="${guide.id}"] [data-guide-step="2"]`);
    await step3.locator('[data-guide-caption="sv"] textarea').fill('Pumparna flyttar vätskan.');
    await step3.getByRole('button', { name: 'Save captions (sv)' }).press('Enter');
    await step3.getByText('Captions saved.').waitFor({ timeout: 30_000 });
    await expect.poll(() => studio.getByRole('status').filter({ hasText: 'All changes saved' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await axeViolations(studio)).toEqual([]);
    await studio.close();

    // Played back in the preview: the same steps in order, each as long as the presenter held it.
    const preview = await context.newPage();
    await preview.goto(`${base}/studio/${tourId}/preview`);
    await waitForScene(preview, null, 'ready', 60_000);
    await preview.locator('.language select').selectOption('sv');
    await preview.evaluate(() => {
      const played: { at: number; step: number; caption: string }[] = [];
      Object.assign(window, { __played: played });
      new MutationObserver(() => {
        const player = document.querySelector('[data-step]');
        const step = Number(player?.getAttribute('data-step') ?? -1);
        if (player && step !== played[played.length - 1]?.step) played.push({ at: performance.now(), step, caption: '' });
        const caption = document.querySelector('[data-caption]')?.textContent ?? '';
        if (caption && played.length) played[played.length - 1]!.caption ||= caption;
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await preview.locator(`[data-play-guide="${guide.id}"]`).click();
    await preview.locator('.guide-player__note').filter({ hasText: 'Guiden är slut.' }).waitFor({ timeout: 120_000 });
    const played = (await preview.evaluate(() => (window as unknown as { __played: { at: number; step: number; caption: string }[] }).__played)) as { at: number; step: number; caption: string }[];
    expect(played.map((p) => p.step)).toEqual([0, 1, 2, 3, 4, 5]);
    for (let i = 1; i < 5; i++) expect(Math.abs(played[i + 1]!.at - played[i]!.at - (marks[i + 1]!.at - marks[i]!.at)), `played step ${i}`).toBeLessThan(100);
    expect(played[2]!.caption).toBe('Pumparna flyttar vätskan.');
    expect(await preview.locator('#root').getAttribute('data-scene')).toBe('night');
    await context.close();
  });
});
