/**
 * Creates a live session for the current tour (`POST /api/live`); the tab that
 * created it presents at once, as the first speaker, and the panel shows the
 * session's links (LiveSessionLinks). When the server asks for an access
 * token, a password field appears once; the token is kept for this tab.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreateSessionResponse } from '../../protocol/live';
import { useTour } from '../../state/hooks';
import { useDialogFocus } from '../useDialogFocus';
import { CardHeader } from '../CardHeader';
import { createSession, refusalText, storedToken, storeToken } from './createSession';
import { LiveSessionLinks } from './LiveSessionLinks';
import { useLiveStrings } from './liveStrings';
import './live.css';

interface Props {
  onClose: () => void;
  /** The session this tab created (kept by the button while the panel is closed), or null. */
  session: CreateSessionResponse | null;
  onCreated: (session: CreateSessionResponse) => void;
}

export default function LiveStartPanel({ onClose, session, onCreated }: Props) {
  const t = useLiveStrings();
  const titleId = useId();
  const speakersId = useId();
  const tokenId = useId();
  const tourId = useTour((s) => s.tour?.id ?? '');
  const dialog = useRef<HTMLElement>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const [speakers, setSpeakers] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Shown once the server answered that a token is needed. */
  const [askToken, setAskToken] = useState(false);
  const [token, setToken] = useState('');
  const tokenField = useRef<HTMLInputElement>(null);
  useDialogFocus('live-start', dialog, first, onClose);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const names = speakers.split('\n').map((s) => s.trim()).filter(Boolean);
      const sent = askToken ? token.trim() || null : storedToken();
      const result = await createSession({ ...(tourId ? { tour: tourId } : {}), ...(names.length ? { presenters: names } : {}) }, sent);
      if (result.ok) {
        if (sent) storeToken(sent);
        onCreated(result.session);
      } else if (result.status === 401) {
        storeToken(null);
        setAskToken(true);
        setError(sent ? t.tokenWrong : null);
        requestAnimationFrame(() => tokenField.current?.focus());
      } else setError(refusalText(result, t));
    } catch (e) {
      setError(`${t.createFailed}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section ref={dialog} className="share live-start" role="dialog" aria-modal="false" aria-labelledby={titleId} data-live-start>
      <CardHeader titleId={titleId} title={t.startLiveTitle} onClose={onClose} />
      {!session && <p>{t.startLiveHelp}</p>}
      {!session && (
        <form onSubmit={(e) => void submit(e)} className="live-start__form">
          <label htmlFor={speakersId}>{t.speakers}</label>
          <textarea id={speakersId} ref={first} rows={3} value={speakers} onChange={(e) => setSpeakers(e.target.value)} />
          {askToken && (
            <>
              <p>{t.tokenHelp}</p>
              <label htmlFor={tokenId}>{t.tokenLabel}</label>
              <input id={tokenId} ref={tokenField} type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} data-live-token />
            </>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t.creating : t.create}
          </button>
          <p role="alert" className="live-start__error">
            {error ?? ''}
          </p>
        </form>
      )}
      {session && <LiveSessionLinks session={session} />}
    </section>
  );
}
