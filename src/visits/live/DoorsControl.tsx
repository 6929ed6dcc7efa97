/** For speakers while the doors are closed: that this is a rehearsal, and Open doors. */
import { useRequest } from './useRequest';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function DoorsControl() {
  const t = useVisitLiveText();
  const { actions } = useVisitLiveContext();
  const open = useVisitLive((s) => s.doorsOpen);
  const welcomed = useVisitLive((s) => s.welcomed);
  const { busy, problem, run } = useRequest();
  if (!welcomed || open) return null;
  return (
    <div className="visit-live__doors" data-visit-doors="closed">
      <span>{t.rehearsal}</span>
      <button type="button" className="visit-live__primary" disabled={busy} onClick={() => void run(() => actions.openDoors())} data-open-doors>
        {busy ? t.opening : t.openDoors}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </div>
  );
}
