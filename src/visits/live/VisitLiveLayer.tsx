/**
 * What a booked visit adds to its live page (a chunk of its own, loaded only
 * for a visit's speakers and guests): the `visit` event's store and actions,
 * and in the live dock — for speakers the rehearsal notice with Open doors and
 * the speaker panel's button; for guests Raise hand, a new poll's notice and
 * the Questions and polls button.
 */
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LiveSession } from '../../live/start';
import { fill } from '../strings';
import { DoorsControl } from './DoorsControl';
import { VisitEnded } from './VisitEnded';
import { HandButton } from './HandButton';
import { VisitPanel } from './VisitPanel';
import type { VisitLiveSession } from './startVisitLive';
import { VisitLiveContext, useVisitLive, type VisitLive } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';
import './visitLive.css';

export default function VisitLiveLayer({ session, visit }: { session: LiveSession; visit: VisitLiveSession }) {
  const value = useMemo<VisitLive>(() => ({ ...visit, session }), [visit, session]);
  return (
    <VisitLiveContext.Provider value={value}>
      <Dock />
    </VisitLiveContext.Provider>
  );
}

function Dock() {
  const t = useVisitLiveText();
  const role = useVisitLive((s) => s.role);
  const waiting = useVisitLive((s) => s.role === 'guest' && !s.doorsOpen);
  const openQuestions = useVisitLive((s) => Object.values(s.questions).filter((q) => q.status === 'open').length);
  const ended = useVisitLive((s) => s.ended);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  // Before any role: a page refused because the visit ended while it was away never hears `visit-welcome`.
  if (ended) return <VisitEnded />;
  if (!role) return null;
  const label = role === 'speaker' ? t.speakerPanel : t.questionsAndPolls;
  return (
    <div className="visit-live" data-visit-live={role}>
      {role === 'speaker' && <DoorsControl />}
      {waiting && <p role="status">{t.waitingForDoors}</p>}
      <div className="visit-live__row">
        {role === 'guest' && <HandButton />}
        {role === 'guest' && <PollNotice onOpen={() => setOpen(true)} />}
        <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-visit-panel-toggle>
          {label} <span className="visit-live__count">{openQuestions}</span>
        </button>
      </div>
      {/* Out of the dock: the dock is transformed, which would make the panel's fixed position the dock's. */}
      {open && createPortal(<VisitPanel onClose={close} />, document.querySelector<HTMLElement>('#root > .app') ?? document.body)}
    </div>
  );
}

/** A guest's notice of the newest open poll they have not voted in; it opens the panel. */
function PollNotice({ onOpen }: { onOpen(): void }) {
  const t = useVisitLiveText();
  const question = useVisitLive((s) => Object.values(s.polls).find((p) => p.open && s.myPollVotes[p.id] === undefined)?.question ?? null);
  if (!question) return null;
  return (
    <button type="button" className="visit-live__primary" onClick={onOpen} data-poll-notice>
      {fill(t.newPollNotice, { question })}
    </button>
  );
}
