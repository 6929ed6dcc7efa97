/**
 * Tells when an <img>, <audio> or <video> cannot load its source, also when it failed before React
 * put it on the page. React drops an element's `error` event that comes before the element is
 * committed (react-dom treats it as an event on a tree that is not mounted), and a busy page makes
 * that likely: a render that yields to the browser lets a quick 404 through first. The visitor was
 * then left with an empty player and no word of why. So the element's own state is read once it
 * is mounted, and its `error` event listened to from then on.
 */
import { useEffect, useEffectEvent, useState } from 'react';

type Loading = HTMLImageElement | HTMLMediaElement;

/** Whether the element's current source has already failed (a broken image has no size once complete). */
const hasFailed = (element: Loading) => (element instanceof HTMLImageElement ? element.complete && element.naturalWidth === 0 : element.error !== null);

/** A ref for the element showing `src`; `onFail(src)` is called once its loading fails. */
export function useSourceFailure(src: string | null, onFail: (src: string) => void): (element: Loading | null) => void {
  const [element, setElement] = useState<Loading | null>(null);
  const fail = useEffectEvent(onFail);
  useEffect(() => {
    if (!element || !src) return;
    const failed = () => fail(src);
    element.addEventListener('error', failed);
    if (hasFailed(element)) failed();
    return () => element.removeEventListener('error', failed);
  }, [element, src]);
  return setElement;
}
