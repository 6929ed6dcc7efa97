/**
 * Creates a live session for the current tour (`POST /api/live`) and shows
 * its links: the attendee link with a QR code for the room, and one private
 * presenter link per speaker.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreateSessionResponse } from '../../protocol/live';
import { useTour } from '../../state/hooks';
import { QrCode } from '../QrCode';
import { useDialogFocus } from '../useDialogFocus';
import { useStrings } from '../useStrings';
import { useLiveStrings } from './liveStrings';
import './live.css';

async function createSession(tour: string, presenters: string[]): Promise<CreateSessionResponse> {
  const response = await fetch('/api/live', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tour, ...(presenters.length ? { presenters } : {}) }),
  });
  const body = (await response.json().catch(() => ({}))) as CreateSessionResponse & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

export default function LiveStartPanel({ onClose }: { onClose: () => void }) {
  const t = useLiveStrings();
  const common = useStrings();
  const titleId = useId();
  const speakersId = useId();
  const tourId = useTour((s) => s.tour?.id ?? '');
  const dialog = useRef<HTMLElement>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const [speakers, setSpeakers] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<CreateSessionResponse | null>(null);
  useDialogFocus('live-start', dialog, first, onClose);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const names = speakers.split('\n').map((s) => s.trim()).filter(Boolean);
      setSession(await createSession(tourId, names));
    } catch (e) {
      setError(`${t.createFailed}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section ref={dialog} className="share live-start" role="dialog" aria-modal="false" aria-labelledby={titleId} data-live-start>
      <header className="card__header">
        <h2 id={titleId}>{t.startLiveTitle}</h2>
        <button type="button" className="card__close" aria-label={common.close} onClick={onClose}>
          ×
        </button>
      </header>
      <p>{t.startLiveHelp}</p>
      {!session && (
        <form onSubmit={(e) => void submit(e)} className="live-start__form">
          <label htmlFor={speakersId}>{t.speakers}</label>
          <textarea id={speakersId} ref={first} rows={3} value={speakers} onChange={(e) => setSpeakers(e.target.value)} />
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
