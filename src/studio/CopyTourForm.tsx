/** Save as copy: a built-in tour (or any other) copied with its files under a new id, then opened for editing. */
import { useId, useState, type FormEvent } from 'react';
import { api } from './server/api';
import type { StudioStrings } from './strings';

export function CopyTourForm({ t, from, onDone }: { t: StudioStrings; from: string; onDone: (id: string) => void }) {
  const inputId = useId();
  const [id, setId] = useState(`${from}-copy`.slice(0, 64));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.copyTour(from, id.trim());
    if (result.ok) onDone(result.value.id);
    else setError(result.network ? t.unreachable : result.error);
  };
  return (
    <form className="studio-form studio-form--inline" aria-label={t.saveAsCopy} onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>{t.copyId}</label>
      <input id={inputId} required value={id} onChange={(e) => setId(e.target.value)} />
      <button type="submit" className="studio-primary">
        {t.saveAsCopy}
      </button>
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
    </form>
  );
}
