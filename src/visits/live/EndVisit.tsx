/**
 * For speakers once the doors are open: End visit, asked twice (it ends the
 * visit for everyone and cannot be undone). The second step takes the focus
 * so a keyboard user lands on it.
 */
import { useEffect, useRef, useState } from 'react';
import { useRequest } from './useRequest';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function EndVisit() {
  const t = useVisitLiveText();
  const { actions } = useVisitLiveContext();
  const open = useVisitLive((s) => s.doorsOpen);
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const { busy, problem, run } = useRequest();
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!open) return null;
  return (
    <section aria-labelledby="visit-live-end" data-end-visit>
      <h3 id="visit-live-end">{t.endVisit}</h3>
      {asking ? (
        <p className="visit-live__actions">
          <span>{t.endVisitConfirm}</span>{' '}
          <button ref={confirm} type="button" className="visit-live__primary" disabled={busy} onClick={() => void run(() => actions.endVisit())} data-end-visit-confirm>
            {t.endNow}
          </button>
          <button type="button" disabled={busy} onClick={() => setAsking(false)}>
            {t.keepGoing}
          </button>
        </p>
      ) : (
        <p className="visit-live__actions">
          <button type="button" onClick={() => setAsking(true)} data-end-visit-ask>
            {t.endVisit}
          </button>
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
