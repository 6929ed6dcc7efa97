/** The time now, renewed every `everyMs` while the component is shown (for countdowns and polling). */
import { useEffect, useState } from 'react';

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Calls `run` every `everyMs` (null: not at all) while the component is shown. */
export function useEvery(everyMs: number | null, run: () => void): void {
  useEffect(() => {
    if (everyMs === null) return;
    const timer = setInterval(run, everyMs);
    return () => clearInterval(timer);
    // `run` may be a new function each render; the interval is what decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [everyMs]);
}
