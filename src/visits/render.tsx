/**
 * The visit pages (`/v/<code>`, `/v/<code>/join|present|follow-up`, `/visits…`), rendered
 * instead of the viewer: a chunk loaded only on these paths, and each page a
 * chunk of its own, so neither a visitor of a tour nor a guest loads the
 * organiser's forms.
 */
import { lazy, StrictMode, Suspense } from 'react';
import type { createRoot } from 'react-dom/client';
import type { VisitRoute } from './paths';
import { PAGE_LANGUAGES } from './strings';
import { browserLanguages, preferredLanguage } from '../ui/preferredLanguage';
import { VisitLanguageProvider } from './VisitShell';
import './visits.css';

const RegisterPage = lazy(() => import('./RegisterPage'));
const JoinPage = lazy(() => import('./JoinPage'));
const SchedulePage = lazy(() => import('./SchedulePage'));
const VisitsListPage = lazy(() => import('./VisitsListPage'));
const PresentPage = lazy(() => import('./PresentPage'));
const FollowUpPage = lazy(() => import('./FollowUpPage'));

export interface VisitPageOptions {
  /** React DOM's, handed over by the entry rather than imported here: src/studio/visitorParts.ts says why (rolldown#10731). */
  createRoot: typeof createRoot;
  /**
   * Leaves the page for the live tour of session `code` (the composition root starts the viewer): a guest with their
   * secret for the handshake, a speaker without (their key is already kept for the tab as the session's presenter key).
   * `language`: the live tour's (a guest's registered language, a speaker's page language).
   */
  enterLive(code: string, guest?: { name: string; secret: string }, language?: string): void;
}

export function renderVisitPage(rootElement: HTMLElement, route: VisitRoute, options: VisitPageOptions): { unmount(): void } {
  const language = preferredLanguage(location.href, browserLanguages(), Object.keys(PAGE_LANGUAGES));
  const root = options.createRoot(rootElement);
  root.render(
    <StrictMode>
      <VisitLanguageProvider initial={language}>
        <Suspense fallback={null}>
          {route.page === 'register' && <RegisterPage code={route.code} />}
          {route.page === 'join' && <JoinPage code={route.code} onEnterLive={options.enterLive} />}
          {route.page === 'schedule' && <SchedulePage />}
          {route.page === 'list' && <VisitsListPage focus={route.focus} />}
          {route.page === 'present' && <PresentPage code={route.code} onEnterLive={options.enterLive} />}
          {route.page === 'follow-up' && <FollowUpPage code={route.code} />}
        </Suspense>
      </VisitLanguageProvider>
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
