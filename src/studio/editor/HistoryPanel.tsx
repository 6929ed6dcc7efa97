/** History: every saved version with its time, author and kind; restoring one makes it the draft again (as a new version). */
import { useEffect, useState } from 'react';
import { useStudio } from '../StudioContext';
import { api, type VersionEntry } from '../server/api';
import type { Draft } from '../draft/types';

export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const { store, t, language } = useStudio();
  const tourId = store.getState().tourId;
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void api.versions(tourId).then((r) => alive && (r.ok ? setVersions(r.value) : setError(r.network ? t.unreachable : r.error)));
    return () => {
      alive = false;
    };
  }, [tourId, t]);

  const restore = async (version: string) => {
    const restored = await api.restore(tourId, version);
    if (!restored.ok) return setError(restored.network ? t.unreachable : restored.error);
    const draft = await api.draft(tourId);
    if (!draft.ok) return setError(draft.network ? t.unreachable : draft.error);
    store.getState().reset(JSON.parse(draft.value) as Draft, draft.version ?? restored.value.version);
    onClose();
  };

  return (
    <section className="studio-history" aria-labelledby="studio-history-title">
      <h2 id="studio-history-title">{t.versions}</h2>
      <button type="button" className="studio-history__close" onClick={onClose}>
        {t.close}
      </button>
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      {versions === null && !error && <p role="status">{t.loading}</p>}
      {versions && (
        <ol className="studio-list" aria-label={t.versions}>
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <time dateTime={v.savedAt}>{new Date(v.savedAt).toLocaleString(language)}</time> · {v.kind}
              {v.author ? ` · ${v.author}` : ''}{' '}
              <button type="button" aria-label={`${t.restoreVersion}: ${new Date(v.savedAt).toLocaleString(language)}`} onClick={() => void restore(v.version)}>
                {t.restore}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
