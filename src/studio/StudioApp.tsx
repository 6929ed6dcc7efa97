/** Signs in (the address's one-time token, the session cookie, or the form), then shows the page the address names. */
import { useEffect, useState } from 'react';
import { signInFromAddress, type SignInState } from './server/session';
import { studioStrings } from './strings';
import { studioRoute } from './route';
import { SignIn } from './SignIn';
import { TourListPage } from './TourListPage';

import EditorPage from './editor/EditorPage';
import PreviewPage from './PreviewPage';

export function StudioApp({ language }: { language: string }) {
  const t = studioStrings(language);
  const [state, setState] = useState<SignInState | 'checking'>('checking');
  useEffect(() => {
    let current = true;
    void signInFromAddress().then((s) => current && setState(s));
    return () => {
      current = false;
    };
  }, []);

  if (state === 'checking') return <p className="studio-loading studio-ui" role="status">{t.loading}</p>;
  if (state !== 'signed-in') return <SignIn t={t} initial={state} onSignedIn={() => setState('signed-in')} />;
  const route = studioRoute(location.pathname);
  return (
    <>
      {route.page === 'list' && <TourListPage t={t} />}
      {route.page === 'editor' && <EditorPage tourId={route.tour} t={t} language={language} />}
      {route.page === 'preview' && <PreviewPage tourId={route.tour} />}
    </>
  );
}
