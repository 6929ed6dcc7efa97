/**
 * After registering: confirmed or on the waiting list, the personal link with
 * Copy, and the calendar file as a download made in the page (a blob URL of
 * the `ics` text the server answered; released when the page goes).
 */
import { useEffect, useRef, useState } from 'react';
import type { Registration } from './api';
import { CopyRow } from './CopyRow';
import { useVisitText } from './useVisitText';

export function Registered({ registration, again }: { registration: Registration; again: boolean }) {
  const { t } = useVisitText();
  const [icsUrl, setIcsUrl] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([registration.ics], { type: 'text/calendar;charset=utf-8' }));
    setIcsUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [registration.ics]);
  // The form that had the focus is gone: the outcome takes it, and a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  const confirmed = registration.status === 'confirmed';
  return (
    <section className="visits__result" data-registration-status={registration.status} aria-labelledby="visits-result">
      <h2 id="visits-result" ref={heading} tabIndex={-1}>
        {confirmed ? t.registered : t.onWaitingList}
      </h2>
      {!confirmed && <p data-waiting-list>{t.waiting}</p>}
      {again && <p>{t.again}</p>}
      <CopyRow label={t.joinLink} url={registration.joinUrl} name="join" />
      <p className="visits__hint">{t.joinLinkHelp}</p>
      <p className="visits__actions">
        {icsUrl && (
          <a className="visits__button" href={icsUrl} download="calendar.ics" data-ics>
            {t.calendar}
          </a>
        )}
        <a className="visits__button" href={registration.joinUrl} data-open-join>
          {t.openJoin}
        </a>
      </p>
    </section>
  );
}
