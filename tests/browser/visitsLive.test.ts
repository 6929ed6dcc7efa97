/**
 * A booked visit, live, in real browsers (issue 16 items 3–5): the organiser
 * schedules a 2-seat visit (API); three guests register (the third waits);
 * two wait in the lobby while the speaker rehearses; the speaker opens the
 * doors and both enter the live tour; a guest on a phone asks a question from
 * a card in a panorama; the other votes it up; the speaker presses Go there
 * and the following guest lands on that view and card; a poll runs with live
 * results; a hand goes up; the guests leave; the organiser's CSVs list the
 * guests with their minutes and the question with its view link; the
 * follow-up page shows the answered question. A guest who reloads comes
 * back as a late joiner: where the speaker is, with the open poll and the
 * questions. Speaker, guest panel and
 * follow-up page are seen with axe (the guest at 390×844 with touch).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { createLive } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import { createVisits } from '../../server/visits/index';
import { visitsOptionsFromEnv } from '../../server/visits/fromEnv';
import { createVisitLive } from '../../server/visits/live/index';
import { axeViolations } from './axe';
import { fixtureTours, testDist as dist } from './globalSetup';
import { storeState, waitForScene } from './harness';
import { layoutProblems } from './layoutCheck';
import { browserPerFile } from './session';

const session = browserPerFile();
const TOKEN = 'organiser-live-token';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' as const };
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const };
/** A card of the pilot hall's model, as it appears by itself in the process floor's panorama (src/tour/standpoints.ts). */
const CARD = 'process-floor--distillation-column';

let server: { url: string; close(): Promise<void> };
let dataDir = '';
/** The app server with the visits API, the live API and channel, and the visits' live side, as `npm start` composes them. */
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-live-'));
  const tourExists = tourExistsIn(join(dist, 'tours'), fixtureTours);
  const options = visitsOptionsFromEnv({ ORGANIZER_TOKEN: TOKEN }, { dataDir, tourExists, tourFolders: [fixtureTours, join(dist, 'tours')] });
  const visitLive = createVisitLive({ storage: options.storage, log: () => {} });
  const live = createLive({ defaultTour: 'processum', tourExists, log: () => {}, extension: visitLive.extension });
  const visits = createVisits({ ...options, tickMs: 0, log: () => {}, live: { store: live.store, doorsOpened: visitLive.doorsOpened } });
  const app = createAppServer({
    dist,
    toursDir: fixtureTours,
    api: async (req, res) => {
      if (!(await visits.handleApi(req, res))) await live.handleApi(req, res);
    },
    liveSessionTour: live.sessionTour,
  });
  live.attach(app);
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  server = {
    url: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
    close: async () => {
      await live.close();
      await visits.close();
      await new Promise((r) => app.close(r));
    },
  };
});
afterAll(async () => {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(browser: Browser, url: string, device: typeof PHONE | typeof DESKTOP) {
  const context = await browser.newContext({ ...device, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors };
}

/** Layout (touch targets, overflow) and axe, for the page as it is now. */
async function seen(page: Page, where: string, found: string[], touch: boolean) {
  for (const problem of await layoutProblems(page, { touch })) found.push(`${where}: ${problem}`);
  for (const violation of await axeViolations(page)) found.push(`${where}: ${violation}`);
}

async function post<T>(path: string, body: unknown, auth?: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url, ...(auth ? { Authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Closes the visit's panel with its own × (a card may be open beside it, with its own). */
async function closePanel(page: Page) {
  await page.locator('[data-visit-panel]').getByRole('button', { name: 'Close' }).click();
  await page.locator('[data-visit-panel]').waitFor({ state: 'detached' });
}

/** Runs a store action in the page, as the visitor's own move (source `user`). */
const moveTo = (page: Page, scene: string, card: string) =>
  page.evaluate(
    ([s, c]) => (window as unknown as { __sitevisit: { store: { getState(): { applyViewState(t: object, source: string): unknown } } } }).__sitevisit.store.getState().applyViewState({ scene: s, card: c }, 'user'),
    [scene, card] as const,
  );

it('a speaker rehearses, opens the doors, takes everyone to where a question was asked and runs a poll; the organiser gets the CSVs', { timeout: 600_000 }, async () => {
  const found: string[] = [];
  const { browser } = session;

  // The organiser schedules a visit starting in 20 minutes (inside the lobby window) with two seats.
  const startsAt = new Date(Math.ceil((Date.now() + 20 * 60_000) / 60_000) * 60_000).toISOString();
  const visit = await post<{ id: string; code: string; registrationUrl: string; speakers: { presenterUrl: string }[] }>(
    '/api/visits',
    { tour: 'processum', title: 'Live day at Processum', startsAt, timeZone: 'Europe/Stockholm', durationMinutes: 60, capacity: 2, languages: ['en', 'sv', 'fi'], speakers: [{ name: 'Sara Speaker', organisation: 'Processum' }] },
    TOKEN,
  );
  const register = (name: string, email: string) =>
    post<{ status: string; joinUrl: string }>(`/api/visits/${visit.code}/registrations`, { name, email, organisation: 'Guests Inc', language: 'en', consent: true, website: '' });
  const aino = await register('Aino Guest', 'aino@example.com');
  const bo = await register('Bo Guest', 'bo@example.com');
  const cy = await register('Cy Guest', 'cy@example.com');
  expect([aino.status, bo.status, cy.status]).toEqual(['confirmed', 'confirmed', 'waiting']);

  // Both confirmed guests wait in the lobby, doors closed.
  const guestA = await open(browser, aino.joinUrl, PHONE);
  const guestB = await open(browser, bo.joinUrl, DESKTOP);
  for (const g of [guestA, guestB]) await g.page.locator('[data-lobby][data-doors="closed"]').waitFor({ timeout: 30_000 });

  // The speaker's link: the live tour, presenting, in rehearsal; the roster sees the two guests in the lobby.
  const speaker = await open(browser, visit.speakers[0]?.presenterUrl ?? '', DESKTOP);
  const s = speaker.page;
  await s.locator('[data-visit-live="speaker"] [data-visit-doors="closed"]').waitFor({ timeout: 120_000 });
  expect(new URL(s.url()).hash).toBe(''); // the key left the address bar
  await waitForScene(s, null, 'ready', 120_000);
  await s.locator('[data-visit-panel-toggle]').click();
  const panel = s.locator('[data-visit-panel="speaker"]');
  await expect.poll(() => panel.locator('[data-roster-count="lobby"]').textContent(), { timeout: 30_000 }).toBe('2');
  await seen(s, 'speaker panel (rehearsal)', found, false);
  expect(await guestA.page.locator('[data-lobby]').count()).toBe(1); // still in the lobby: nothing of the rehearsal

  // Open doors: everyone in the lobby enters the live tour, following the speaker.
  await s.getByRole('button', { name: 'Open doors' }).click();
  for (const g of [guestA, guestB]) {
    await g.page.locator('[data-visit-live="guest"]').waitFor({ timeout: 60_000 });
    await waitForScene(g.page, null, 'ready', 120_000);
  }
  await expect.poll(() => panel.locator('[data-roster-count="present"]').textContent(), { timeout: 30_000 }).toBe('2');

  // Aino, on her phone, looks at the distillation column's card in the process floor's panorama and asks.
  const a = guestA.page;
  await moveTo(a, 'process-floor', CARD);
  await waitForScene(a, 'process-floor', 'ready', 120_000);
  await a.getByRole('button', { name: /^Questions and polls/ }).click();
  const ask = a.locator('[data-ask-form]');
  await expect.poll(() => ask.textContent()).toContain('Distillation column');
  await ask.getByLabel('Your question').fill('How hot does the column run at the top?');
  await ask.getByRole('button', { name: 'Send question' }).click();
  await expect.poll(() => ask.getByRole('status').textContent()).toBe('Your question is in the queue.');
  const where = await storeState(a);
  await seen(a, 'guest panel (phone)', found, true);
  await closePanel(a);

  // Bo votes it up; the speaker's queue shows it with its place and vote.
  const b = guestB.page;
  await b.getByRole('button', { name: /^Questions and polls/ }).click();
  const asked = b.locator('[data-question]', { hasText: 'How hot does the column run' });
  await asked.getByRole('button', { name: 'Vote up' }).click();
  await expect.poll(() => asked.locator('[data-votes]').getAttribute('data-votes')).toBe('1');
  await closePanel(b);
  const queued = panel.locator('[data-question]', { hasText: 'How hot does the column run' });
  expect(await queued.locator('[data-asked-at]').textContent()).toBe('asked at: Distillation column');
  await expect.poll(() => queued.locator('[data-votes]').getAttribute('data-votes')).toBe('1');

  // Go there: Bo, following, lands on Aino's view and card.
  expect((await storeState(b)).sceneId).not.toBe('process-floor');
  await queued.getByRole('button', { name: 'Go there' }).click();
  await b.waitForFunction(
    ([card, view]) => {
      const st = (window as unknown as { __sitevisit: { store: { getState(): { sceneId: string; cardId: string; view: Record<string, number> } } } }).__sitevisit.store.getState();
      return st.sceneId === 'process-floor' && st.cardId === card && ['yaw', 'pitch', 'fov'].every((k) => Math.abs((st.view[k] ?? NaN) - (view[k] ?? NaN)) < 0.5);
    },
    [CARD, where.view as unknown as Record<string, number>] as const,
    { timeout: 30_000 },
  );
  await waitForScene(b, 'process-floor', 'ready', 120_000);
  await queued.getByRole('button', { name: 'Mark answered' }).click();
  await expect.poll(() => panel.locator('[data-question-status="answered"]').count()).toBe(1);

  // A poll: opened by the speaker, one vote from each guest, results live on the speaker's panel.
  await panel.getByLabel('Poll question').fill('Which product interests you most?');
  await panel.getByLabel('Option 1').fill('Ethanol');
  await panel.getByLabel('Option 2').fill('Lignin');
  await panel.getByRole('button', { name: 'Open poll' }).click();
  const vote = async (g: Page, option: string) => {
    await g.locator('[data-poll-notice]').click();
    await g.getByRole('button', { name: `Vote: ${option}` }).click();
    await g.locator('[data-visit-panel]').locator('[data-poll]').getByText('your vote').waitFor();
  };
  await vote(a, 'Ethanol');
  // Bo comes back late (a reload): his page lets him straight in, where the speaker is, with the open poll and the questions.
  await b.reload();
  await b.locator('[data-visit-live="guest"]').waitFor({ timeout: 60_000 });
  await waitForScene(b, 'process-floor', 'ready', 120_000);
  await vote(b, 'Lignin');
  expect(await b.locator('[data-visit-panel]').locator('[data-question-status="answered"]').count()).toBe(1);
  const pollCounts = () => panel.locator('[data-poll] [data-poll-count]').evaluateAll((els) => els.map((e) => e.getAttribute('data-poll-count')));
  await expect.poll(pollCounts).toEqual(['1', '1']);
  await panel.getByRole('button', { name: 'Close poll' }).click();
  await expect.poll(() => panel.locator('[data-poll]').getAttribute('data-poll-open')).toBe('false');

  // Bo raises his hand; the speaker sees it.
  await closePanel(b);
  await b.getByRole('button', { name: 'Raise hand' }).click();
  await panel.locator('[data-hands]').getByText('Bo Guest').waitFor();
  await seen(s, 'speaker panel (live)', found, false);

  // The guests leave; the organiser's attendance lists them with their minutes, and the questions their view links.
  for (const g of [guestA, guestB]) await g.context.close();
  const csv = async (name: string) => {
    const response = await fetch(`${server.url}/api/visits/${visit.id}/${name}.csv`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return (await response.text()).trim().split(/\r?\n/);
  };
  await expect.poll(async () => (await csv('attendance')).filter((l) => /^(Aino|Bo) Guest,/.test(l) && /,\d+$/.test(l)).length, { timeout: 30_000 }).toBe(2);
  const attendance = await csv('attendance');
  expect(attendance[0]).toBe('name,organisation,language,joined,left,minutes present');
  expect(attendance.some((l) => l.startsWith('Cy Guest,'))).toBe(true);
  const questions = (await csv('questions')).join('\n');
  expect(questions).toContain('How hot does the column run at the top?');
  expect(questions).toContain(`/t/processum/process-floor?v=`);

  // The follow-up page: the self-guided tour and the answered question, with where it was asked.
  const followUp = await open(browser, `${server.url}/v/${visit.code}/follow-up`, PHONE);
  const answered = followUp.page.locator('[data-answered-question]');
  await answered.first().waitFor({ timeout: 30_000 });
  // The place's name comes with the tour file, which the page loads after the questions.
  await expect.poll(() => answered.first().textContent()).toContain('asked at: Distillation column');
  expect(await followUp.page.locator('[data-self-guided="processum"]').getAttribute('href')).toMatch(/\/t\/processum$/);
  await seen(followUp.page, 'follow-up (phone)', found, true);

  expect(found).toEqual([]);
  for (const p of [speaker, guestA, guestB, followUp]) expect(p.errors).toEqual([]);
  for (const p of [speaker, followUp]) await p.context.close();
});
