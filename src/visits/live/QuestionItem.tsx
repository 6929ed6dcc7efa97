/**
 * One question: its text (as text, never HTML), where it was asked, its votes;
 * for guests Vote up, for speakers Go there, Mark answered / Open again, Hide.
 */
import { useState } from 'react';
import { useTour, useTourStore } from '../../state/hooks';
import type { Question } from '../../protocol/visitLive';
import { fill } from '../strings';
import { usePluralOne } from '../../ui/live/liveStrings';
import { goThere } from './goThere';
import { placeName } from './placeName';
import { siteName, type SitePlaces } from './sitePlaces';
import { useRequest } from './useRequest';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function QuestionItem({ question, places }: { question: Question; places: SitePlaces }) {
  const t = useVisitLiveText();
  const one = usePluralOne();
  const here = useTour((s) => placeName(s.tour, question.where, s.language));
  // Asked in another tour of a multi-site visit: the place and that tour's name, from its file.
  const elsewhere = useTour((s) => (here === null ? placeName(places[question.where.tour], question.where, s.language) : null));
  const tourName = useTour((s) => siteName(places, question.where.tour, s.language));
  const role = useVisitLive((s) => s.role);
  const mine = useVisitLive((s) => s.you === question.asker);
  const voted = useVisitLive((s) => s.myVotes.includes(question.id));
  return (
    <li className="visit-live__question" data-question={question.id} data-question-status={question.status}>
      <p className="visit-live__text">{question.text}</p>
      <p className="visit-live__meta">
        <span data-asked-at>{here ? fill(t.askedAt, { place: here }) : elsewhere ? fill(t.askedAtIn, { place: elsewhere, tour: tourName }) : t.askedElsewhere}</span>
        {' · '}
        <span data-votes={question.votes}>{fill(one(question.votes) ? t.voteOne : t.voteOther, { n: question.votes })}</span>
        {question.status === 'answered' && <> · {t.answered}</>}
        {question.status === 'hidden' && <> · {t.hidden}</>}
        {mine && <> · {t.yours}</>}
      </p>
      {role === 'guest' && !mine && question.status === 'open' && <VoteButton id={question.id} voted={voted} />}
      {role === 'speaker' && <SpeakerActions question={question} />}
    </li>
  );
}

function VoteButton({ id, voted }: { id: string; voted: boolean }) {
  const t = useVisitLiveText();
  const { actions, store } = useVisitLiveContext();
  const { busy, problem, run } = useRequest();
  const vote = async () => {
    // The count comes back for everyone; this guest's own mark is kept here (the snapshot carries it on reconnect).
    if (await run(() => actions.vote(id))) store.setState((s) => ({ myVotes: [...s.myVotes, id] }));
  };
  return (
    <p className="visit-live__actions">
      <button type="button" aria-pressed={voted} disabled={voted || busy} onClick={() => void vote()} data-vote-up>
        {voted ? t.voted : t.voteUp}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </p>
  );
}

function SpeakerActions({ question }: { question: Question }) {
  const t = useVisitLiveText();
  const { actions, session } = useVisitLiveContext();
  const tourStore = useTourStore();
  const { busy, problem, run } = useRequest();
  const [where, setWhere] = useState<string | null>(null);
  const go = async () => {
    setWhere(null);
    const result = await goThere(tourStore, session, question.where);
    if (result === 'no-tour') setWhere(t.goThereNoTour);
    if (result === 'no-control') setWhere(t.goThereNoControl);
  };
  return (
    <p className="visit-live__actions">
      <button type="button" className="visit-live__primary" onClick={() => void go()} data-go-there>
        {t.goThere}
      </button>
      {question.status === 'open' ? (
        <button type="button" disabled={busy} onClick={() => void run(() => actions.mark(question.id, 'answered'))} data-mark-answered>
          {t.markAnswered}
        </button>
      ) : (
        <button type="button" disabled={busy} onClick={() => void run(() => actions.mark(question.id, 'open'))} data-reopen>
          {t.reopen}
        </button>
      )}
      {question.status !== 'hidden' && (
        <button type="button" disabled={busy} onClick={() => void run(() => actions.mark(question.id, 'hidden'))} data-hide>
          {t.hide}
        </button>
      )}
      {(problem ?? where) && <span role="alert">{problem ?? where}</span>}
    </p>
  );
}
