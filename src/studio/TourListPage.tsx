/** `/studio`: every tour the studio can open (the content folder's and the built-in ones), New tour, and Save as copy. */
import { useCallback, useEffect, useState } from 'react';
import { api, type TourSummary } from './server/api';
import type { StudioStrings } from './strings';
import { studioHref } from './route';
import { NewTourForm } from './NewTourForm';
import { CopyTourForm } from './CopyTourForm';

const titleIn = (title: TourSummary['title'], language: string) => (typeof title === 'string' ? title : (title[language] ?? Object.values(title)[0] ?? ''));

export function TourListPage({ t }: { t: StudioStrings }) {
  const language = document.documentElement.lang;
  const [tours, setTours] = useState<TourSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.tours();
    if (result.ok) setTours(result.value);
    else setError(result.network ? t.unreachable : result.error);
  }, [t]);
  useEffect(() => void load(), [load]);

  return (
    <main className="studio-page studio-ui">
      <header className="studio-page__head">
        <h1>{t.tours}</h1>
        <button type="button" className="studio-primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {t.newTour}
        </button>
      </header>
      {creating && <NewTourForm t={t} onCancel={() => setCreating(false)} onCreated={(id) => location.assign(studioHref(id))} />}
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      {tours === null && !error && <p role="status">{t.loading}</p>}
      {tours?.length === 0 && <p>{t.noTours}</p>}
      {tours && tours.length > 0 && (
        <ul className="studio-tours" aria-label={t.tours}>
          {tours.map((tour) => (
            <li key={tour.id} data-tour={tour.id}>
              <a href={studioHref(tour.id)} className="studio-tours__title">
                {titleIn(tour.title, language) || tour.id}
              </a>
              <span className="studio-tours__meta">
                {tour.id} · {[tour.builtIn && t.builtIn, tour.published && t.published, tour.hasDraft && t.draft].filter(Boolean).join(' · ')}
              </span>
              <button type="button" aria-expanded={copying === tour.id} onClick={() => setCopying(copying === tour.id ? null : tour.id)}>
                {t.saveAsCopy}
              </button>
              {copying === tour.id && <CopyTourForm t={t} from={tour.id} onDone={(id) => location.assign(studioHref(id))} />}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
