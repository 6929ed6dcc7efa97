/**
 * Creates a live session for the current tour (`POST /api/live`) and shows
 * its links: the attendee link with a QR code for the room, and one private
 * presenter link per speaker. When the server asks for an access token, a
 * password field appears once; the token is kept for this tab.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreateSessionResponse } from '../../protocol/live';
import { useTour } from '../../state/hooks';
import { QrCode } from '../QrCode';
import { useDialogFocus } from '../useDialogFocus';
import { useStrings } from '../useStrings';
import { createSession, refusalText, storedToken, storeToken } from './createSession';
import { useLiveStrings } from './liveStrings';
import './live.css';

export default function LiveStartPanel({ onClose }: { onClose: () => void }) {
  const t = useLiveStrings();
  const common = useStrings();
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
  const [session, setSession] = useState<CreateSessionResponse | null>(null);
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
        setSession(result.session);
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
      <div className="card__header">
        <h2 id={titleId}>{t.startLiveTitle}</h2>
        <button type="button" className="card__close" aria-label={common.close} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{t.startLiveHelp}</p>
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
      {session && (
        <div className="live-start__links">
          <h3>{t.attendeeLink}</h3>
          <p className="share__link">
            <code data-live-attendee-url>{session.attendeeUrl}</code>
          </p>
          <QrCode text={session.attendeeUrl} label={`${t.attendeeLink}: ${session.attendeeUrl}`} />
          {session.presenters.map((p) => (
            <p key={p.id}>
              <a href={p.url} target="_blank" rel="noopener" data-live-presenter-url={p.id}>
                {t.openPresenter} — {p.name}
              </a>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
