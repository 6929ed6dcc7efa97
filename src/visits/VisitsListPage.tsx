/**
 * `/visits` (and `/visits/<id>`, the organiser link of one visit): the
 * organiser's upcoming and past visits with their registrations, waiting
 * list and attendance, each with its registration page and attendance CSV.
 */
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import { needsToken, request, VisitSummary } from './api';
import { failureText } from './failureText';
import { signed } from './organizerAuth';
import { TokenForm } from './TokenForm';
import { useAnswer } from './useAnswer';
import { useVisitText } from './useVisitText';
import { VisitRow } from './VisitRow';
import { VisitShell } from './VisitShell';

const VisitList = z.array(VisitSummary);

export default function VisitsListPage({ focus }: { focus: string | null }) {
  const { t } = useVisitText();
  const [signedIn, setSignedIn] = useState(0);
  const [list] = useAnswer(String(signedIn), () => request('/api/visits', signed(), VisitList));
  useEffect(() => {
    if (focus && list?.ok) document.querySelector(`[data-visit-id="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus, list]);
  const heading = t.visits;
  if (!list) return <VisitShell heading={heading} page="list" state="loading">{null}</VisitShell>;
  if (!list.ok && needsToken(list)) {
    return (
      <VisitShell heading={heading} page="list" state="sign-in">
        <TokenForm wrong={list.token === 'wrong'} onToken={() => setSignedIn((n) => n + 1)} />
      </VisitShell>
    );
  }
  if (!list.ok) {
    return (
      <VisitShell heading={heading} page="list" state="error">
        <p role="alert">{failureText(list, t, 'organiser')}</p>
      </VisitShell>
    );
  }
  const now = Date.now();
  // The server knows whether a visit still runs in its overrun; an older one does not say, and then the end decides.
  const isPast = (v: VisitSummary) => v.ended ?? new Date(v.startsAt).getTime() + v.durationMinutes * 60_000 <= now;
  const groups = [
    { key: 'upcoming', title: t.upcoming, visits: list.data.filter((v) => !isPast(v)) },
    { key: 'past', title: t.past, visits: list.data.filter(isPast) },
  ];
  return (
    <VisitShell heading={heading} page="list">
      <p className="visits__actions">
        <a className="visits__button" href="/visits/new">
          {t.scheduleVisit}
        </a>
      </p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`visits-${group.key}`} data-visits-group={group.key}>
          <h2 id={`visits-${group.key}`}>{group.title}</h2>
          {group.visits.length === 0 ? (
            <p>{t.noVisits}</p>
          ) : (
            <ul className="visits__list">
              {group.visits.map((v) => (
                <VisitRow key={v.id} visit={v} focused={v.id === focus || v.code === focus} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </VisitShell>
  );
}
