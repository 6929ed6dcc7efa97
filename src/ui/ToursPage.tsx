/**
 * `/tours`: every tour of the site with its thumbnail. Rendered instead of the
 * viewer (no store, no WebGL); the language comes from `?lang=`, as in tour links.
 */
import { useEffect } from 'react';
import { languageNames, strings } from './strings';
import { useTourIndex } from './useTourIndex';
import { TourList } from './TourList';

export function ToursPage({ language }: { language: string }) {
  const t = strings(language);
  const { index, url } = useTourIndex();
  useEffect(() => {
    document.title = `${t.tours} – sitevisit`;
  }, [t.tours]);
  return (
    <main className="tours-page" lang={language} data-tours-page={index === undefined ? 'loading' : index === null ? 'error' : 'ready'}>
      <header className="tours-page__header">
        <h1>{t.tours}</h1>
        <nav aria-label={t.language}>
          {Object.entries(languageNames).map(([code, name]) => (
            <a key={code} href={`?lang=${code}`} lang={code} aria-current={code === language ? 'page' : undefined}>
              {name}
            </a>
          ))}
        </nav>
      </header>
      {index === undefined && <p>{t.loading}…</p>}
      {index === null && <p role="alert">{t.tourUnavailable}</p>}
      {index && <TourList index={index} indexUrl={url} language={language} detailed />}
    </main>
  );
}
