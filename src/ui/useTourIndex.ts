import { useEffect, useState } from 'react';
import { fetchTourIndex, tourIndexUrl, type TourIndex } from '../tour/tourIndex';

/** The site's tour list, fetched once `enabled`; `undefined` while loading, null when unavailable. */
export function useTourIndex(enabled = true): { index: TourIndex | null | undefined; url: string } {
  const [index, setIndex] = useState<TourIndex | null | undefined>(undefined);
  const url = tourIndexUrl();
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    void fetchTourIndex(url, abort.signal).then((result) => {
      if (!abort.signal.aborted) setIndex(result);
    });
    return () => abort.abort();
  }, [enabled, url]);
  return { index, url };
}
