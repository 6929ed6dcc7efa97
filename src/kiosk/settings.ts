/**
 * Kiosk mode (`?kiosk=1`, for a screen in a lobby or at a fair): after
 * `idle` seconds without input (`&idle=N`, default 60) the tour plays its
 * first guide, or slowly turns the view; any touch gives control back.
 * Share and live controls are hidden. Pure: read once at start.
 */
export interface KioskSettings {
  /** Seconds without input before the tour plays by itself. */
  idleSeconds: number;
}

export const DEFAULT_IDLE_SECONDS = 60;

export function kioskSettings(href: string): KioskSettings | null {
  const params = new URL(href).searchParams;
  if (params.get('kiosk') !== '1') return null;
  const idle = Number(params.get('idle'));
  return { idleSeconds: Number.isInteger(idle) && idle >= 2 && idle <= 3600 ? idle : DEFAULT_IDLE_SECONDS };
}
