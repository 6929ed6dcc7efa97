/**
 * "Record as a guide" on a server without the studio (the test server has none): a speaker
 * records a live visit of the fixture tour `guided` and is offered the recording as a zip
 * download; its guide.json (each step on one line) is a valid guide of the tour, with one
 * narration file per step beside it (Chromium's fake microphone). With the microphone refused,
 * the steps are still recorded and the speaker is told, in their language, that there is no
 * narration; the zip then holds guide.json alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForScene } from './harness';
import { axeViolations } from './axe';
import { browserPerFile } from './session';
import { Guide } from '../../src/tour/guide';
import { validateTour } from '../../src/tour/validate';

const appUrl = inject('appUrl');
// A fake microphone (it plays a beep); it is allowed only where the context grants `microphone`.
const session = browserPerFile(['--use-fake-device-for-media-stream']);
const tourFile = fileURLToPath(new URL('./fixtures/tours/guided/tour.json', import.meta.url));

/** The speaker starts a live tour of the page's tour and presents in this tab. */
async function startLiveTour(page: Page, words: { start: string; dialog: string; speakers: string; create: string; close: string }) {
  // On a phone the top bar's tools are behind its menu button.
  const menu = page.locator('.topbar__menu');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: words.start }).click();
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.getByLabel(words.speakers).fill('Anna');
  await dialog.getByRole('button', { name: words.create }).click();
  await page.locator('[data-live-presenter-bar]').waitFor();
  await dialog.getByRole('button', { name: words.close }).click();
}

const recordedSteps = (page: Page) => page.locator('[data-guide-record-steps]').getAttribute('data-guide-record-steps').then(Number);

/**
 * The presenter's visit: a turn of the panorama, then the link to the process floor, each change
 * held a second (the presenter's pace, not a wait for the page: a change within 0.4 s of a step's
 * start replaces its state).
 */
async function presentVisit(page: Page) {
  const hold = () => page.waitForTimeout(1000);
  await hold();
  await page.locator('[data-viewer]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => recordedSteps(page), { timeout: 15_000 }).toBe(2);
  await hold();
  if (!(await page.locator('details.poi').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('.poi summary').click();
  await page.locator('[data-poi="pre-to-floor"]').click();
  await waitForScene(page, 'floor', 'ready', 60_000);
  await expect.poll(() => recordedSteps(page), { timeout: 15_000 }).toBe(3);
  await hold();
}

/** Presses the download button and returns the zip's files. */
async function downloadZip(page: Page, name: string): Promise<Record<string, Uint8Array>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  expect(download.suggestedFilename()).toMatch(/^recorded-\d{4}-\d\d-\d\d-\d{4}\.zip$/);
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

/** The zip's guide.json: a guide the tour accepts (its scenes exist, its files are named), each step on a line of its own. */
function checkedGuide(files: Record<string, Uint8Array>) {
  const text = strFromU8(files['guide.json']!);
  const guide = Guide.parse(JSON.parse(text));
  const tour = JSON.parse(readFileSync(tourFile, 'utf8')) as { guides: unknown[] };
  tour.guides = [...tour.guides, guide];
  expect(validateTour(tour).problems.filter((p) => p.severity === 'error')).toEqual([]);
  const stepLines = text.split('\n').filter((line) => line.startsWith('    {"scene": '));
  expect(stepLines.length).toBe(guide.steps.length);
  return guide;
}

it('without the studio, the recording is offered as a zip: guide.json is a valid guide of the tour, with a narration file per step', { timeout: 300_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/pretreatment?lang=en`, { viewport: { width: 1280, height: 800 }, permissions: ['microphone'] });
  await waitForScene(page, 'pretreatment', 'ready', 120_000);
  await startLiveTour(page, { start: 'Start live tour', dialog: 'Live guided tour', speakers: 'Speakers, one per line', create: 'Create session', close: 'Close' });
  await page.getByRole('button', { name: 'Record as a guide' }).click();
  await page.locator('[data-guide-record="recording"][data-guide-record-microphone="on"]').waitFor({ timeout: 30_000 });
  await page.getByText('Your microphone is recorded, one narration file per step.').waitFor();
  await presentVisit(page);
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await page.getByText(/^Recorded 3 steps \(0:\d\d\)\.$/).waitFor({ timeout: 30_000 });
  const files = await downloadZip(page, 'Download guide (zip)');
  expect(await page.getByRole('button', { name: 'Save to studio' }).count()).toBe(0);
  const guide = checkedGuide(files);
  expect(guide.steps.map((s) => s.scene)).toEqual(['pretreatment', 'pretreatment', 'floor']);
  // One narration file per step, in the zip under the name the step gives.
  const audio = guide.steps.map((s) => s.audio);
  expect(audio.every((a) => typeof a === 'string' && /^recorded-[\d-]+-0\d\.webm$/.test(a))).toBe(true);
  expect(Object.keys(files).sort()).toEqual(['guide.json', ...(audio as string[])].sort());
  for (const name of audio as string[]) expect(files[name]!.byteLength, name).toBeGreaterThan(1000);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('with the microphone refused, the steps are recorded all the same and the speaker is told there is no narration (in Swedish)', { timeout: 300_000 }, async () => {
  // No `microphone` permission: the browser refuses getUserMedia, as when the speaker says no.
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/pretreatment?lang=sv`, { viewport: { width: 390, height: 844 }, touch: true });
  await waitForScene(page, 'pretreatment', 'ready', 120_000);
  await startLiveTour(page, { start: 'Starta livevisning', dialog: 'Guidad livevisning', speakers: 'Talare, en per rad', create: 'Skapa session', close: 'Stäng' });
  await page.getByRole('button', { name: 'Spela in som guide' }).click();
  await page.locator('[data-guide-record="recording"][data-guide-record-microphone="denied"]').waitFor({ timeout: 30_000 });
  const silent = 'Ingen berättarröst: mikrofonen tilläts inte.';
  await page.getByRole('status').filter({ hasText: silent }).waitFor();
  await presentVisit(page);
  await page.getByRole('button', { name: 'Stoppa inspelningen' }).click();
  await page.getByRole('status').filter({ hasText: /^3 steg inspelade \(0:\d\d\)\. Ingen berättarröst: mikrofonen tilläts inte\.$/ }).waitFor({ timeout: 30_000 });
  const files = await downloadZip(page, 'Ladda ned guiden (zip)');
  const guide = checkedGuide(files);
  expect(guide.steps.map((s) => s.scene)).toEqual(['pretreatment', 'pretreatment', 'floor']);
  expect(guide.steps.every((s) => s.audio === undefined)).toBe(true);
  expect(Object.keys(files)).toEqual(['guide.json']);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
