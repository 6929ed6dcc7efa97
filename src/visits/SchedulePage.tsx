/**
 * `/visits/new`: the organiser schedules a visit; then the registration page
 * to share (shown, with Copy) and each speaker's presenter link (Copy only:
 * each is a secret for one person, and this page may be on a shared screen).
 */
import { useEffect, useRef, useState } from 'react';
import { needsToken, request, type CreatedVisit } from './api';
import { signed } from './organizerAuth';
import { CopyRow } from './CopyRow';
import { ScheduleForm } from './ScheduleForm';
import { TokenForm } from './TokenForm';
import { useVisitText } from './useVisitText';
import { VisitShell } from './VisitShell';

export default function SchedulePage() {
  const { t } = useVisitText();
  const [created, setCreated] = useState<CreatedVisit | null>(null);
  /** null: no token needed (yet); else whether the last one was refused. */
  const [askToken, setAskToken] = useState<boolean | null>(null);
  // Ask for the token before the form is filled in, not after (GET /api/visits is the cheapest signed request).
  useEffect(() => {
    void request('/api/visits', signed(), null).then((answer) => {
      if (!answer.ok && needsToken(answer)) setAskToken(answer.token === 'wrong');
    });
  }, []);
  return (
    <VisitShell heading={t.scheduleVisit} page="schedule" state={created ? 'scheduled' : askToken !== null ? 'sign-in' : 'ready'}>
      <p>
        <a href="/visits">{t.allVisits}</a>
      </p>
      {!created && askToken !== null && <TokenForm wrong={askToken} onToken={() => setAskToken(null)} />}
      {/* The form stays mounted under the token form: what was typed is kept. */}
      {created ? <Scheduled visit={created} /> : <ScheduleForm onScheduled={setCreated} onUnauthorized={setAskToken} />}
    </VisitShell>
  );
}

function Scheduled({ visit }: { visit: CreatedVisit }) {
  const { t } = useVisitText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="visits__result" aria-labelledby="visits-scheduled" data-scheduled={visit.code}>
      <h2 id="visits-scheduled" ref={heading} tabIndex={-1}>
        {t.scheduled}
      </h2>
      <CopyRow label={t.registrationPage} url={visit.registrationUrl} name="registration" />
      <h3>{t.presenterLinks}</h3>
      <ul className="visits__list">
        {visit.speakers.map((s, i) => (
          <li key={i}>
            <CopyRow label={s.name} url={s.presenterUrl} show={false} name={`speaker-${i}`} />
          </li>
        ))}
      </ul>
      <p className="visits__actions">
        <a className="visits__button" href={visit.registrationUrl}>
          {t.registrationPage}
        </a>
        <a className="visits__button" href={visit.organizerUrl}>
          {t.allVisits}
        </a>
        <a className="visits__button" href="/visits/new">
          {t.scheduleAnother}
        </a>
      </p>
    </section>
  );
}
