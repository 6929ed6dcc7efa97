/** The studio's entry (its own chunk): words, page title, then sign-in and the page the address names. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { studioLanguage, studioStrings } from './strings';
import { StudioApp } from './StudioApp';
import './studio.css';

export function startStudio(rootElement: HTMLElement): void {
  const language = studioLanguage();
  document.documentElement.lang = language;
  document.title = studioStrings(language).studio;
  document.getElementById('start-poster')?.remove();
  rootElement.dataset.studio = '';
  createRoot(rootElement).render(
    <StrictMode>
      <StudioApp language={language} />
    </StrictMode>,
  );
}
