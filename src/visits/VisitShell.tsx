/**
 * The frame of every visit page: a scrolling page (not the 3D view's fixed
 * screen) with its heading, the page language switch, and the document's
 * title and language kept in step with the heading.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PAGE_LANGUAGES, visitStrings } from './strings';
import { useVisitText, VisitLanguageContext, type VisitLanguage } from './useVisitText';

export function VisitLanguageProvider({ initial, children }: { initial: string; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const value = useMemo<VisitLanguage>(() => ({ language, t: visitStrings(language), setLanguage }), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
    // The choice stays in the address (a reload keeps it); the fragment is left as it is.
    const url = new URL(location.href);
    url.searchParams.set('lang', language);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }, [language]);
  return <VisitLanguageContext.Provider value={value}>{children}</VisitLanguageContext.Provider>;
}

interface Props {
  /** The page's heading (h1) and document title. */
  heading: string;
  /** Marks the page for tests and styles (`data-visit-page`). */
  page: string;
  /** Loading state for tests: `loading`, `ready` or `error`. */
  state?: string;
  children: ReactNode;
}

export function VisitShell({ heading, page, state = 'ready', children }: Props) {
  const { language, t, setLanguage } = useVisitText();
  useEffect(() => {
    document.title = `${heading} – sitevisit`;
  }, [heading]);
  return (
    <div className="visits" lang={language}>
      <header className="visits__header">
        <nav aria-label={t.language} className="visits__languages">
          {Object.entries(PAGE_LANGUAGES).map(([code, name]) => (
            <button key={code} type="button" lang={code} aria-pressed={code === language} onClick={() => setLanguage(code)}>
              {name}
            </button>
          ))}
        </nav>
      </header>
      <main className="visits__main" data-visit-page={page} data-visit-state={state}>
        <h1>{heading}</h1>
        {children}
      </main>
    </div>
  );
}
