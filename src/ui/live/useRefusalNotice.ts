/**
 * A presenter whose messages the server refuses is told in the app's notices (src/ui/SceneStatus.tsx, a polite
 * live region), in their language: one notice while the cause lasts (src/live/refusals.ts), replaced when the
 * cause changes, gone once it is over.
 */
import { useEffect } from 'react';
import type { LiveSession } from '../../live/start';
import { useActions, useTour } from '../../state/hooks';
import { refusalText } from './refusalTexts';
import { useLive } from './useLive';

/** The cause of the one notice about a live refusal. */
export const LIVE_REFUSAL = 'live-refusal';

export function useRefusalNotice(session: LiveSession): void {
  const refusal = useLive(session.status, (s) => s.refusal);
  const language = useTour((s) => s.language);
  const { notify, dismissCause } = useActions();
  useEffect(() => {
    if (!refusal) return;
    notify(refusalText(refusal, language), 'warning', LIVE_REFUSAL);
    return () => dismissCause(LIVE_REFUSAL);
  }, [refusal, language, notify, dismissCause]);
}
