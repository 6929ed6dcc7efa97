/**
 * The registration form: Name, E-mail, Organisation (optional), the visit's
 * language, consent to the stated purpose and retention, and a honeypot field
 * that people never see (bots fill it; the server refuses what arrives in it).
 * Problems are shown beside their fields, ours before sending and the
 * server's after; every refusal is said in the guest's words.
 */
import { useRef, useState, type FormEvent } from 'react';
import { jsonBody, Registration, request, visitUrl, type PublicVisit } from './api';
import { failureText } from './failureText';
import { Field, focusFirstProblem } from './Field';
import { fill } from './strings';
import { languageList } from './VisitDetails';
import { MAX_EMAIL, MAX_NAME, MAX_ORGANISATION, registrationProblems, fieldOfPath, type Problems } from './validate';
import { useVisitText } from './useVisitText';

/** Days registrations are kept after the visit unless the server says otherwise (issue 16: default 30). */
const DEFAULT_RETENTION_DAYS = 30;

interface Props {
  visit: PublicVisit;
  onRegistered(registration: Registration): void;
}

export function RegisterForm({ visit, onRegistered }: Props) {
  const { t, language } = useVisitText();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [visitLanguage, setVisitLanguage] = useState(visit.languages.includes(language) ? language : (visit.languages[0] ?? ''));
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = registrationProblems({ name, email, organisation, language: visitLanguage, consent }, visit.languages);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setError(t.fixProblems);
      return focusFirstProblem(form.current);
    }
    setBusy(true);
    const body = { name: name.trim(), email: email.trim(), ...(organisation.trim() ? { organisation: organisation.trim() } : {}), language: visitLanguage, consent: true, website };
    const answer = await request(`${visitUrl(visit.code)}/registrations`, jsonBody(body), Registration);
    setBusy(false);
    if (answer.ok) return onRegistered(answer.data);
    const fromServer: Problems = {};
    for (const p of answer.problems) fromServer[fieldOfPath(p.path)] = p.message ?? 'fixProblems';
    setProblems(fromServer);
    setError(failureText(answer, t, 'guest'));
    focusFirstProblem(form.current);
  };

  return (
    <form ref={form} className="visits__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="visits-register" data-register-form>
      <h2 id="visits-register">{t.registerHeading}</h2>
      <Field label={t.name} field="name" problem={problems.name}>
        <input type="text" autoComplete="name" maxLength={MAX_NAME} required value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t.email} field="email" problem={problems.email}>
        <input type="email" autoComplete="email" maxLength={MAX_EMAIL} required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label={t.organisation} hint={`(${t.optional})`} field="organisation" problem={problems.organisation}>
        <input type="text" autoComplete="organization" maxLength={MAX_ORGANISATION} value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </Field>
      <Field label={t.visitLanguage} field="language" problem={problems.language}>
        <select value={visitLanguage} onChange={(e) => setVisitLanguage(e.target.value)}>
          {visit.languages.map((code) => (
            <option key={code} value={code}>
              {languageList([code], language)}
            </option>
          ))}
        </select>
      </Field>
      <div className="visits__field visits__consent" data-field="consent" data-invalid={problems.consent ? '' : undefined}>
        <input
          id="visits-consent"
          type="checkbox"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          aria-invalid={problems.consent ? true : undefined}
          aria-describedby={problems.consent ? 'visits-consent-problem' : undefined}
        />
        <label htmlFor="visits-consent">{fill(t.consent, { days: visit.retentionDays ?? DEFAULT_RETENTION_DAYS })}</label>
        {problems.consent && (
          <span id="visits-consent-problem" className="visits__problem">
            {t[problems.consent as 'consentMissing'] ?? problems.consent}
          </span>
        )}
      </div>
      {/* The honeypot: out of sight, out of the Tab order and of the accessibility tree; only bots fill it. */}
      <div className="visits__trap" aria-hidden="true">
        <label htmlFor="visits-website">{t.trap}</label>
        <input id="visits-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </div>
      <button type="submit" className="visits__submit" disabled={busy}>
        {busy ? t.registering : t.register}
      </button>
      <p role="alert" className="visits__error" data-form-error>
        {error ?? ''}
      </p>
    </form>
  );
}
