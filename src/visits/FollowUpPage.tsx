/**
 * `/v/<code>/follow-up`: after the visit, for everyone with its code — the
 * self-guided link to each of the visit's tours and the questions answered
 * during it, each with where it was asked and a link to that very view.
 */
import { FollowUpAnswer, request, visitUrl } from './api';
import { failureText } from './failureText';
import { placeName } from './live/placeName';
import { localize } from '../tour/text';
import { fill } from './strings';
import { useAnswer } from './useAnswer';
import { useTourPlaces } from './useTourPlaces';
import { useVisitText } from './useVisitText';
import { VisitShell } from './VisitShell';

export default function FollowUpPage({ code }: { code: string }) {
  const { t, language } = useVisitText();
  const [answer] = useAnswer(code, () => request(`${visitUrl(code)}/follow-up`, {}, FollowUpAnswer));
  const ids = answer?.ok ? [...answer.data.tours.map((tour) => tour.id), ...answer.data.questions.map((q) => q.where.tour)] : [];
  const tours = useTourPlaces(ids);
  if (!answer) return <VisitShell heading={t.loading} page="follow-up" state="loading">{null}</VisitShell>;
  if (!answer.ok) {
    return (
      <VisitShell heading={t.followUp} page="follow-up" state="error">
        <p role="alert">{failureText(answer, t, 'guest')}</p>
      </VisitShell>
    );
  }
  const f = answer.data;
  const several = f.tours.length > 1;
  return (
    <VisitShell heading={f.title} page="follow-up">
      <p>{f.ended ? t.followUpIntro : t.followUpNotYet}</p>
      <ul className="visits__links" data-follow-up-tours>
        {f.tours.map((tour, i) => {
          const title = tours[tour.id]?.title;
          return (
            <li key={tour.id}>
              <a className="visits__button" href={tour.url} data-self-guided={tour.id}>
                {several ? fill(t.exploreTourN, { n: i + 1 }) : t.exploreTour}
                {title ? `: ${localize(title, language, tours[tour.id]?.defaultLanguage ?? 'en')}` : ''}
              </a>
            </li>
          );
        })}
      </ul>
      <h2>{t.answeredQuestions}</h2>
      {f.questions.length === 0 ? (
        <p>{t.noAnswered}</p>
      ) : (
        <ol className="visits__answered" data-answered-questions>
          {f.questions.map((q) => {
            const place = placeName(tours[q.where.tour], q.where, language);
            return (
              <li key={q.id} data-answered-question={q.id}>
                <p className="visits__question">{q.text}</p>
                <p className="visits__hint">
                  {place && <>{fill(t.askedAt, { place })} · </>}
                  <a href={q.viewUrl}>{t.seeWhere}</a> · {fill(t.votesN, { n: q.votes })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </VisitShell>
  );
}
