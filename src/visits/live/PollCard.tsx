/**
 * One poll: its question and options with live results (a <meter> per option:
 * the CSP allows no inline styles, and a meter is read out as a value).
 * Guests vote once while it is open; speakers close it.
 */
import { useId } from 'react';
import type { Poll } from '../../protocol/visitLive';
import { fill } from '../strings';
import { useRequest } from './useRequest';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function PollCard({ poll }: { poll: Poll }) {
  const t = useVisitLiveText();
  const id = useId();
  const { actions, store } = useVisitLiveContext();
  const role = useVisitLive((s) => s.role);
  const mine = useVisitLive((s) => s.myPollVotes[poll.id]);
  const { busy, problem, run } = useRequest();
  const total = poll.counts.reduce((a, b) => a + b, 0);
  const canVote = role === 'guest' && poll.open && mine === undefined;
  const vote = async (option: number) => {
    if (await run(() => actions.pollVote(poll.id, option))) store.setState((s) => ({ myPollVotes: { ...s.myPollVotes, [poll.id]: option } }));
  };
  return (
    <li className="visit-live__poll" data-poll={poll.id} data-poll-open={poll.open}>
      <p className="visit-live__text" id={`${id}-q`}>
        {poll.question} <span className="visit-live__tag">{poll.open ? t.pollOpen : t.pollClosed}</span>
      </p>
      <ul className="visit-live__options" aria-labelledby={`${id}-q`}>
        {poll.options.map((option, i) => (
          <li key={i} data-poll-option={i}>
            {canVote ? (
              <button type="button" disabled={busy} onClick={() => void vote(i)} data-poll-vote={i}>
                {t.vote}: {option}
              </button>
            ) : (
              <span id={`${id}-o${i}`}>
                {option}
                {mine === i && <> ({t.yourVote})</>}
              </span>
            )}{' '}
            <meter min={0} max={Math.max(total, 1)} value={poll.counts[i] ?? 0} aria-labelledby={canVote ? undefined : `${id}-o${i}`} aria-label={canVote ? option : undefined} />{' '}
            <span data-poll-count={poll.counts[i] ?? 0}>{fill(t.result, { n: poll.counts[i] ?? 0, total })}</span>
          </li>
        ))}
      </ul>
      {role === 'speaker' && poll.open && (
        <button type="button" disabled={busy} onClick={() => void run(() => actions.closePoll(poll.id))} data-close-poll>
          {t.closePoll}
        </button>
      )}
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
