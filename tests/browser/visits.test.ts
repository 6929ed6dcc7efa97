/**
 * Booked visits in a real browser, as the organiser and three guests use them
 * (issue 16): the organiser signs in with the access token and schedules a
 * 2-seat visit with an overrun of its own on the Schedule visit page; three
 * guests register on the registration page (the third lands on the waiting
 * list), each gets the personal link and a calendar.ics that names it; a
 * guest's own page shows the lobby with its device check; one guest cancels
 * and the waiting guest moves up; the organiser's list counts them and shows
 * the overrun. Every screen is seen at 390×844 with touch and passes axe; the
 * viewer's first load requests none of the visit pages' code. The server is
 * the app server with the visits and live APIs in front of the test build, as
 * `npm start` composes them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { createLive } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import { createVisits, type Visits } from '../../server/visits/index';
import { visitsOptionsFromEnv } from '../../server/visits/fromEnv';
import { axeViolations } from './axe';
import { fixtureTours, testDist as dist } from './globalSetup';
import { layoutProblems } from './layoutCheck';
import { browserPerFile } from './session';

const session = browserPerFile();
const TOKEN = 'organiser-test-token';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' as const };
/** The visit pages' chunks (Vite names a chunk after its entry module). */
const VISIT_CHUNK = /^\/assets\/(render|RegisterPage|JoinPage|SchedulePage|VisitsListPage|ScheduleForm|Lobby|PresentPage|FollowUpPage|VisitLiveLayer|startVisitLive|visitLive|watchDoors)-/;
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const };

let appUrl = '';
let dataDir = '';
let visits: Visits;
let close: () => Promise<void>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-ui-'));
  const tourExists = tourExistsIn(join(dist, 'tours'), fixtureTours);
  visits = createVisits({ ...visitsOptionsFromEnv({ ORGANIZER_TOKEN: TOKEN }, { dataDir, tourExists, tourFolders: [fixtureTours, join(dist, 'tours')] }), tickMs: 0, log: () => {} });
  const live = createLive({ defaultTour: 'processum', tourExists, log: () => {} });
  const api = async (req: IncomingMessage, res: ServerResponse) => {
    if (!(await visits.handleApi(req, res))) await live.handleApi(req, res);
  };
  const app = createAppServer({ dist, toursDir: fixtureTours, api, liveSessionTour: live.sessionTour });
  live.attach(app);
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  close = async () => {
    await live.close();
    await visits.close();
    await new Promise((r) => app.close(r));
  };
});

afterAll(async () => {
  await close?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A fresh browser (no shared storage) showing `url`, with the page errors it met; `scripts` collects the paths of the scripts it loads. */
async function open(url: string, device: typeof PHONE | typeof DESKTOP = PHONE, scripts?: Set<string>) {
  const context: BrowserContext = await session.browser.newContext({ ...device, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (scripts) page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
  await page.goto(url);
  return { page, context, errors };
}

/** The page has settled in `state` (data-visit-state), and nothing on it is out of reach or fails axe. */
async function seen(page: Page, state: string, found: string[]) {
  await page.locator(`[data-visit-state="${state}"]`).waitFor({ timeout: 30_000 });
  const where = `${new URL(page.url()).pathname} (${state})`;
  for (const problem of await layoutProblems(page, { touch: true })) found.push(`${where}: ${problem}`);
  for (const violation of await axeViolations(page)) found.push(`${where}: ${violation}`);
}

/** The next hour plus two days, as <input type="datetime-local"> takes it in Stockholm. */
function startInStockholm(): string {
  const at = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 3_600_000) * 3_600_000);
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return parts.replace(' ', 'T');
}

/** Unfolded iCalendar content lines (RFC 5545 §3.1: a line break followed by a space continues the line). */
const icsLines = (text: string) => text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

/** Registers on the page: by touch and pointer, or (`keyboard`) with the keys alone, in the form's Tab order. */
async function register(url: string, name: string, email: string, device: typeof PHONE | typeof DESKTOP, keyboard = false) {
  const { page, context, errors } = await open(url, device);
  await page.locator('[data-register-form]').waitFor();
  if (keyboard) {
    await page.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Processum');
    await page.keyboard.press('Tab'); // the visit's language: English is chosen
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // consent
    expect(await page.getByRole('checkbox').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Register');
    await page.keyboard.press('Enter');
  } else {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Organisation', { exact: true }).fill('Processum');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
  }
  const result = page.locator('[data-registration-status]');
  await result.waitFor({ timeout: 30_000 });
  const status = await result.getAttribute('data-registration-status');
  const joinUrl = (await page.locator('[data-copy-url="join"]').textContent()) ?? '';
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics]').click()]);
  expect(download.suggestedFilename()).toBe('calendar.ics');
  const ics = readFileSync((await download.path()) as string, 'utf8');
  return { page, context, errors, status, joinUrl, ics };
}

it('an organiser schedules a 2-seat visit, three guests register (one waits), one cancels and the waiting guest moves up', { timeout: 600_000 }, async () => {
  const found: string[] = [];

  // The viewer's first load: none of the visit pages' code.
  const viewerScripts = new Set<string>();
  const viewer = await open(`${appUrl}/`, DESKTOP, viewerScripts);
  await viewer.page.locator('#root[data-scene-status="ready"]').waitFor({ timeout: 90_000 });

  // The organiser: the token first, then the form.
  const organiserScripts = new Set<string>();
  const organiser = await open(`${appUrl}/visits/new`, PHONE, organiserScripts);
  await seen(organiser.page, 'sign-in', found);
  await organiser.page.getByLabel('Organiser access token').fill(TOKEN);
  await organiser.page.getByRole('button', { name: 'Continue' }).click();
  await organiser.page.locator('[data-visit-state="ready"]').waitFor();
  await organiser.page.locator('[data-tour-select] option[value="processum"]').waitFor({ state: 'attached' });
  await organiser.page.getByLabel('Tour 1').selectOption('processum');
  await organiser.page.getByLabel('Title', { exact: true }).fill('Open day at Processum');
  await organiser.page.getByLabel('Start', { exact: true }).fill(startInStockholm());
  await organiser.page.getByLabel('Time zone').selectOption('Europe/Stockholm');
  await organiser.page.getByLabel('Duration (minutes)').fill('90');
  await organiser.page.getByLabel('Capacity (seats)').fill('2');
  await organiser.page.getByLabel('Speaker 1: Name').fill('Ada Presenter');
  await organiser.page.getByLabel('Meeting link for voice (Teams, Zoom, Jitsi…)').fill('https://meet.example.org/processum-open-day');
  // Its own overrun: out of range is named beside the field (which takes the focus); 30 minutes goes in.
  const overrun = organiser.page.getByLabel('Overrun allowed (minutes)');
  await overrun.fill('300');
  await organiser.page.getByRole('button', { name: 'Schedule visit' }).click();
  const overrunProblem = organiser.page.locator('[data-field="overrunMinutes"] .visits__problem');
  await expect.poll(() => overrunProblem.textContent()).toBe('Enter a whole number of minutes from 0 to 240, or leave it empty.');
  await expect.poll(() => overrun.evaluate((input) => input === document.activeElement)).toBe(true);
  await seen(organiser.page, 'ready', found);
  await overrun.fill('30');
  await organiser.page.getByRole('button', { name: 'Schedule visit' }).click();
  await seen(organiser.page, 'scheduled', found);
  const registrationUrl = (await organiser.page.locator('[data-copy-url="registration"]').textContent()) ?? '';
  expect(registrationUrl).toMatch(new RegExp(`^${appUrl}/v/[A-Z0-9]{6}$`));
  // A presenter link is a secret: copied, or shown only on request (the page may be on a shared screen).
  expect(await organiser.page.locator('[data-copy="speaker-0"]').count()).toBe(1);
  const presenterLink = organiser.page.locator('[data-copy-url="speaker-0"]');
  expect(await presenterLink.isVisible()).toBe(false);
  await organiser.page.getByText('Show link').click();
  expect(await presenterLink.textContent()).toMatch(new RegExp(`^${registrationUrl}/present#key=.+`));
  await seen(organiser.page, 'scheduled', found);

  // A code that names no visit: said so, in the guest's words.
  const unknown = await open(`${appUrl}/v/ZZZZZZ`);
  await seen(unknown.page, 'error', found);
  expect(await unknown.page.getByRole('alert').textContent()).toBe('There is no visit at this address. Check the link you were sent.');
  await unknown.context.close();

  // A form sent empty: each problem beside its field, in the guest's words, and the focus on the first.
  const hasty = await open(registrationUrl);
  await hasty.page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect.poll(() => hasty.page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).toBe('name');
  expect(await hasty.page.locator('[data-field][data-invalid]').evaluateAll((fields) => fields.map((f) => f.getAttribute('data-field')))).toEqual(['name', 'email', 'consent']);
  expect(await hasty.page.locator('[data-field="email"] .visits__problem').textContent()).toBe('Enter an e-mail address such as name@example.com.');
  await seen(hasty.page, 'ready', found);
  await hasty.context.close();

  // Three guests on a phone, a desktop (keyboard only) and a phone; the third finds the visit full.
  const ada = await register(registrationUrl, 'Ada Lind', 'ada@example.com', PHONE);
  await seen(ada.page, 'ready', found);
  const bo = await register(registrationUrl, 'Bo Berg', 'bo@example.com', DESKTOP, true);
  await seen(bo.page, 'ready', found);
  const cy = await register(registrationUrl, 'Cy Niemi', 'cy@example.com', PHONE);
  expect([ada.status, bo.status, cy.status]).toEqual(['confirmed', 'confirmed', 'waiting']);
  await expect.poll(() => cy.page.locator('[data-waiting-list]').textContent()).toMatch(/waiting list/);
  for (const guest of [ada, bo, cy]) {
    expect(guest.joinUrl).toMatch(new RegExp(`^${registrationUrl}/join#`));
    const lines = icsLines(guest.ics);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines.some((l) => /^DTSTART(;[^:]*)?:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(lines.some((l) => l === 'SUMMARY:Open day at Processum')).toBe(true);
    expect(lines.some((l) => /^URL[;:]/.test(l) && l.endsWith(`:${guest.joinUrl}`))).toBe(true);
  }

  // Ada's own page: confirmed, the lobby with its countdown, meeting link and device check.
  await ada.page.locator('[data-open-join]').click();
  await seen(ada.page, 'ready', found);
  await expect.poll(() => ada.page.locator('.visits__status').getAttribute('data-registration-status')).toBe('confirmed');
  expect(new URL(ada.page.url()).hash).toBe(''); // the secret left the address bar
  await ada.page.locator('[data-countdown]').waitFor();
  expect(await ada.page.locator('[data-meeting-link]').getAttribute('href')).toBe('https://meet.example.org/processum-open-day');
  await expect.poll(() => ada.page.locator('[data-check="webgl"]').getAttribute('data-result')).toBe('ok');
  await expect.poll(() => ada.page.locator('[data-check="live"]').getAttribute('data-result'), { timeout: 30_000 }).toBe('ok');
  await seen(ada.page, 'ready', found);

  // Cy's page: on the waiting list, no lobby.
  await cy.page.goto(cy.joinUrl);
  await seen(cy.page, 'ready', found);
  expect(await cy.page.locator('.visits__status').getAttribute('data-registration-status')).toBe('waiting');
  expect(await cy.page.locator('[data-lobby]').count()).toBe(0);

  // Ada cancels with one click; her link is dead; Cy moves up.
  await ada.page.getByRole('button', { name: 'Cancel registration and delete my data' }).click();
  await seen(ada.page, 'cancelled', found);
  const again = await open(ada.joinUrl);
  await again.page.locator('[data-visit-state="error"]').waitFor();
  expect(await again.page.locator('[data-join-message]').textContent()).toMatch(/not valid any more/);
  await cy.page.reload();
  await expect.poll(() => cy.page.locator('.visits__status').getAttribute('data-registration-status'), { timeout: 30_000 }).toBe('confirmed');
  await cy.page.locator('[data-lobby]').waitFor();

  // The organiser's list: two registered of two, nobody waiting, and the attendance CSV.
  await organiser.page.goto(`${appUrl}/visits`);
  await seen(organiser.page, 'ready', found);
  const row = organiser.page.locator('[data-visits-group="upcoming"] [data-visit-code]').first();
  expect(await row.locator('[data-count="registered"]').textContent()).toMatch(/^2\s*\/\s*2$/);
  expect(await row.locator('[data-count="waiting"]').textContent()).toBe('0');
  expect(await row.locator('[data-count="overrun"]').textContent()).toBe('30 min');
  const [csv] = await Promise.all([organiser.page.waitForEvent('download'), row.locator('[data-attendance-csv]').click()]);
  expect(csv.suggestedFilename()).toMatch(/^attendance-[A-Z0-9]{6}\.csv$/);
  expect(readFileSync((await csv.path()) as string, 'utf8')).toMatch(/name/i);
  await organiser.page.getByRole('button', { name: 'Svenska' }).click();
  await row.getByText('Tillåten övertid', { exact: true }).waitFor();

  // Swedish and Finnish pages say the same.
  await cy.page.getByRole('button', { name: 'Svenska' }).click();
  await expect.poll(() => cy.page.locator('.visits__status').textContent()).toMatch(/bekräftad/);
  await cy.page.getByRole('button', { name: 'Suomi' }).click();
  await expect.poll(() => cy.page.locator('.visits__status').textContent()).toMatch(/vahvistettu/);
  await seen(cy.page, 'ready', found);

  // The visit pages' own chunks load on their pages, never on the viewer's first visit.
  expect([...organiserScripts].filter((s) => VISIT_CHUNK.test(s)).length).toBeGreaterThanOrEqual(2);
  expect([...viewerScripts].filter((s) => VISIT_CHUNK.test(s))).toEqual([]);

  expect(found).toEqual([]);
  for (const page of [viewer, organiser, ada, bo, cy, again]) expect(page.errors).toEqual([]);
  for (const page of [viewer, organiser, ada, bo, cy, again]) await page.context.close();
});
