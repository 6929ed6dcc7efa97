/**
 * The Schedule visit form: tour(s), title, start in a time zone, duration,
 * capacity, languages, speakers, meeting link, registration deadline and the
 * overrun (how long past its end the visit may run before it closes by itself).
 * Checked here first (validate.ts), then POST /api/visits; the server's
 * problems land beside their fields. A 401 hands over to the token form.
 */
import { useRef, useState, type FormEvent } from 'react';
import { CreatedVisit, jsonBody, needsToken, request, type Failure } from './api';
import { failureText } from './failureText';
import { Field, focusFirstProblem } from './Field';
import { SpeakerFields, TourFields, type SpeakerInput } from './ListFields';
import { signed } from './organizerAuth';
import { PAGE_LANGUAGES } from './strings';
import { browserTimeZone, instantToLocal } from './time';
import { useTourIndex } from '../ui/useTourIndex';
import { checkSchedule, fieldOfPath, MAX_DURATION, MAX_OVERRUN, MAX_TITLE, MIN_DURATION, type Problems } from './validate';
import { languageList } from './VisitDetails';
import { useVisitText } from './useVisitText';

interface Props {
  onScheduled(visit: CreatedVisit): void;
  /** The server wants the organiser token: none was sent, or it was `wrong`. */
  onUnauthorized(wrong: boolean): void;
}

/** Every zone this browser knows, with the browser's own (which the list may lack, e.g. "UTC") first. */
function timeZones(own: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...known.filter((z) => z !== own)];
}

/** A new visit starts, by default, at the next full hour a week from now. */
const defaultStart = (zone: string) => instantToLocal(Math.ceil((Date.now() + 7 * 86_400_000) / 3_600_000) * 3_600_000, zone);

export function ScheduleForm({ onScheduled, onUnauthorized }: Props) {
  const { t, language } = useVisitText();
  const form = useRef<HTMLFormElement>(null);
  const { index } = useTourIndex();
  const [zone, setZone] = useState(browserTimeZone);
  const [zones] = useState(() => timeZones(browserTimeZone()));
  const [tours, setTours] = useState<string[]>(['']);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(() => defaultStart(browserTimeZone()));
  const [duration, setDuration] = useState('60');
  const [capacity, setCapacity] = useState('50');
  const [languages, setLanguages] = useState<string[]>([language]);
  const [speakers, setSpeakers] = useState<SpeakerInput[]>([{ name: '', organisation: '' }]);
  const [meetingUrl, setMeetingUrl] = useState('');
  const [deadline, setDeadline] = useState('');
  const [overrun, setOverrun] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refused = (answer: Failure) => {
    const fromServer: Problems = {};
    for (const p of answer.problems) {
      const field = fieldOfPath(p.path);
      fromServer[field] = field.startsWith('tours') && answer.status === 400 && /tour/i.test(p.message ?? '') ? 'unknownTour' : (p.message ?? 'fixProblems');
    }
    setProblems(fromServer);
    setError(failureText(answer, t, 'organiser'));
    focusFirstProblem(form.current);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = { tours, title, start, timeZone: zone, durationMinutes: duration, capacity, languages, speakers, meetingUrl, deadline, overrunMinutes: overrun };
    const checked = checkSchedule(input, Date.now());
    if (!checked.ok) {
      setProblems(checked.problems);
      setError(t.fixProblems);
      return focusFirstProblem(form.current);
    }
    setProblems({});
    setBusy(true);
    const answer = await request('/api/visits', signed(jsonBody(checked.body)), CreatedVisit);
    setBusy(false);
    if (answer.ok) return onScheduled(answer.data);
    if (needsToken(answer)) return onUnauthorized(answer.token === 'wrong');
    refused(answer);
  };

  const toggleLanguage = (code: string, on: boolean) => setLanguages((now) => (on ? [...now, code] : now.filter((c) => c !== code)));
  return (
    <form ref={form} className="visits__form" onSubmit={(e) => void submit(e)} noValidate data-schedule-form>
      <TourFields index={index} tours={tours} onChange={setTours} problems={problems} />
      <Field label={t.title} field="title" problem={problems.title}>
        <input type="text" maxLength={MAX_TITLE} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label={t.start} field="startsAt" problem={problems.startsAt}>
        <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
      </Field>
      <Field label={t.timeZone} field="timeZone" problem={problems.timeZone}>
        <select value={zone} onChange={(e) => setZone(e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.durationMinutes} field="durationMinutes" problem={problems.durationMinutes}>
        <input type="number" inputMode="numeric" min={MIN_DURATION} max={MAX_DURATION} value={duration} onChange={(e) => setDuration(e.target.value)} />
      </Field>
      <Field label={t.capacity} field="capacity" problem={problems.capacity}>
        <input type="number" inputMode="numeric" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
      </Field>
      <fieldset className="visits__group" data-field="languages" data-invalid={problems.languages ? '' : undefined}>
        <legend>{t.languages}</legend>
        {problems.languages && <p className="visits__problem">{t[problems.languages as 'languagesMissing'] ?? problems.languages}</p>}
        {Object.keys(PAGE_LANGUAGES).map((code) => (
          <label key={code} className="visits__check-label">
            <input type="checkbox" checked={languages.includes(code)} onChange={(e) => toggleLanguage(code, e.target.checked)} /> {languageList([code], language)}
          </label>
        ))}
      </fieldset>
      <SpeakerFields speakers={speakers} onChange={setSpeakers} problems={problems} />
      <Field label={t.meetingUrl} hint={`(${t.optional})`} field="meetingUrl" problem={problems.meetingUrl}>
        <input type="url" inputMode="url" placeholder="https://" value={meetingUrl} onChange={(e) => setMeetingUrl(e.target.value)} />
      </Field>
      <Field label={t.deadline} hint={`(${t.optional})`} field="registrationDeadline" problem={problems.registrationDeadline}>
        <input type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </Field>
      <Field label={t.overrunMinutes} hint={`(${t.overrunHelp})`} field="overrunMinutes" problem={problems.overrunMinutes}>
        <input type="number" inputMode="numeric" min={0} max={MAX_OVERRUN} step={1} value={overrun} onChange={(e) => setOverrun(e.target.value)} />
      </Field>
      <button type="submit" className="visits__submit" disabled={busy}>
        {busy ? t.scheduling : t.scheduleVisit}
      </button>
      <p role="alert" className="visits__error" data-form-error>
        {error ?? ''}
      </p>
    </form>
  );
}
