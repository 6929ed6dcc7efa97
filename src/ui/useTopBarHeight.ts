/**
 * Publishes the top bar's height as the CSS variable `--topbar-height` on the
 * document, so panels (cards, share, notices) start below it however many rows
 * the bar wraps to on a narrow screen or in a long language. Set through
 * CSSOM, which the strict CSP allows (inline style attributes it does not).
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useTopBarHeight(header: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--topbar-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--topbar-height');
    };
  }, [header]);
}
