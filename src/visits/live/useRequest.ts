/** Runs one visit request at a time for a control: busy while it runs, then the refusal in the reader's words (or nothing). */
import { useCallback, useState } from 'react';
import type { Outcome } from './bindVisitLive';
import { refusalText, useVisitLiveText } from './visitLiveText';

export function useRequest(): { busy: boolean; problem: string | null; run(request: () => Promise<Outcome>): Promise<boolean> } {
  const t = useVisitLiveText();
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const run = useCallback(async (request: () => Promise<Outcome>) => {
    setBusy(true);
    setReason(null);
    const outcome = await request();
    setBusy(false);
    if (!outcome.ok) setReason(outcome.reason);
    return outcome.ok;
  }, []);
  return { busy, problem: reason === null ? null : refusalText(t, reason), run };
}
