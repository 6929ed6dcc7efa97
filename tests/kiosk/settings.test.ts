/** `?kiosk=1` and its idle time. */
import { expect, it } from 'vitest';
import { DEFAULT_IDLE_SECONDS, kioskSettings } from '../../src/kiosk/settings';

it('reads kiosk=1 with an idle time of 2–3600 s, else the default; anything else is no kiosk', () => {
  expect(kioskSettings('https://x.example/t/a/b')).toBeNull();
  expect(kioskSettings('https://x.example/t/a/b?kiosk=yes')).toBeNull();
  expect(kioskSettings('https://x.example/t/a/b?kiosk=1')).toEqual({ idleSeconds: DEFAULT_IDLE_SECONDS });
  expect(kioskSettings('https://x.example/?kiosk=1&idle=30')).toEqual({ idleSeconds: 30 });
  for (const idle of ['1', '0.5', '-4', '99999', 'soon']) expect(kioskSettings(`https://x.example/?kiosk=1&idle=${idle}`)).toEqual({ idleSeconds: 60 });
});
