/**
 * What a visitor on a small screen would trip over, measured in the page: a
 * control (or live status pill) outside the viewport, under another element
 * (`elementFromPoint` at its centre and four inner points), or smaller than a
 * 44 px touch target. Hotspot markers sit at 3D positions and are checked for
 * size only. A control inside a scrolling panel is first scrolled into the
 * panel's view, as the visitor would; one covered by an open dialog (card,
 * share panel) or menu is meant to be, and one made inert (under an ended
 * tour's or visit's cover page) cannot be used at all.
 */
import type { Page } from 'playwright-core';

export async function layoutProblems(page: Page, { touch = true } = {}): Promise<string[]> {
  return page.evaluate((touch) => {
    const W = innerWidth;
    const H = innerHeight;
    const problems: string[] = [];
    const label = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} "${(e.textContent ?? '').trim().slice(0, 32)}"` : 'nothing');
    const scroller = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const { overflowY, overflowX } = getComputedStyle(p);
        if (/(auto|scroll)/.test(overflowY + overflowX) && (p.scrollHeight > p.clientHeight || p.scrollWidth > p.clientWidth)) return p;
      }
      return null;
    };
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, .live__status, .live__following, .live__people');
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || el.closest('[aria-hidden="true"], [inert]')) continue;
      const interactive = !el.matches('.live__status, .live__following, .live__people');
      let r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden until focused (the skip link)
      const marker = el.closest('.hotspot') !== null;
      const inlineLink = el.tagName === 'A' && el.closest('.card__body, p') !== null;
      if (touch && interactive && !inlineLink && (r.width < 43.5 || r.height < 43.5) && !(marker && (r.right < 0 || r.left > W || r.bottom < 0 || r.top > H))) {
        problems.push(`smaller than 44 px: ${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      if (marker) continue;
      const panel = scroller(el);
      if (panel) {
        const p = panel.getBoundingClientRect();
        // To the panel's middle: clear of its sticky header.
        panel.scrollTop += r.top + r.height / 2 - (p.top + p.height / 2);
        r = el.getBoundingClientRect();
      }
      if (r.left < -0.5 || r.top < -0.5 || r.right > W + 0.5 || r.bottom > H + 0.5) {
        problems.push(`outside the ${W}×${H} viewport: ${label(el)} at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`);
        continue;
      }
      for (const [fx, fy] of [[0.5, 0.5], [0.25, 0.3], [0.75, 0.3], [0.25, 0.7], [0.75, 0.7]] as const) {
        const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
        if (hit && (el === hit || el.contains(hit))) continue;
        const overlay = hit?.closest('[role=dialog], .topbar__tools[data-open], .scenes[data-open] ul');
        if (overlay && !overlay.contains(el)) continue;
        problems.push(`covered: ${label(el)} by ${label(hit)}`);
        break;
      }
    }
    if (document.documentElement.scrollTop || document.body.scrollTop || (document.getElementById('root')?.scrollTop ?? 0)) problems.push('the page itself scrolled');
    return problems;
  }, touch);
}

/** Two visible elements that overlap (e.g. the share panel on an open card). */
export async function overlapping(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const [x, y] = [document.querySelector(a), document.querySelector(b)];
      if (!x || !y || !x.checkVisibility({ visibilityProperty: true }) || !y.checkVisibility({ visibilityProperty: true })) return false;
      const [p, q] = [x.getBoundingClientRect(), y.getBoundingClientRect()];
      return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
    },
    [a, b] as const,
  );
}
