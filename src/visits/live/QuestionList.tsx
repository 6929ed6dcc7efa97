/** The questions in queue order (most votes first); answered ones (and, for speakers, hidden ones) below. */
import { useShallow } from 'zustand/react/shallow';
import { queueOrder } from './visitLiveState';
import { QuestionItem } from './QuestionItem';
import type { SitePlaces } from './sitePlaces';
import { useVisitLive } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

/** `places`: the visit's tours by id, to name where a question asked in another tour was asked. */
export function QuestionList({ places }: { places: SitePlaces }) {
  const t = useVisitLiveText();
  const speaker = useVisitLive((s) => s.role === 'speaker');
  const open = useVisitLive(useShallow((s) => queueOrder(s.questions, ['open'])));
  const done = useVisitLive(useShallow((s) => queueOrder(s.questions, speaker ? ['answered', 'hidden'] : ['answered'])));
  return (
    <section aria-labelledby="visit-live-questions" data-question-list>
      <h3 id="visit-live-questions">
        {t.questions} ({open.length})
      </h3>
      {open.length === 0 && <p className="visit-live__empty">{t.noQuestions}</p>}
      <ol className="visit-live__list">
        {open.map((q) => (
          <QuestionItem key={q.id} question={q} places={places} />
        ))}
      </ol>
      {done.length > 0 && (
        <details>
          <summary>
            {t.answeredQuestions} ({done.length})
          </summary>
          <ol className="visit-live__list">
            {done.map((q) => (
              <QuestionItem key={q.id} question={q} places={places} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
