/**
 * The view the app will open a panorama at, read from the page before the app has run, so the start
 * script's first frame (earlyPaint.ts) is the app's first frame too: a quick view's start; on a scene's
 * page (`<meta name="sitevisit-start-view">`, server/share/startHints.ts), the link's own view
 * (`v=yaw,pitch,fov`, shown as it is), else the scene's start view. Start views are refitted to an
 * upright screen as the app refits them. Null when the app would open somewhere else first (a guide
 * resumed at a step) or the page does not say.
 */
import { panoramaForAspect } from '../viewer/panorama/portraitFraming';
import { PANORAMA_FOV } from '../state/viewLimits';
import type { PaintView } from './earlyPaint';

/** Quick view's start (src/tour/quickView.ts). */
const QUICK_VIEW_START: PaintView = { yaw: 0, pitch: 0, fov: 75 };

function numbers(text: string | null | undefined, count: number): number[] | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  return parts.length === count && parts.every(Number.isFinite) ? parts : null;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const asView = (n: number[] | null): PaintView | null => (n ? { yaw: n[0] as number, pitch: n[1] as number, fov: n[2] as number } : null);

/** `aspect`: the view's width / height. */
export function earlyView(location: Pick<Location, 'href'>, document: Pick<Document, 'querySelector'>, aspect: number): PaintView | null {
  const url = new URL(location.href);
  if (url.searchParams.has('guide')) return null;
  // A quick view opens at its start whatever else the address says (src/app/boot.ts).
  if (url.searchParams.has('panorama')) return panoramaForAspect(QUICK_VIEW_START, aspect);
  const meta = document.querySelector<HTMLMetaElement>('meta[name="sitevisit-start-view"]');
  if (!meta) return null;
  const linked = url.searchParams.get('v');
  if (linked !== null) {
    const view = asView(numbers(linked, 3));
    // Held within the limits the store holds a linked view to (src/state/view.ts).
    return view && { yaw: view.yaw, pitch: clamp(view.pitch, -90, 90), fov: clamp(view.fov, PANORAMA_FOV.min, PANORAMA_FOV.max) };
  }
  const start = asView(numbers(meta.content, 3));
  return start ? panoramaForAspect(start, aspect) : null;
}
