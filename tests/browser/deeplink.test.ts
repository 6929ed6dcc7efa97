/**
 * Deep links as people use them: a link copied from the address bar lands a
 * colleague on the same scene, view, card and language; Back and Forward walk
 * scenes and cards; hostile links fall back without running anything.
 */
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import { canvasStats, openPage, storeState, waitForScene } from './harness';
import { browserPerFile } from './session';

const appUrl = inject('appUrl');
const session = browserPerFile();

const state = storeState;

/** Mean absolute difference of two screenshots, 0..255 (greyscale, downscaled). */
async function imageDistance(a: Buffer, b: Buffer) {
  const small = (png: Buffer) => sharp(png).resize(96, 60, { fit: 'fill' }).greyscale().raw().toBuffer();
  const [x, y] = await Promise.all([small(a), small(b)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs((x[i] as number) - (y[i] as number));
  return sum / x.length;
}

describe('deep links', () => {
  it('a link taken from the address bar reopens the same scene, view, card and language in a fresh browser', async () => {
    const first = await openPage(session, `${appUrl}/`);
    const { page } = first;
    await waitForScene(page, 'hall');
    await page.locator('[data-scene-link="process-floor"]').click();
    await waitForScene(page, 'process-floor');
    await page.locator('[data-viewer]').focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp']) await page.keyboard.press(key);
    await page.getByRole('combobox').selectOption('sv');
    await page.locator('.poi summary').click();
    await page.locator('[data-poi="process-floor--process-pumps"]').click();
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain('lang=sv');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('card=process-floor--process-pumps');
    const before = await state(page);
    // The address bar settles after the camera stops (debounced).
    await expect.poll(async () => new URL(await page.evaluate(() => location.href)).searchParams.get('v')).toBe(
      [before.view.yaw, before.view.pitch, before.view.fov].map((n) => Number((n as number).toFixed(1))).join(','),
    );
    const href = await page.evaluate(() => location.href);
    await page.locator('.poi summary').click(); // close the list, as the recipient sees it
    expect(href).toMatch(/\/t\/processum\/process-floor\?v=[-\d.,]+&card=process-floor--process-pumps&lang=sv$/);
    const shotBefore = (await canvasStats(page)).png;

    const second = await openPage(session, href);
    await waitForScene(second.page, 'process-floor');
    const after = await state(second.page);
    expect(after.sceneId).toBe('process-floor');
    expect(after.cardId).toBe('process-floor--process-pumps');
    expect(after.language).toBe('sv');
    for (const key of ['yaw', 'pitch', 'fov']) expect(Math.abs((after.view[key] as number) - (before.view[key] as number))).toBeLessThanOrEqual(0.05);
    await expect(second.page.getByRole('dialog').getAttribute('lang')).resolves.toBe('sv');
    expect(await imageDistance(shotBefore, (await canvasStats(second.page)).png)).toBeLessThan(6);
    await first.context.close();
    await second.context.close();
  });

  it('the share panel copies view, scene and embed links by keyboard, with a confirmation, and shows a QR code', async () => {
    const { page, context } = await openPage(session, `${appUrl}/t/processum/process-floor?v=30,-5,60&lang=fi`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
    await waitForScene(page, 'process-floor');
    const share = page.locator('.topbar__share');
    await share.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-share-panel]');
    await panel.waitFor();
    await expect(panel.getAttribute('role')).resolves.toBe('dialog');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.keyboard.press('Enter'); // focus starts on "copy link to this view"
    // Copying is asynchronous (the Clipboard API's promise): wait for the confirmation and the clipboard.
    await expect.poll(() => panel.locator('[role=status]').innerText()).toBe('Kopioitu leikepöydälle');
    await expect.poll(clipboard).toBe(`${appUrl}/t/processum/process-floor?v=30,-5,60&lang=fi`);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`${appUrl}/t/processum/process-floor?lang=fi`);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/t\/processum\/process-floor\?v=30,-5,60&amp;lang=fi&amp;embed=1" title="[^"<>]+" /);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(panel.locator('svg.qr').getAttribute('aria-label')).resolves.toContain('/t/processum/process-floor');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('topbar__share');
    await context.close();
  });

  it('Back and Forward walk the scenes and cards visited', async () => {
    const { page, context } = await openPage(session, `${appUrl}/`);
    await waitForScene(page, 'hall');
    await page.locator('[data-scene-link="pretreatment"]').click();
    await waitForScene(page, 'pretreatment');
    await page.locator('[data-scene-link="process-floor"]').click();
    await waitForScene(page, 'process-floor');
    await page.locator('.poi summary').click();
    await page.locator('[data-poi="process-floor--distillation-column"]').click();
    await page.getByRole('dialog').waitFor();

    await page.goBack();
    await expect.poll(async () => (await state(page)).cardId).toBeNull();
    expect((await state(page)).sceneId).toBe('process-floor');
    await page.goBack();
    await waitForScene(page, 'pretreatment');
    await page.goBack();
    await waitForScene(page, 'hall');
    await page.goForward();
    await waitForScene(page, 'pretreatment');
    await page.goForward();
    await page.goForward();
    await waitForScene(page, 'process-floor');
    await expect.poll(async () => (await state(page)).cardId).toBe('process-floor--distillation-column');
    await context.close();
  });

  it('camera moves replace the entry instead of flooding the history', async () => {
    const { page, context } = await openPage(session, `${appUrl}/t/processum/pretreatment`);
    await waitForScene(page, 'pretreatment');
    const length = await page.evaluate(() => history.length);
    const startYaw = (await state(page)).view.yaw as number;
    await page.locator('[data-viewer]').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Math.abs(((await state(page)).view.yaw as number) - startYaw)).toBeGreaterThan(1);
    // The address bar catches up after its debounce: its yaw is the store's (1 decimal).
    const urlYawMatchesStore = async () => {
      const [href, view] = await Promise.all([page.evaluate(() => location.href), state(page).then((s) => s.view)]);
      const v = new URL(href).searchParams.get('v');
      return v !== null && Math.abs(Number(v.split(',')[0]) - (view.yaw as number)) <= 0.05;
    };
    await expect.poll(urlYawMatchesStore, { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Reload restores the exact view.
    const before = (await state(page)).view;
    await page.reload();
    await waitForScene(page, 'pretreatment');
    const after = (await state(page)).view;
    for (const key of ['yaw', 'pitch', 'fov']) expect(Math.abs((after[key] as number) - (before[key] as number))).toBeLessThanOrEqual(0.05);
    await context.close();
  });

  const HOSTILE = [
    '/t/processum/no-such-scene',
    '/t/processum/hall?v=NaN,NaN,NaN,1,2,3,4',
    '/t/processum/process-floor?v=1e999,-3,75',
    '/t/processum/process-floor?v=12,-3,75&card=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    '/t/processum/process-floor?card=javascript:window.__pwned=1',
    '/t/processum/hall?lang=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    `/t/processum/hall?card=${'x'.repeat(5000)}`,
    '/t/%3Cscript%3Ewindow.__pwned=1%3C%2Fscript%3E/hall',
    '/t/processum/%E0%A4%A',
  ];

  describe('hostile and broken links open the nearest valid state, with a notice, running nothing', () => {
    for (const path of HOSTILE) it(path.slice(0, 80), async () => {
      const { page, context, errors } = await openPage(session, `${appUrl}${path}`);
      await page.waitForSelector('#root[data-scene-status="ready"]');
      const s = await state(page);
      expect(['hall', 'pretreatment', 'process-floor']).toContain(s.sceneId);
      expect(['en', 'sv', 'fi']).toContain(s.language);
      expect(s.cardId).toBeNull();
      await expect(page.locator('.notices').innerText(), path.slice(0, 80)).resolves.toMatch(/could not be followed exactly/);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).resolves.toBeNull();
      expect(await page.locator('.notices img, .notices script').count()).toBe(0);
      expect(errors, path.slice(0, 80)).toEqual([]);
      await context.close();
    });
  });
});

describe('link previews', () => {
  for (const scene of ['hall', 'pretreatment', 'process-floor']) {
    it(`/t/processum/${scene}/ has og tags with a preview image and boots at its scene`, async () => {
      const html = await (await fetch(`${appUrl}/t/processum/${scene}/`)).text();
      const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta('og:title')).toMatch(/RISE Processum/);
      expect(meta('og:description')?.length).toBeGreaterThan(20);
      const image = meta('og:image') as string;
      expect(image).toBe(`/t/processum/${scene}/preview.jpg`);
      const preview = await fetch(`${appUrl}${image}`);
      expect(preview.headers.get('content-type')).toBe('image/jpeg');
      const { width, height } = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
      expect([width, height]).toEqual([1200, 630]);

      const { page, context, errors } = await openPage(session, `${appUrl}/t/processum/${scene}/`);
      await waitForScene(page, scene);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
