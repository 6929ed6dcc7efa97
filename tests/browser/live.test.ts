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
    // The organiser starts the session from the viewer, then opens the presenter view.
    const presenter = await openPage(session, `${appUrl}/`);
    const p = presenter.page;
    await waitForScene(p, 'hall');
    await p.getByRole('button', { name: 'Start live tour' }).click();
    await p.getByRole('dialog', { name: 'Live guided tour' }).getByRole('button', { name: 'Create session' }).click();
    const attendeeUrl = (await p.locator('[data-live-attendee-url]').textContent()) as string;
    const presenterUrl = (await p.locator('[data-live-presenter-url="p1"]').getAttribute('href')) as string;
    await p.getByRole('img', { name: `Attendee link: ${attendeeUrl}` }).waitFor(); // the QR code
    const links = { attendeeUrl, presenterUrl, code: new URL(attendeeUrl).pathname.split('/')[2] as string };
    expect(links.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const key = new URLSearchParams(new URL(links.presenterUrl).hash.slice(1)).get('key') as string;

    await p.goto(links.presenterUrl);
    await waitForScene(p, 'hall');
    // The key left the address bar (kept in this tab only) and is nowhere in the page.
    expect(new URL(p.url()).pathname).toBe(`/live/${links.code}`);
    expect(p.url()).not.toContain(key);
    expect(await p.content()).not.toContain(key);
    await p.locator('[data-live-presenter-bar]').waitFor();

    // An attendee may add their name to the link, for the presenter's list.
    const a = await openPage(session, `${links.attendeeUrl}?name=Aino`);
    const b = await openPage(session, links.attendeeUrl);
    await waitForScene(a.page, 'hall');
    await waitForScene(b.page, 'hall');
    await expect.poll(() => p.locator('[data-live-attendees]').getAttribute('data-live-attendees'), { timeout: 10_000 }).toBe('2');
    await a.page.locator('[data-live-follow="following"]').waitFor();
    expect(await a.page.locator('[data-live-presenting]').getAttribute('data-live-presenting')).toBe('Presenter');

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

    for (const page of [presenter, a, b]) {
      expect(page.errors).toEqual([]);
      await page.context.close();
    }
  });
});
