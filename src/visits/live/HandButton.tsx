/** For guests: raise or lower their hand (a toggle; the speakers see the list). */
import { useRequest } from './useRequest';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function HandButton() {
  const t = useVisitLiveText();
  const { actions } = useVisitLiveContext();
  const raised = useVisitLive((s) => s.handRaised);
  const { busy, problem, run } = useRequest();
  return (
    <>
      <button type="button" aria-pressed={raised} disabled={busy} onClick={() => void run(() => actions.hand(!raised))} data-raise-hand>
        <span aria-hidden="true">✋ </span>
        {t.raiseHand}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </>
  );
}
