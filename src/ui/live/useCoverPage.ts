/**
 * A page that covers the viewer once a live tour or a visit is over: the app
 * under it is inert (a keyboard or screen reader meets only the cover) and
 * the cover's heading takes the focus; both undone when it goes.
 */
import { useEffect, type RefObject } from 'react';

export function useCoverPage(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = document.getElementById('root');
    const wasInert = root?.inert ?? false;
    if (root) root.inert = true;
    heading.current?.focus();
    return () => {
      if (root) root.inert = wasInert;
    };
  }, [heading]);
}
