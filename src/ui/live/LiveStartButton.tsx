/**
 * "Start live tour" in the top bar; its panel is a separate chunk, loaded on
 * first open. Once this tab has started a session it presents it, and the
 * button reopens the session's links.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import type { CreateSessionResponse } from '../../protocol/live';
import { useTour } from '../../state/hooks';
import { isQuickView } from '../../tour/quickView';
import { usePresentHere } from './presentHere';

const LiveStartPanel = lazy(() => import('./LiveStartPanel'));

/** The button's own labels (the panel's words come with the panel's chunk). */
const label: Record<string, string> = { en: 'Start live tour', sv: 'Starta livevisning', fi: 'Aloita live-kierros' };
const linksLabel: Record<string, string> = { en: 'Live tour links', sv: 'Länkar till livevisningen', fi: 'Live-kierroksen linkit' };

export function LiveStartButton() {
  const language = useTour((s) => s.language);
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState<CreateSessionResponse | null>(null);
  // Read once: after this tab starts a session its address becomes /live/<code>, and the button stays.
  const [onLivePage] = useState(() => location.pathname.startsWith('/live/'));
  const isTour = useTour((s) => s.tour !== null && !isQuickView(s.tour));
  const presentHere = usePresentHere();
  const close = useCallback(() => setOpen(false), []);
  const created = useCallback(
    (created: CreateSessionResponse) => {
      setSession(created);
      void presentHere(created.code, created.presenterUrl);
    },
    [presentHere],
  );
  // Live pages opened from a link already are a session.
  if (!isTour || onLivePage) return null;
  const words = session ? linksLabel : label;
  return (
    <>
      <button type="button" className="topbar__live" aria-haspopup="dialog" aria-expanded={open} data-live-started={session ? session.code : undefined} onClick={() => setOpen((v) => !v)}>
        {words[language] ?? words.en}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LiveStartPanel onClose={close} session={session} onCreated={created} />
        </Suspense>
      )}
    </>
  );
}
