/** The studio's entry (its own chunk): words, page title, then sign-in and the page the address names. */
import { StrictMode } from 'react';
import { VisitorPartsContext, type VisitorParts } from './visitorParts';
import { studioLanguage, studioStrings } from './strings';
import { StudioApp } from './StudioApp';
import './studio.css';

/** `parts`: the visitor's app as the entry hands it over (see visitorParts.ts). */
export function startStudio(rootElement: HTMLElement, parts: VisitorParts): void {
  const language = studioLanguage();
  document.documentElement.lang = language;
  document.title = studioStrings(language).studio;
  document.getElementById('start-poster')?.remove();
  rootElement.dataset.studio = '';
  parts.createRoot(rootElement).render(
    <StrictMode>
      <VisitorPartsContext.Provider value={parts}>
        <StudioApp language={language} />
      </VisitorPartsContext.Provider>
    </StrictMode>,
  );
}
