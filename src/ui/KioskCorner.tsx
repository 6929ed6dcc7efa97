/** Loads attract mode (its own chunk, src/kiosk/) only in kiosk mode. */
import { lazy, Suspense } from 'react';
import type { KioskSettings } from '../kiosk/settings';

const Attract = lazy(() => import('../kiosk/Attract'));

export function KioskCorner({ kiosk }: { kiosk: KioskSettings | null }) {
  if (!kiosk) return null;
  return (
    <Suspense fallback={null}>
      <Attract idleSeconds={kiosk.idleSeconds} />
    </Suspense>
  );
}
