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
 * On the way: a refusal in the guest's words (text that is not plain), a
 * question hidden and opened again, a vote that reaches a poll just closed
 * (the guest's network holds the close back), a hand lowered by the speaker.
 *
 * The second scenario, a multi-site visit: a guest in Swedish on a phone and
 * a second-site speaker in Finnish; he takes control while the news is held
 * back from the first speaker, whose moves are then refused: she is told in a
 * notice until she takes control again; then, keyboard only, she hands
 * over to the next site and every viewer switches tour; Go there on a
 * question from the first site takes everyone back to it; the speaker ends
 * the visit and the guest sees it end.
 *
 * The third: a guest whose connection is down when the speaker ends the visit lands on the
 * visit's ended page (in Finnish, with the follow-up) when her page reconnects and is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppServer } from '../../server/app';
import { createLive } from '../../server/live/index';
import { tourExistsIn } from '../../server/live/fromEnv';
import { createVisits } from '../../server/visits/index';
import { visitsOptionsFromEnv } from '../../server/visits/fromEnv';
import { createVisitLive } from '../../server/visits/live/index';
import { visitClient } from '../visits/liveApp';
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
/** The server's log lines (printed after the file: a connection closed by a limit shows there). */
const serverLog: string[] = [];
const log = (line: string) => void serverLog.push(line);
let dataDir = '';
/** The app server with the visits API, the live API and channel, and the visits' live side, as `npm start` composes them. */
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-visits-live-'));
  const tourExists = tourExistsIn(join(dist, 'tours'), fixtureTours);
  const options = visitsOptionsFromEnv({ ORGANIZER_TOKEN: TOKEN }, { dataDir, tourExists, tourFolders: [fixtureTours, join(dist, 'tours')] });
  const visitLive = createVisitLive({ storage: options.storage, log });
  const live = createLive({ defaultTour: 'processum', tourExists, log, extension: visitLive.extension });
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
  if (serverLog.length > 0) console.log(`server log:\n${serverLog.join('\n')}`);
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/**
 * The page's WebSocket through a relay that can hold back what the server sends (a slow network): `hold(match)`
 * keeps matching frames until `release()`.
 */
async function networkOf(context: BrowserContext) {
  let match: ((frame: string) => boolean) | null = null;
  const held: (() => void)[] = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (match && typeof m === 'string' && match(m)) held.push(() => ws.send(m));
      else ws.send(m);
    });
  });
  return {
    hold: (m: (frame: string) => boolean) => void (match = m),
    release() {
      match = null;
      for (const send of held.splice(0)) send();
    },
  };
}

/** `relay`: the page's WebSocket goes through `networkOf` (every frame then passes this process: only where a test holds some). */
async function open(browser: Browser, url: string, device: typeof PHONE | typeof DESKTOP, { locale, relay = false }: { locale?: string; relay?: boolean } = {}) {
  const context = await browser.newContext({ ...device, acceptDownloads: true, ...(locale ? { locale } : {}) });
  const network = relay ? await networkOf(context) : null;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors, network };
}

/** Presses Tab until the focused element matches `selector` (keyboard only: no click, no focus() from the test). */
async function tabTo(page: Page, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The tour and scene a page shows (its store, through the test build's handle). */
const shown = (page: Page) =>
  page.evaluate(() => {
    const st = (window as unknown as { __sitevisit: { store: { getState(): { tour: { id: string } | null; sceneId: string | null } } } }).__sitevisit.store.getState();
    return `${st.tour?.id ?? ''}/${st.sceneId ?? ''}`;
  });

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
async function closePanel(page: Page, close = 'Close') {
  await page.locator('[data-visit-panel]').getByRole('button', { name: close }).click();
  await page.locator('[data-visit-panel]').waitFor({ state: 'detached' });
}

/** The visitor's own move to another scene (source `user`), through the test build's store handle. */
const goTo = (page: Page, scene: string) =>
  page.evaluate((id) => (window as unknown as { __sitevisit: { store: { getState(): { goToScene(s: string, source: string): unknown } } } }).__sitevisit.store.getState().goToScene(id, 'user'), scene);

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
  const guestB = await open(browser, bo.joinUrl, DESKTOP, { relay: true });
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

  // A refusal in Aino's words: pasted text with an invisible direction mark is not plain text. A plain question goes in.
  await a.getByRole('button', { name: /^Questions and polls/ }).click();
  await ask.getByLabel('Your question').fill('Where is the \u202Ecanteen?');
  await ask.getByRole('button', { name: 'Send question' }).click();
  await expect.poll(() => ask.getByRole('status').textContent()).toBe('That could not be sent: write plain text.');
  await ask.getByLabel('Your question').fill('Is there a canteen on site?');
  await ask.getByRole('button', { name: 'Send question' }).click();
  await expect.poll(() => ask.getByRole('status').textContent()).toBe('Your question is in the queue.');
  const canteenForAino = a.locator('[data-visit-panel] [data-question]', { hasText: 'canteen' });
  await canteenForAino.waitFor();
  const openCount = (g: Page) => g.locator('[data-visit-panel-toggle] .visit-live__count').textContent();
  await expect.poll(() => openCount(b)).toBe('1');
  // Hide: gone for the guests. Open again (from the speaker's answered and hidden list): back for everyone.
  const canteen = panel.locator('[data-question]', { hasText: 'canteen' });
  await canteen.getByRole('button', { name: 'Hide' }).click();
  await expect.poll(() => openCount(b)).toBe('0');
  await canteenForAino.waitFor({ state: 'detached' });
  await panel.locator('[data-question-list] details > summary').click();
  await canteen.getByRole('button', { name: 'Open again' }).click();
  await expect.poll(() => canteen.getAttribute('data-question-status')).toBe('open');
  await expect.poll(() => openCount(b)).toBe('1');
  await canteenForAino.waitFor();
  await closePanel(a);

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

  // A second poll closes while the news is still on its way to Bo: his vote is refused in his words, nothing counted.
  await panel.getByLabel('Poll question').fill('Lunch after the visit?');
  await panel.getByLabel('Option 1').fill('Yes');
  await panel.getByLabel('Option 2').fill('No');
  await panel.getByRole('button', { name: 'Open poll' }).click();
  const lunch = panel.locator('[data-poll]', { hasText: 'Lunch' });
  const lunchForBo = b.locator('[data-visit-panel] [data-poll]', { hasText: 'Lunch' });
  await lunchForBo.getByRole('button', { name: 'Vote: Yes' }).waitFor();
  guestB.network?.hold((frame) => frame.includes('"type":"poll"') && frame.includes('"open":false'));
  await lunch.getByRole('button', { name: 'Close poll' }).click();
  await expect.poll(() => lunch.getAttribute('data-poll-open')).toBe('false');
  await lunchForBo.getByRole('button', { name: 'Vote: Yes' }).click();
  await lunchForBo.getByRole('alert').filter({ hasText: 'This poll is closed.' }).waitFor();
  guestB.network?.release();
  await expect.poll(() => lunchForBo.getAttribute('data-poll-open')).toBe('false');
  expect(await lunch.locator('[data-poll-count]').evaluateAll((els) => els.map((e) => e.getAttribute('data-poll-count')))).toEqual(['0', '0']);

  // Bo raises his hand; the speaker sees it.
  await closePanel(b);
  const hand = b.getByRole('button', { name: 'Raise hand' });
  await hand.click();
  await panel.locator('[data-hands]').getByText('Bo Guest').waitFor();
  expect(await hand.getAttribute('aria-pressed')).toBe('true');
  await seen(s, 'speaker panel (live)', found, false);
  // The speaker lowers it from the panel: down on Bo's page too.
  await panel.getByRole('button', { name: 'Lower hand: Bo Guest' }).click();
  await panel.locator('[data-hands]').getByText('No hands raised.').waitFor();
  await expect.poll(() => hand.getAttribute('aria-pressed')).toBe('false');

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

it('a multi-site visit: a speaker whose moves are refused is told, handed over by keyboard, every viewer switches tour, Go there goes back, the visit ends; panels in sv and fi', { timeout: 600_000 }, async () => {
  const found: string[] = [];
  const { browser } = session;
  const startsAt = new Date(Math.ceil((Date.now() + 20 * 60_000) / 60_000) * 60_000).toISOString();
  const visit = await post<{ code: string; speakers: { presenterUrl: string }[] }>(
    '/api/visits',
    {
      tours: ['processum', 'northern-sweden'],
      title: 'Two sites in one morning',
      startsAt,
      timeZone: 'Europe/Stockholm',
      durationMinutes: 90,
      capacity: 5,
      languages: ['en', 'sv', 'fi'],
      speakers: [
        { name: 'Sara Speaker', organisation: 'Processum', tour: 'processum' },
        { name: 'Bo Northern', organisation: 'Region', tour: 'northern-sweden' },
      ],
    },
    TOKEN,
  );
  const siv = await post<{ joinUrl: string }>(`/api/visits/${visit.code}/registrations`, { name: 'Siv Guest', email: 'siv@example.com', language: 'sv', consent: true, website: '' });

  // Sara presents the first site and opens the doors; Siv, registered in Swedish, comes in on her phone.
  const sara = await open(browser, visit.speakers[0]?.presenterUrl ?? '', DESKTOP, { relay: true });
  const s = sara.page;
  await s.locator('[data-visit-live="speaker"] [data-visit-doors="closed"]').waitFor({ timeout: 120_000 });
  await s.getByRole('button', { name: 'Open doors' }).click();
  await s.locator('[data-visit-doors]').waitFor({ state: 'detached' });
  const guest = await open(browser, siv.joinUrl, PHONE);
  const g = guest.page;
  await g.locator('[data-visit-live="guest"]').waitFor({ timeout: 120_000 });
  await waitForScene(g, null, 'ready', 120_000);
  expect(await shown(g)).toMatch(/^processum\//);

  // Siv asks, in Swedish, where she is at the first site.
  await g.getByRole('button', { name: /^Frågor och omröstningar/ }).click();
  const ask = g.locator('[data-ask-form]');
  await ask.getByLabel('Din fråga').fill('Hur stor är hallen?');
  await ask.getByRole('button', { name: 'Skicka frågan' }).click();
  await expect.poll(() => ask.getByRole('status').textContent()).toBe('Din fråga står i kön.');
  const askedAt = await shown(g);
  await seen(g, 'guest panel in Swedish (phone)', found, true);
  await closePanel(g, 'Stäng');

  // Bo, the second site's speaker, on a Finnish browser: the live tour and his panel speak Finnish; he follows Sara for now.
  const bo = await open(browser, visit.speakers[1]?.presenterUrl ?? '', DESKTOP, { locale: 'fi-FI' });
  const b = bo.page;
  await b.locator('[data-visit-live="speaker"]').waitFor({ timeout: 120_000 });
  await waitForScene(b, null, 'ready', 120_000);

  // Bo takes control while the news is held back on its way to Sara: believing she still presents, she moves on.
  // The server refuses each move; she is told once, in the page's notices, what happened and what to do.
  sara.network?.hold((frame) => frame.includes('"type":"control"'));
  await b.locator('[data-live-take-control]').click();
  await expect.poll(() => b.locator('[data-live-presenting]').getAttribute('data-live-presenting'), { timeout: 30_000 }).toBe('Bo Northern');
  for (const scene of ['pretreatment', 'platform', 'tank-farm']) await goTo(s, scene);
  const refusal = s.getByRole('status').getByText('Your guests are not following: another speaker has control. Press Take control to present.', { exact: true });
  await refusal.waitFor({ timeout: 30_000 });
  await seen(s, 'speaker told her moves are refused', found, false);
  sara.network?.release();
  await expect.poll(() => s.locator('[data-live-presenting]').getAttribute('data-live-presenting'), { timeout: 30_000 }).toBe('Bo Northern');
  expect(await s.locator('.notices .notice').count()).toBe(1);
  expect(await b.locator('.notices .notice').count()).toBe(0);
  // Take control: she presents again, the notice is gone, and the guest follows her.
  await s.locator('[data-live-presenter-bar]').getByRole('button', { name: 'Take control' }).click();
  await refusal.waitFor({ state: 'detached', timeout: 30_000 });
  await expect.poll(() => g.locator('[data-live-presenting]').getAttribute('data-live-presenting'), { timeout: 30_000 }).toBe('Sara Speaker');

  // Sara, keyboard only: the speaker panel, the sites (the first is on), "Hand over to Bo Northern (…)"; Esc closes the panel.
  await tabTo(s, '[data-visit-panel-toggle]');
  await s.keyboard.press('Enter');
  const panel = s.locator('[data-visit-panel="speaker"]');
  await panel.waitFor();
  expect(await panel.locator('[data-site-current]').getAttribute('data-site')).toBe('processum');
  await tabTo(s, '[data-next-site="northern-sweden"]');
  await expect.poll(() => s.locator('[data-next-site]').textContent()).toBe('Hand over to Bo Northern (Northern Sweden virtual visit)');
  await s.keyboard.press('Enter');
  // Every viewer switches to the second site's start; Bo presents from there.
  for (const p of [g, b, s]) await expect.poll(() => shown(p), { timeout: 120_000 }).toBe('northern-sweden/umea');
  await waitForScene(g, 'umea', 'ready', 180_000);
  // Everyone reads that Bo presents now.
  const presenting = () => Promise.all([g, b, s].map((p) => p.locator('[data-live-presenting]').getAttribute('data-live-presenting')));
  await expect.poll(presenting, { timeout: 30_000 }).toEqual(['Bo Northern', 'Bo Northern', 'Bo Northern']);
  await expect.poll(() => panel.locator('[data-site-current]').getAttribute('data-site')).toBe('northern-sweden');
  expect(await panel.locator('[data-next-site]').count()).toBe(0);
  expect(await s.evaluate(() => document.activeElement?.id)).toBe('visit-live-sites');
  await s.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  expect(await s.evaluate(() => document.activeElement?.hasAttribute('data-visit-panel-toggle'))).toBe(true);

  // Bo's panel in Finnish: Siv's question names its place and the first site's tour; Go there takes everyone back there.
  await b.locator('[data-visit-panel-toggle]').click();
  const boPanel = b.locator('[data-visit-panel="speaker"]');
  await expect.poll(() => boPanel.locator('h2').textContent()).toBe('Puhujan paneeli');
  const question = boPanel.locator('[data-question]', { hasText: 'Hur stor är hallen?' });
  await expect.poll(() => question.locator('[data-asked-at]').textContent(), { timeout: 30_000 }).toMatch(/^kysytty kohteessa: .+ \(RISE Processum – biojalostamon pilottihalli\)$/);
  await seen(b, 'speaker panel in Finnish', found, false);
  await question.getByRole('button', { name: 'Mene sinne' }).click();
  for (const p of [g, s]) await expect.poll(() => shown(p), { timeout: 120_000 }).toBe(askedAt);
  await waitForScene(g, askedAt.split('/')[1] ?? '', 'ready', 180_000);

  // Bo ends the visit (asked twice): Siv sees it end, in Swedish, with the follow-up page; her link says it is over.
  await boPanel.getByRole('button', { name: 'Päätä vierailu' }).click();
  const endNow = boPanel.getByRole('button', { name: 'Päätä nyt' });
  await endNow.click();
  const ended = g.locator('main[data-visit-ended]');
  // On a loaded machine a page can be reconnecting for a moment: the panel then says the request was not sent (in Finnish), and Bo presses again.
  await expect
    .poll(
      async () => {
        if (await ended.isVisible()) return true;
        if ((await boPanel.getByRole('alert').filter({ hasText: 'Ei lähetetty' }).count()) > 0 && (await endNow.isEnabled())) await endNow.click();
        return false;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  expect(await ended.locator('h1').textContent()).toBe('Besöket är slut');
  expect(await ended.locator('[data-visit-follow-up]').getAttribute('href')).toBe(`/v/${visit.code}/follow-up`);
  await seen(g, 'visit ended (phone, Swedish)', found, true);
  await b.locator('main[data-visit-ended]').waitFor({ timeout: 30_000 });
  await g.goto(siv.joinUrl);
  await g.locator('p[data-visit-ended] [data-follow-up-link]').waitFor({ timeout: 30_000 });

  expect(found).toEqual([]);
  for (const p of [sara, guest, bo]) expect(p.errors).toEqual([]);
  for (const p of [sara, guest, bo]) await p.context.close();
});

/** The page's live connection through a switch: `cut()` drops it and refuses new ones (WebSocket or long-polling) until `restore()`. */
async function cuttableNetwork(context: BrowserContext) {
  let cut = false;
  const open: (() => void)[] = [];
  await context.route(/\/socket\.io\/.*transport=polling/, (route) => (cut ? route.abort() : route.continue()));
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return void ws.close().catch(() => {});
    const server = ws.connectToServer();
    open.push(() => {
      void ws.close().catch(() => {});
      void server.close().catch(() => {});
    });
  });
  return {
    cut() {
      cut = true;
      for (const close of open.splice(0)) close();
    },
    restore: () => void (cut = false),
  };
}

it('a guest whose connection was down when the visit ended lands on its ended page, in Finnish, when the page reconnects', { timeout: 300_000 }, async () => {
  const found: string[] = [];
  const startsAt = new Date(Math.ceil((Date.now() + 20 * 60_000) / 60_000) * 60_000).toISOString();
  const visit = await post<{ code: string; speakers: { presenterUrl: string }[] }>(
    '/api/visits',
    { tour: 'processum', title: 'Away at the end', startsAt, timeZone: 'Europe/Helsinki', durationMinutes: 30, capacity: 2, languages: ['en', 'sv', 'fi'], speakers: [{ name: 'Sara Speaker' }] },
    TOKEN,
  );
  const speakerKey = new URLSearchParams(new URL(visit.speakers[0]?.presenterUrl ?? '').hash.slice(1)).get('key') ?? '';
  const { live } = await post<{ live: { code: string } }>(`/api/visits/${visit.code}/doors`, {}, speakerKey);
  const aino = await post<{ joinUrl: string }>(`/api/visits/${visit.code}/registrations`, { name: 'Aino Guest', email: 'aino@example.com', language: 'fi', consent: true, website: '' });

  const context = await session.browser.newContext(PHONE);
  const network = await cuttableNetwork(context);
  const g = await context.newPage();
  const errors: string[] = [];
  g.on('pageerror', (e) => errors.push(e.message));
  await g.goto(aino.joinUrl);
  await g.locator('[data-visit-live="guest"]').waitFor({ timeout: 120_000 });

  // Her network drops; meanwhile the speaker ends the visit (she never hears `ended`); then her network is back.
  network.cut();
  await g.locator('[data-live-connection="reconnecting"]').waitFor({ timeout: 30_000 });
  const speaker = visitClient(server.url, live.code, { key: speakerKey });
  await speaker.next('visit-welcome');
  speaker.visit({ type: 'end-visit', ref: 'end' });
  await speaker.next('done', (m) => m.ref === 'end');
  speaker.close();
  network.restore();

  // Reconnecting, the page is refused (`visit-ended`): the visit's own ended page, in her language, with the follow-up.
  const ended = g.locator('main[data-visit-ended]');
  await ended.waitFor({ timeout: 60_000 });
  expect(await ended.locator('h1').textContent()).toBe('Vierailu on päättynyt');
  expect(await ended.getAttribute('lang')).toBe('fi');
  expect(await ended.locator('[data-visit-follow-up]').getAttribute('href')).toBe(`/v/${visit.code}/follow-up`);
  expect(await ended.locator('p').first().textContent()).toBe('Away at the end — kiitos osallistumisesta!');
  expect(await g.locator('main[data-live-ended]').count()).toBe(0);
  await seen(g, 'visit ended after a reconnection (phone, Finnish)', found, true);
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
