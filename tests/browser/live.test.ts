/**
 * Live guided tours in real browsers: a presenter page and attendee pages in
 * separate browser contexts (no shared storage), on the production server.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { openPage, storeState, waitForScene } from './harness';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

/** The live channel's grace period in the test server (tests/browser/globalSetup.ts). */
const PRESENTER_GRACE_MS = 2000;
/** A presenter link's key, in the fragment (`#key=`) or in the older query form. */
const keyIn = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('key') ?? new URL(url).searchParams.get('key');
const presenting = (page: Page) => page.locator('[data-live-presenting]').getAttribute('data-live-presenting');

const view = async (page: Page) => (await storeState(page)).view as { yaw: number; pitch: number; fov: number };

/**
 * Presses keys on the focused 3D view; the last one must turn the camera up or
 * down. Camera moves land a frame or more after the key press (later on a busy
 * machine), so this waits until the pitch moved: then every key has been applied.
 */
async function turn(page: Page, keys: string[]) {
  const before = (await view(page)).pitch;
  await page.locator('[data-viewer]').focus();
  for (const k of keys) await page.keyboard.press(k);
  await expect.poll(async () => (await view(page)).pitch, { timeout: 15_000 }).not.toBe(before);
}

/** Waits until the attendee shows the presenter's scene, card and (within 0.01°) view. */
async function inSync(attendee: Page, presenter: Page) {
  const expected = await storeState(presenter);
  await attendee.waitForFunction(
    (want) => {
      const s = (window as unknown as { __sitevisit: { store: { getState(): Record<string, unknown> } } }).__sitevisit.store.getState();
      const v = s.view as Record<string, number> | null;
      const w = want.view as Record<string, number>;
      return s.sceneId === want.sceneId && s.cardId === want.cardId && v !== null && ['yaw', 'pitch', 'fov'].every((k) => Math.abs((v[k] as number) - (w[k] as number)) < 0.01);
    },
    expected,
    { timeout: 15_000 },
  );
  await waitForScene(attendee, expected.sceneId);
}

describe('live guided tour', () => {
  it('attendees follow the presenter, can look around and return; late joiners land in the current state; forged drives are refused', async () => {
    // The organiser starts the session from the viewer and presents in the same tab at once.
    const presenter = await openPage(session, `${appUrl}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const p = presenter.page;
    await waitForScene(p, 'hall');
    await p.getByRole('button', { name: 'Start live tour' }).click();
    const dialog = p.getByRole('dialog', { name: 'Live guided tour' });
    await dialog.getByLabel('Speakers, one per line').fill('Anna\nBo');
    await dialog.getByRole('button', { name: 'Create session' }).click();
    const clipboard = () => p.evaluate(() => navigator.clipboard.readText());
    // The attendee link: shown, with Copy and the QR code.
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(clipboard).toMatch(/\/live\/[2-9A-HJKMNP-Z]{6}$/);
    const attendeeUrl = await clipboard();
    expect(await p.locator('[data-live-attendee-url]').textContent()).toBe(attendeeUrl);
    await p.getByRole('img', { name: `Attendee link: ${attendeeUrl}` }).waitFor();
    const code = new URL(attendeeUrl).pathname.split('/')[2] as string;
    // The code, in large letters to read aloud.
    expect(await p.locator('[data-live-code]').textContent()).toBe(code);
    expect(parseFloat(await p.locator('[data-live-code]').evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28);
    // Copy link for the other speaker, and for one's own link (another device, a closed tab).
    await dialog.getByRole('button', { name: 'Copy link: Bo' }).click();
    await expect.poll(clipboard).toContain('#key=');
    const boUrl = await clipboard();
    await dialog.getByRole('button', { name: 'Copy your own presenter link (for another device)' }).click();
    await expect.poll(clipboard).not.toBe(boUrl);
    const presenterUrl = await clipboard();
    const links = { attendeeUrl, presenterUrl, code };
    expect(new URL(boUrl).pathname).toBe(`/live/${code}`);
    const key = keyIn(links.presenterUrl) as string;
    expect(key).toBeTruthy();

    // Anna presents in this tab: no other tab, no reload, the same view.
    await p.locator('[data-live-presenter-bar]').waitFor();
    await p.getByText('You are presenting', { exact: true }).waitFor();
    await dialog.getByText('You are presenting in this tab as Anna.').waitFor();
    expect(new URL(p.url()).pathname).toBe(`/live/${links.code}`);
    // The keys are in no address and nowhere in the page.
    for (const secret of [key, keyIn(boUrl) as string]) {
      expect(p.url()).not.toContain(secret);
      expect(await p.content()).not.toContain(secret);
    }
    await dialog.getByRole('button', { name: 'Close' }).click();

    // An attendee may add their name to the link, for the presenter's list.
    const a = await openPage(session, `${links.attendeeUrl}?name=Aino`);
    const b = await openPage(session, links.attendeeUrl);
    await waitForScene(a.page, 'hall');
    await waitForScene(b.page, 'hall');
    await expect.poll(() => p.locator('[data-live-attendees]').getAttribute('data-live-attendees'), { timeout: 10_000 }).toBe('2');
    await a.page.locator('[data-live-follow="following"]').waitFor();
    expect(await presenting(a.page)).toBe('Anna');
    // Attendees see how many they are.
    await expect.poll(() => b.page.locator('[data-live-people]').textContent(), { timeout: 10_000 }).toBe('2 people on this tour');

    // Presenter: another scene, a card, a camera move; both attendees follow.
    await p.locator('[data-scene-link="process-floor"]').click();
    await waitForScene(p, 'process-floor');
    await p.locator('.poi summary').click();
    await p.locator('[data-poi="process-floor--process-pumps"]').click();
    await p.locator('[data-card="process-floor--process-pumps"]').waitFor();
    await turn(p, ['ArrowRight', 'ArrowRight', 'ArrowUp']);
    for (const attendee of [a.page, b.page]) {
      await inSync(attendee, p);
      await attendee.locator('[data-card="process-floor--process-pumps"]').waitFor();
    }

    // Attendee a looks away: detached, shown as such to a and to the presenter; b keeps following.
    // Every key has landed before the view is recorded (on a busy machine the last ones land late).
    await turn(a.page, ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowDown']);
    const returnButton = a.page.getByRole('button', { name: 'Return to presenter' });
    await returnButton.waitFor();
    await expect.poll(() => p.locator('[data-live-detached]').getAttribute('data-live-detached'), { timeout: 10_000 }).toBe('1');
    expect(await p.locator('[data-live-detached-names]').textContent()).toBe(': Aino');
    const awayView = await view(a.page);
    await turn(p, ['ArrowRight', 'ArrowDown']);
    await inSync(b.page, p);
    expect(await view(a.page)).toEqual(awayView);

    // The presenter points; a following attendee sees it, the detached one does not.
    await p.locator('[data-live-point]').click();
    await p.locator('[data-live-point-target]').click({ position: { x: 300, y: 200 } });
    await b.page.locator('[data-live-pointer]').waitFor();
    expect(await a.page.locator('[data-live-pointer]').count()).toBe(0);

    // a returns: back in sync at once, pointer visible, and the presenter sees nobody detached.
    await returnButton.click();
    await inSync(a.page, p);
    await a.page.locator('[data-live-follow="following"]').waitFor();
    await a.page.locator('[data-live-pointer]').waitFor();
    await expect.poll(() => p.locator('[data-live-detached]').getAttribute('data-live-detached'), { timeout: 10_000 }).toBe('0');

    // A late joiner lands in the current scene, card and view at once.
    // Codes read aloud get typed in lower case: they work all the same.
    const late = await openPage(session, links.attendeeUrl.replace(links.code, links.code.toLowerCase()));
    await waitForScene(late.page, 'process-floor');
    await inSync(late.page, p);
    await late.page.locator('[data-card="process-floor--process-pumps"]').waitFor();
    await late.context.close();

    // A forged drive from an attendee connection is refused and reaches nobody.
    const forger = io(appUrl, { auth: { v: 1, code: links.code }, transports: ['websocket'] });
    const refused = new Promise<{ reason: string }>((resolve) => forger.on('live', (m: { type: string; reason: string }) => m.type === 'rejected' && resolve(m)));
    await new Promise<void>((resolve) => forger.on('connect', () => resolve()));
    forger.emit('live', { v: 1, type: 'state', state: { scene: 'hall', view: { kind: 'model', position: [1, 2, 3], target: [0, 0, 0], fov: 50 }, card: null } });
    expect((await refused).reason).toBe('not-presenter');
    forger.disconnect();
    // Whatever the presenter does next still arrives, and nobody went to the forged scene.
    await turn(p, ['ArrowUp']);
    for (const attendee of [a.page, b.page]) await inSync(attendee, p);
    expect((await storeState(a.page)).sceneId).toBe('process-floor');

    // Anna closes her tab, nobody else presents: after the grace period attendees are told.
    expect(presenter.errors).toEqual([]);
    await presenter.context.close();
    const left = Date.now();
    for (const attendee of [a.page, b.page]) {
      await attendee.locator('[data-live-presenter-away]').waitFor({ timeout: PRESENTER_GRACE_MS + 2000 - (Date.now() - left) });
    }
    expect(Date.now() - left).toBeLessThan(PRESENTER_GRACE_MS + 2000);
    expect(await a.page.locator('[data-live-presenter-away]').textContent()).toBe('The presenter has disconnected — waiting for them to return');

    // Bo, the second speaker, opens his link: he takes over, and attendees follow him.
    const bo = await openPage(session, boUrl);
    await bo.page.getByText('You are presenting').waitFor();
    for (const attendee of [a.page, b.page]) await expect.poll(() => presenting(attendee)).toBe('Bo');
    expect(await a.page.locator('[data-live-presenting]').textContent()).toBe('Presenting: Bo');
    await waitForScene(bo.page, 'process-floor');
    await turn(bo.page, ['ArrowLeft', 'ArrowDown']);
    for (const attendee of [a.page, b.page]) await inSync(attendee, bo.page);

    // Anna comes back: offered control, not given it; she takes it back.
    const anna = await openPage(session, links.presenterUrl);
    const takeBack = anna.page.getByRole('button', { name: 'Take control back' });
    await takeBack.waitFor();
    expect(await presenting(anna.page)).toBe('Bo');
    await takeBack.click();
    await anna.page.getByText('You are presenting').waitFor();
    for (const attendee of [a.page, b.page]) await expect.poll(() => presenting(attendee)).toBe('Anna');

    for (const page of [anna, bo, a, b]) {
      expect(page.errors).toEqual([]);
      await page.context.close();
    }
    // Six pages with WebGL one after another: longer than the default on a busy machine.
  }, 240_000);

  it('an unknown or ended session shows a finished page with a way out, not a loader', async () => {
    const { page, context, errors } = await openPage(session, `${appUrl}/live/ZZZZZZ`, { viewport: { width: 390, height: 844 } });
    const heading = page.getByRole('heading', { level: 1, name: 'This live tour has ended or does not exist' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('live-ended-title');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.getByText('Waiting for a presenter').count()).toBe(0);
    // The keyboard reaches the two links and nothing behind the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open the tour');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/tours');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-live-ended]') !== null || document.activeElement === document.body)).toBe(true);
    // Within a phone's width: nothing cut off.
    const box = await heading.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.getByRole('link', { name: 'All tours' }).click();
    await page.waitForURL(`${appUrl}/tours`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
