import { inject, it } from 'vitest';
import { openPage, waitForScene } from './harness';
import { browserPerFile } from './session';
const appUrl = inject('appUrl');
const session = browserPerFile();
it('debug', { timeout: 200_000 }, async () => {
  const { page, errors } = await openPage(session, `${appUrl}/t/guided/hall?lang=sv`, { viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => console.log('console', m.text()));
  await waitForScene(page, 'hall', 'ready', 120_000);
  await page.getByRole('button', { name: 'Spela upp guiden', exact: true }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 12; i++) {
    const s = await page.evaluate(() => { const p = document.querySelector('.guide-player'); const st = (window as any).__sitevisit.store.getState(); return [p?.getAttribute('data-step'), p?.getAttribute('data-time'), p?.getAttribute('data-playing'), document.querySelector('[data-caption]')?.textContent, JSON.stringify(st.lastChange), st.sceneId, st.sceneStatus, document.querySelector('.guide-player__note')?.textContent]; });
    console.log(JSON.stringify(s));
    await page.waitForTimeout(500);
  }
  console.log(errors);
});
