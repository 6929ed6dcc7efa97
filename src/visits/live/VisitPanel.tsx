/**
 * The live visit's panel: for speakers the sites of a multi-site visit, the
 * roster, hands, the question queue and polls; for guests Ask a question, open polls and the questions. A dialog
 * beside the tour (at the bottom on phones): Esc or × closes it and focus
 * returns to its button.
 */
import { useRef } from 'react';
import { useTour } from '../../state/hooks';
import { useShallow } from 'zustand/react/shallow';
import { useDialogFocus } from '../../ui/useDialogFocus';
import { AskQuestion } from './AskQuestion';
import { PollCard } from './PollCard';
import { PollForm } from './PollForm';
import { QuestionList } from './QuestionList';
import { Hands, Roster } from './Roster';
import { Sites } from './Sites';
import { EndVisit } from './EndVisit';
import { useTourPlaces } from '../useTourPlaces';
import { pollOrder } from './visitLiveState';
import { useVisitLive } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function VisitPanel({ onClose }: { onClose(): void }) {
  const t = useVisitLiveText();
  const speaker = useVisitLive((s) => s.role === 'speaker');
  const language = useTour((s) => s.language);
  // The visit's tours by name: which site is on, where a question asked in another tour was asked.
  const tours = useVisitLive((s) => s.tours);
  const places = useTourPlaces(tours.length > 1 ? tours : []);
  const dialog = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useDialogFocus('visit-panel', dialog, heading, onClose);
  const title = speaker ? t.speakerPanel : t.questionsAndPolls;
  return (
    <section ref={dialog} className="visit-live__panel" role="dialog" lang={language} aria-labelledby="visit-live-panel-title" data-visit-panel={speaker ? 'speaker' : 'guest'}>
      <header className="visit-live__panel-header">
        <h2 id="visit-live-panel-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="visit-live__close" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </header>
      {speaker ? (
        <>
          <Sites places={places} />
          <Roster />
          <Hands />
          <QuestionList places={places} />
          <Polls speaker />
          <EndVisit />
        </>
      ) : (
        <>
          <AskQuestion />
          <Polls speaker={false} />
          <QuestionList places={places} />
        </>
      )}
    </section>
  );
}

function Polls({ speaker }: { speaker: boolean }) {
  const t = useVisitLiveText();
  // Guests see the open polls and the closed ones' results; speakers all of them and the form.
  const polls = useVisitLive(useShallow((s) => pollOrder(s.polls)));
  if (!speaker && polls.length === 0) return null;
  return (
    <section aria-labelledby="visit-live-polls" data-polls>
      <h3 id="visit-live-polls">{t.polls}</h3>
      {speaker && <PollForm />}
      <ul className="visit-live__list">
        {polls.map((p) => (
          <PollCard key={p.id} poll={p} />
        ))}
      </ul>
    </section>
  );
}
