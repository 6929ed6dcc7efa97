/**
 * After registering: confirmed or on the waiting list, the personal link with
 * Copy, and the calendar file. An e-mail address registered before gets no
 * link here — it goes only to that address — just where to find it.
 */
import { useEffect, useRef } from 'react';
import type { Registration } from './api';
import { CalendarLink } from './CalendarLink';
import { CopyRow } from './CopyRow';
import { useVisitText } from './useVisitText';

export function Registered({ registration }: { registration: Registration }) {
  const { t } = useVisitText();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had the focus is gone: the outcome takes it, and a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  const confirmed = registration.status === 'confirmed';
  return (
    <section className="visits__result" data-registration-status={registration.status} aria-labelledby="visits-result">
      <h2 id="visits-result" ref={heading} tabIndex={-1}>
        {confirmed ? t.registered : t.onWaitingList}
      </h2>
      {!confirmed && <p data-waiting-list>{t.waiting}</p>}
      {registration.alreadyRegistered && <p data-already-registered>{registration.emailed ? t.againEmailed : t.againNotEmailed}</p>}
      {registration.joinUrl && (
        <>
          <CopyRow label={t.joinLink} url={registration.joinUrl} name="join" />
          <p className="visits__hint">{t.joinLinkHelp}</p>
        </>
      )}
      <p className="visits__actions">
        {registration.ics && <CalendarLink ics={registration.ics} />}
        {registration.joinUrl && (
          <a className="visits__button" href={registration.joinUrl} data-open-join>
            {t.openJoin}
          </a>
        )}
      </p>
    </section>
  );
}
