/**
 * One visit in the organiser's list: when (in its own zone), how many registered, wait and came, how long it may
 * run over, and its links (registration page, attendance and questions CSV).
 */
import { useState } from 'react';
import { downloadSigned } from './organizerAuth';
import { failureText } from './failureText';
import type { VisitSummary } from './api';
import { fill } from './strings';
import { formatVisitTime } from './time';
import { useVisitText } from './useVisitText';

export function VisitRow({ visit, focused }: { visit: VisitSummary; focused: boolean }) {
  const { t, language } = useVisitText();
  const [problem, setProblem] = useState<string | null>(null);
  const start = new Date(visit.startsAt);
  const end = new Date(start.getTime() + visit.durationMinutes * 60_000);
  const csvUrl = (name: string) => `/api/visits/${encodeURIComponent(visit.id)}/${name}.csv`;
  const download = async (name: 'attendance' | 'questions') => {
    setProblem(null);
    const status = await downloadSigned(csvUrl(name), `${name}-${visit.code}.csv`);
    if (status < 200 || status >= 300) setProblem(failureText({ ok: false, status, error: `HTTP ${status}`, problems: [], retryAfter: null }, t, 'organiser'));
  };
  return (
    <li className="visits__row" data-visit-id={visit.id} data-visit-code={visit.code} aria-current={focused ? 'true' : undefined}>
      <h3>{visit.title}</h3>
      <p>
        {formatVisitTime(start, end, visit.timeZone, language)} ({visit.timeZone})
      </p>
      <dl className="visits__counts">
        <div>
          <dt>{t.registeredCount}</dt>
          <dd data-count="registered">
            {visit.registered} / {visit.capacity}
          </dd>
        </div>
        <div>
          <dt>{t.waitingCount}</dt>
          <dd data-count="waiting">{visit.waiting}</dd>
        </div>
        <div>
          <dt>{t.attendedCount}</dt>
          <dd data-count="attended">{visit.attended}</dd>
        </div>
        {visit.overrunMinutes !== undefined && (
          <div>
            <dt>{t.overrunCount}</dt>
            <dd data-count="overrun">{fill(t.minutesN, { n: visit.overrunMinutes })}</dd>
          </div>
        )}
      </dl>
      <p className="visits__actions">
        <a className="visits__button" href={`/v/${encodeURIComponent(visit.code)}`}>
          {t.registrationPage}
        </a>
        {(['attendance', 'questions'] as const).map((name) => (
          <a
            key={name}
            className="visits__button"
            href={csvUrl(name)}
            download
            data-attendance-csv={name === 'attendance' || undefined}
            data-questions-csv={name === 'questions' || undefined}
            onClick={(e) => {
              e.preventDefault();
              void download(name);
            }}
          >
            {name === 'attendance' ? t.attendanceCsv : t.questionsCsv}
          </a>
        ))}
      </p>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
