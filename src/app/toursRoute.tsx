/** `/tours` (and `/tours/`): the tour list page instead of the viewer. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ToursPage } from '../ui/ToursPage';
import { browserLanguages, preferredLanguage } from '../ui/preferredLanguage';

export const isToursPath = (pathname: string) => /^\/tours\/?$/.test(`/${pathname.slice(import.meta.env.BASE_URL.length)}`);

export function renderToursPage(rootElement: HTMLElement): void {
  const language = preferredLanguage(location.href, browserLanguages());
  document.documentElement.lang = language;
  createRoot(rootElement).render(
    <StrictMode>
      <ToursPage language={language} />
    </StrictMode>,
  );
}
