/** The guest's calendar file (`ics` text from the server) as a `calendar.ics` download: a blob URL made in the page, released when it goes. */
import { useEffect, useState } from 'react';
import { useVisitText } from './useVisitText';

export function CalendarLink({ ics }: { ics: string }) {
  const { t } = useVisitText();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setUrl(href);
    return () => URL.revokeObjectURL(href);
  }, [ics]);
  if (!url) return null;
  return (
    <a className="visits__button" href={url} download="calendar.ics" data-ics>
      {t.calendar}
    </a>
  );
}
