/** New tour: a title and the languages it will be written in; the server makes the folder and answers with the tour's id. */
import { useState, type FormEvent } from 'react';
import { api } from './server/api';
import type { StudioStrings } from './strings';

const OFFERED = [
  { code: 'en', name: 'English' },
  { code: 'sv', name: 'Svenska' },
  { code: 'fi', name: 'Suomi' },
];

export function NewTourForm({ t, onCreated, onCancel }: { t: StudioStrings; onCreated: (id: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (code: string, on: boolean) => setLanguages(OFFERED.map((l) => l.code).filter((c) => (c === code ? on : languages.includes(c))));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (languages.length === 0) return setError(t.languages);
    setBusy(true);
    const result = await api.createTour(title.trim(), languages);
    setBusy(false);
    if (result.ok) onCreated(result.value.id);
    else setError(result.network ? t.unreachable : result.error);
  };

  return (
    <form className="studio-form" aria-label={t.newTour} onSubmit={(e) => void submit(e)}>
      <label htmlFor="new-tour-title">{t.title}</label>
      <input id="new-tour-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      <fieldset>
        <legend>{t.languages}</legend>
        {OFFERED.map((l) => (
          <label key={l.code} className="studio-check">
            <input type="checkbox" checked={languages.includes(l.code)} onChange={(e) => toggle(l.code, e.target.checked)} />
            <span lang={l.code}>{l.name}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      <div className="studio-form__actions">
        <button type="submit" className="studio-primary" disabled={busy}>
          {t.create}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
