/**
 * A guide played with the keyboard only, in Swedish (fixture tour `guided`:
 * four steps over the demo hall and two of its panoramas, WebVTT captions, a
 * Swedish Ogg/Opus narration on the first step and a missing one on the second):
 * each step's view as recorded (0.5° panorama, 1 cm model), the narration
 * playing and its clock driving the captions, the caption that matches the cue
 * at that time (±250 ms) with its markup shown as such (italics in italics, a
 * voice as its speaker's name, no tags), an error line for the missing narration while the
 * guide goes on, pause, skip, detach by looking
 * around and "Return to guide", the step in the link, and moving on by itself;
 * the scene's ambient sound lowered under the narration and back after it.
 * A card's missing video is reported also when it failed before React had the
 * card on the page. Kiosk mode plays the first guide, or on a tour without guides (fixture
 * `unguided`) turns the view slowly, until a touch. A phone's orientation turns
 * a panorama and the walk camera of a model scene.
 */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForScene } from './harness';
import { axeViolations } from './axe';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

type View = { kind: 'panorama'; yaw: number; pitch: number } | { kind: 'model'; position: number[]; target: number[] };
const storeView = (page: Page) => page.evaluate(() => (window as unknown as { __sitevisit: { store: { getState(): { view: unknown } } } }).__sitevisit.store.getState().view as View);
const player = (page: Page) => page.locator('.guide-player');
const press = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
};

// Every sound the page plays, to see it play (the player's Audio elements are not in the document).
const recordSounds = () => {
  const sounds: HTMLMediaElement[] = [];
  Object.assign(window, { sounds });
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!sounds.includes(this)) sounds.push(this);
    return play.call(this);
  };
};
const sounds = (page: Page) => page.evaluate(() => (window as unknown as { sounds: HTMLMediaElement[] }).sounds.map((a) => ({ src: a.currentSrc, time: a.currentTime, loop: a.loop, paused: a.paused, volume: a.volume })));
/** The scene's ambient sound (the only looped one), as it plays now. */
const ambient = async (page: Page) => (await sounds(page)).find((a) => a.loop);

it('plays, captions, pauses, skips, detaches and returns, keyboard only, in Swedish', { timeout: 300_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=sv`, { viewport: { width: 1280, height: 800 }, init: recordSounds });
  await waitForScene(page, 'hall', 'ready', 120_000);
  // Every change the player shows: its step time and the caption at that moment (one commit updates both).
  await page.evaluate(() => {
    const seen: { step: string | null; time: number; caption: string; italic: string[]; speaker: string | null }[] = [];
    Object.assign(window, { seenCaptions: seen });
    new MutationObserver(() => {
      const el = document.querySelector('.guide-player');
      const caption = el?.querySelector('[data-caption]');
      if (el && caption) {
        const italic = [...caption.querySelectorAll('i')].map((i) => i.textContent ?? '');
        const speaker = caption.querySelector('[data-voice] .guide-player__speaker')?.textContent ?? null;
        seen.push({ step: el.getAttribute('data-step'), time: Number(el.getAttribute('data-time')), caption: caption.textContent ?? '', italic, speaker });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-time', 'data-step'] });
  });
  // The hall's ambient sound on (volume 0.4): lowered under the narration, back after it.
  await press(page, 'Ljud på');
  await expect.poll(async () => (await ambient(page))?.paused).toBe(false);
  expect((await ambient(page))?.volume).toBeCloseTo(0.4, 3);
  await press(page, 'Spela upp guiden');
  // Polled on a timer, not on animation frames (they come seconds apart while SwiftShader draws the hall).
  await page.waitForFunction(() => document.querySelector('.guide-player[data-step="0"][data-playing]') !== null, undefined, { polling: 100, timeout: 60_000 });
  const first = await storeView(page);
  expect(first.kind).toBe('model');
  if (first.kind === 'model') [20, 14, 22].forEach((v, i) => expect(Math.abs(first.position[i]! - v)).toBeLessThanOrEqual(0.01));

  // The caption shown is the cue at the step's time, at every moment the player showed (±250 ms at the cue boundaries).
  await expect.poll(() => page.locator('[data-caption]').textContent()).toBe('Välkommen till pilothallen.');
  // Polled on a timer: animation frames (the default) come seconds apart while SwiftShader draws the hall.
  await page.waitForFunction(() => document.querySelector('[data-caption]')?.textContent === 'Anna: Här börjar processen.', undefined, { polling: 100 });
  // The cues as step.sv.vtt writes them: `Välkommen till <i>pilothallen</i>.`, then `<v Anna>Här börjar processen.</v>`.
  const cues = [
    { start: 0, end: 1.2, text: 'Välkommen till pilothallen.', italic: ['pilothallen'], speaker: null },
    { start: 1.2, end: 2.8, text: 'Anna: Här börjar processen.', italic: [], speaker: 'Anna' },
  ];
  // The Swedish narration played past its first second: its clock drove the captions.
  const narrated = await sounds(page);
  expect(narrated.find((a) => !a.loop && a.src.endsWith('/step.sv.ogg'))?.time).toBeGreaterThan(1);
  // Ducked to a fifth (0.08) while the narration plays.
  await expect.poll(async () => (await ambient(page))?.volume).toBeCloseTo(0.08, 3);
  type Seen = { step: string | null; time: number; caption: string; italic: string[]; speaker: string | null };
  const seen = (await page.evaluate(() => (window as unknown as { seenCaptions: Seen[] }).seenCaptions)).filter((s) => s.step === '0' && s.caption !== '');
  expect(seen.length).toBeGreaterThan(1);
  for (const { time, caption, italic, speaker } of seen) {
    const cue = cues.find((c) => c.text === caption);
    expect(cue, `caption "${caption}" at ${time} s`).toBeDefined();
    // Markup as elements, never as the tags' text.
    expect({ italic, speaker }, `markup of "${caption}"`).toEqual({ italic: cue!.italic, speaker: cue!.speaker });
    expect(time, `"${caption}" shown at ${time} s`).toBeGreaterThanOrEqual(cue!.start - 0.25);
    expect(time, `"${caption}" shown at ${time} s`).toBeLessThanOrEqual(cue!.end + 0.25);
  }

  // Pause: the time stands still.
  await press(page, 'Pausa');
  await page.waitForSelector('.guide-player:not([data-playing])');
  const paused = await player(page).getAttribute('data-time');
  await page.waitForTimeout(400); // nothing to wait for: time must not move
  expect(await player(page).getAttribute('data-time')).toBe(paused);
  // The narration paused: the ambient sound comes back up.
  await expect.poll(async () => (await ambient(page))?.volume).toBeCloseTo(0.4, 3);
  await press(page, 'Ljud av');

  // Skip to the next step (the first lasts a minute): the panorama at its recorded view, the step in the link.
  await press(page, 'Nästa steg');
  await waitForScene(page, 'pretreatment', 'ready', 120_000);
  await page.waitForSelector('.guide-player[data-step="1"]');
  const second = await storeView(page);
  expect(second.kind === 'panorama' && Math.abs(second.yaw - 30) <= 0.5 && Math.abs(second.pitch + 5) <= 0.5).toBe(true);
  await expect.poll(() => page.evaluate(() => location.search)).toContain('guide=walk&step=2');
  // Its narration is missing: a line says so; the view and the captions go on.
  await page.getByText('Berättarrösten i det här steget kunde inte spelas upp', { exact: false }).waitFor();

  // Look around with the arrow keys: detached; "Tillbaka till guiden" restores the step's view.
  await page.locator('[data-viewer]').focus();
  await page.keyboard.down('ArrowRight');
  await page.getByRole('button', { name: 'Tillbaka till guiden' }).waitFor();
  await page.keyboard.up('ArrowRight');
  await press(page, 'Tillbaka till guiden');
  await expect.poll(async () => { const v = await storeView(page); return v.kind === 'panorama' ? Math.abs(v.yaw - 30) : 99; }).toBeLessThanOrEqual(0.5);

  // Play on: the guide moves to the third step by itself (3 s per step).
  await press(page, 'Spela');
  await waitForScene(page, 'floor', 'ready', 120_000);
  await page.waitForSelector('.guide-player[data-step="2"][data-playing]');
  const third = await storeView(page);
  expect(third.kind === 'panorama' && Math.abs(third.yaw + 60) <= 0.5).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await press(page, 'Stäng guiden');
  await expect.poll(() => player(page).count()).toBe(0);
  await expect.poll(() => page.evaluate(() => location.search)).not.toContain('guide=');
  expect(errors).toEqual([]);
  await context.close();
});

it('a link resumes the guide at its step, paused until Play; the card plays its recording with a transcript, says its video is missing; sound on and off', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=sv&guide=walk&step=4`, { viewport: { width: 1280, height: 800 }, init: recordSounds });
  await page.waitForSelector('.guide-player[data-step="3"]:not([data-playing])', { timeout: 120_000 });
  await waitForScene(page, 'hall', 'ready', 120_000);
  // the fourth step opens the reactor's card
  await expect.poll(() => page.evaluate(() => (window as unknown as { __sitevisit: { store: { getState(): { cardId: string | null } } } }).__sitevisit.store.getState().cardId)).toBe('reactor');
  const card = page.locator('.card');
  await card.locator('audio[controls]').waitFor();
  await card.getByText('Utskrift').click();
  await card.getByText('Välkommen till pilothallen. Här börjar processen.').waitFor();
  await card.getByText('Videon kunde inte spelas upp.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // Ambient sound: off until asked, looped when on, and the switch stays to turn it off.
  expect((await sounds(page)).length).toBe(0);
  await press(page, 'Ljud på');
  await expect.poll(async () => (await sounds(page)).some((a) => a.loop && !a.paused && a.time > 0.3)).toBe(true);
  await press(page, 'Ljud av');
  await expect.poll(async () => (await sounds(page)).every((a) => a.paused)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

// What a busy page does (CI, a slow phone): a render that yields lets a quick 404 through before
// React commits the <video>, and React drops that error event. Here every `error` listener added to
// a media element before it is in the document is left deaf, as React's own is then.
const deafBeforeMount = () => {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (type === 'error' && this instanceof HTMLMediaElement && !this.isConnected) return;
    return add.call(this, type, listener, options);
  };
};

it('a card says its video is missing also when the video failed before the card was on the page', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=sv&guide=walk&step=4`, { viewport: { width: 1280, height: 800 }, init: deafBeforeMount });
  await waitForScene(page, 'hall', 'ready', 120_000);
  const card = page.locator('[data-card="reactor"]');
  await card.locator('audio[controls]').waitFor({ timeout: 60_000 });
  await card.getByText('Videon kunde inte spelas upp.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('kiosk: after the idle time the first guide plays, without share or live controls; a touch gives control back', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=sv&kiosk=1&idle=2`, { viewport: { width: 1280, height: 800 } });
  await waitForScene(page, 'hall', 'ready', 120_000);
  await page.waitForSelector('.guide-player[data-step="0"][data-playing]', { timeout: 60_000 });
  expect(await page.locator('.topbar__share').isVisible()).toBe(false);
  expect(await page.locator('.topbar__live').isVisible()).toBe(false);
  await page.mouse.click(640, 120);
  await expect.poll(() => player(page).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('a phone turns the panorama as it turns (synthetic deviceorientation), by the same angle', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/pretreatment?lang=en`, { viewport: { width: 390, height: 844 }, touch: true });
  await waitForScene(page, 'pretreatment', 'ready', 120_000);
  const start = await storeView(page);
  await page.getByRole('button', { name: 'Look around by moving your phone' }).tap();
  await expect.poll(() => page.getByRole('button', { name: 'Look around by moving your phone', pressed: true }).count()).toBe(1);
  // Held upright facing north, then turned 30° to the right (alpha counts anticlockwise) and tilted 20° up.
  const turn = (alpha: number, beta: number) => page.evaluate(([a, b]) => window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: a, beta: b, gamma: 0 })), [alpha, beta]);
  await turn(0, 90);
  await turn(-30, 110);
  await expect.poll(async () => {
    const v = await storeView(page);
    return v.kind === 'panorama' && start.kind === 'panorama' ? [Math.round(v.yaw - start.yaw), Math.round(v.pitch)] : null;
  }).toEqual([30, 20]);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Compass heading (degrees from -Z towards +X) and elevation of a model camera's line of sight. */
const lineOfSight = (v: View) => {
  if (v.kind !== 'model') return null;
  const d = v.target.map((t, i) => t - v.position[i]!);
  const reach = Math.hypot(...d);
  return { heading: (Math.atan2(d[0]!, -d[2]!) * 180) / Math.PI, elevation: (Math.asin(d[1]! / reach) * 180) / Math.PI };
};

it('in walk mode a phone turns the walk camera as it turns (synthetic deviceorientation), by the same angle, where it stands', { timeout: 180_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=fi`, { viewport: { width: 390, height: 844 }, touch: true });
  await waitForScene(page, 'hall', 'ready', 120_000);
  // On a phone the mode switch is in the top bar's menu.
  const menu = page.locator('.topbar__menu');
  await menu.tap();
  await page.locator('[data-mode="walk"]').tap();
  if ((await menu.getAttribute('aria-expanded')) === 'true') await menu.tap();
  await expect.poll(async () => { const v = await storeView(page); return v.kind === 'model' ? Math.round(v.position[1]! * 10) / 10 : null; }).toBe(1.6);
  const start = await storeView(page);
  const startSight = lineOfSight(start)!;
  const phone = page.getByRole('button', { name: 'Katsele ympärillesi liikuttamalla puhelinta' });
  await phone.tap();
  await expect.poll(() => phone.getAttribute('aria-pressed')).toBe('true');
  const turn = (alpha: number, beta: number) => page.evaluate(([a, b]) => window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: a, beta: b, gamma: 0 })), [alpha, beta]);
  // Held upright, then turned 30° to the right (alpha counts anticlockwise) and tilted 20° up.
  await turn(0, 90);
  await turn(-30, 110);
  await expect.poll(async () => {
    const sight = lineOfSight(await storeView(page));
    return sight && [Math.round(((sight.heading - startSight.heading + 540) % 360) - 180), Math.round(sight.elevation)];
  }).toEqual([30, 20]);
  // It turned on the spot: the walker did not move.
  const turned = await storeView(page);
  if (turned.kind === 'model' && start.kind === 'model') turned.position.forEach((v, i) => expect(Math.abs(v - start.position[i]!)).toBeLessThanOrEqual(0.01));
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('kiosk on a tour without guides: after the idle time the view turns slowly; a touch stops it until the next idle time', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage(session, `${appUrl}/t/unguided/floor?lang=sv&kiosk=1&idle=2`, { viewport: { width: 390, height: 844 }, touch: true, reducedMotion: false });
  await waitForScene(page, 'floor', 'ready', 120_000);
  // Every view the store shows, with its time, and the time of the touch.
  await page.evaluate(() => {
    const changes: { at: number; yaw: number }[] = [];
    const touches: number[] = [];
    Object.assign(window, { kioskChanges: changes, kioskTouches: touches });
    const store = (window as unknown as { __sitevisit: { store: { subscribe(f: (s: { view: { yaw: number } | null }) => void): void } } }).__sitevisit.store;
    store.subscribe((s) => s.view && changes.push({ at: performance.now(), yaw: s.view.yaw }));
    window.addEventListener('touchstart', () => touches.push(performance.now()), { capture: true });
  });
  type Seen = { changes: { at: number; yaw: number }[]; touches: number[] };
  const seen = () => page.evaluate(() => { const w = window as unknown as { kioskChanges: Seen['changes']; kioskTouches: number[] }; return { changes: w.kioskChanges, touches: w.kioskTouches }; });
  // Turning: at least 3° to the right, a step at a time (no guide to play).
  await expect.poll(async () => { const { changes } = await seen(); return changes.length > 0 ? changes[changes.length - 1]!.yaw - changes[0]!.yaw : 0; }, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  expect(await player(page).count()).toBe(0);
  expect(await page.locator('.topbar__share').isVisible()).toBe(false);
  const box = (await page.locator('.viewer canvas').first().boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  // It turns again only after another idle time. (The touch itself may set the view once, where the
  // view's controls last drew it: a step behind at most.)
  const turnedSince = (c: { yaw: number }, from: number) => c.yaw - from > 0.2;
  await expect.poll(async () => {
    const { changes, touches } = await seen();
    if (touches.length !== 1) return false;
    const before = changes.filter((c) => c.at <= touches[0]!);
    return changes.some((c) => c.at > touches[0]! && turnedSince(c, before[before.length - 1]!.yaw));
  }, { timeout: 30_000 }).toBe(true);
  const { changes, touches } = await seen();
  const touchedAt = touches[0]!;
  const before = changes.filter((c) => c.at <= touchedAt);
  expect(before.length).toBeGreaterThan(10);
  const turning = changes.find((c) => c.at > touchedAt && turnedSince(c, before[before.length - 1]!.yaw))!;
  expect(turning.at - touchedAt).toBeGreaterThanOrEqual(2000);
  expect(errors).toEqual([]);
  await context.close();
});
