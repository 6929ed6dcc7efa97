/** For speakers: a new poll, its question and 2–6 options, opened at once. */
import { useId, useState, type FormEvent } from 'react';
import { MAX_POLL_OPTION_CHARS, MAX_POLL_OPTIONS, MAX_POLL_QUESTION_CHARS, MIN_POLL_OPTIONS } from '../../protocol/visitLive';
import { fill } from '../strings';
import { useRequest } from './useRequest';
import { useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function PollForm() {
  const t = useVisitLiveText();
  const id = useId();
  const { actions } = useVisitLiveContext();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [missing, setMissing] = useState<string | null>(null);
  const { busy, problem, run } = useRequest();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = options.map((o) => o.trim()).filter(Boolean);
    const lack = !question.trim() ? t.pollQuestionMissing : given.length < MIN_POLL_OPTIONS ? t.pollOptionsMissing : null;
    setMissing(lack);
    if (lack) return;
    if (await run(() => actions.openPoll(question.trim(), given))) {
      setQuestion('');
      setOptions(['', '']);
    }
  };
  return (
    <form className="visit-live__poll-form" onSubmit={(e) => void submit(e)} data-poll-form noValidate>
      <h4>{t.newPoll}</h4>
      <label htmlFor={`${id}-q`}>{t.pollQuestion}</label>
      <input id={`${id}-q`} value={question} maxLength={MAX_POLL_QUESTION_CHARS} onChange={(e) => setQuestion(e.target.value)} />
      {options.map((option, i) => (
        <div key={i} className="visit-live__option-row">
          <label htmlFor={`${id}-o${i}`}>{fill(t.optionN, { n: i + 1 })}</label>
          <input
            id={`${id}-o${i}`}
            value={option}
            maxLength={MAX_POLL_OPTION_CHARS}
            onChange={(e) => setOptions((all) => all.map((o, j) => (j === i ? e.target.value : o)))}
          />
          {options.length > MIN_POLL_OPTIONS && (
            <button type="button" onClick={() => setOptions((all) => all.filter((_, j) => j !== i))}>
              {fill(t.removeOptionN, { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {options.length < MAX_POLL_OPTIONS && (
        <button type="button" onClick={() => setOptions((all) => [...all, ''])}>
          {t.addOption}
        </button>
      )}
      <button type="submit" className="visit-live__primary" disabled={busy} data-open-poll>
        {t.openPoll}
      </button>
      <p role="alert" className="visit-live__outcome">
        {missing ?? problem ?? ''}
      </p>
    </form>
  );
}
