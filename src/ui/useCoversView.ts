/**
 * Tells the marker layer which parts of the view the controls inside
 * `container` cover (see coveredAreas.ts). Measured after the controls change
 * size, appear, disappear or the window resizes, at most once per frame; only
 * visible controls count (the folded phone menu is `visibility: hidden`).
 */
import { useLayoutEffect, type RefObject } from 'react';
import { setCoveredAreas } from '../viewer/hotspots/coveredAreas';
import type { Box } from '../viewer/hotspots/labelPlacement';

const CONTROLS = 'button, a[href], select, input, summary, [tabindex]:not([tabindex="-1"])';

export function useCoversView(container: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const source = {};
    const measure = () => {
      const boxes: Box[] = [];
      for (const control of element.querySelectorAll<HTMLElement>(CONTROLS)) {
        if (!control.checkVisibility({ visibilityProperty: true })) continue;
        const r = control.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) boxes.push({ x: r.left, y: r.top, w: r.width, h: r.height });
      }
      setCoveredAreas(source, boxes);
    };
    let frame = 0;
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), measure()));
    };
    const resizes = new ResizeObserver(schedule);
    const watchControls = () => {
      resizes.disconnect();
      resizes.observe(element);
      for (const control of element.querySelectorAll(CONTROLS)) resizes.observe(control);
    };
    const mutations = new MutationObserver(() => (watchControls(), schedule()));
    mutations.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'data-open', 'aria-expanded', 'class'] });
    window.addEventListener('resize', schedule);
    watchControls();
    measure();
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
      setCoveredAreas(source, []);
    };
  }, [container]);
}
