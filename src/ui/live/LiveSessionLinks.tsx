/**
 * A created live session, as its starter needs it while presenting from this
 * tab: the attendee link with Copy and a QR code for the room, the code in
 * large letters to read aloud, and Copy link for every other speaker. Speaker
 * links carry secrets: they go to the clipboard, never into the page, which
 * may be on a shared screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { CreateSessionResponse } from '../../protocol/live';
import { copyText } from '../copyText';
import { QrCode } from '../QrCode';
import { useStrings } from '../useStrings';
import { useLiveStrings } from './liveStrings';

export function LiveSessionLinks({ session }: { session: CreateSessionResponse }) {
  const t = useLiveStrings();
  const common = useStrings();
  const scratch = useRef<HTMLTextAreaElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  // The form that had the focus is gone: the keyboard continues at the first Copy.
  useEffect(() => first.current?.focus(), []);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (what: string, text: string) => setCopied((await copyText(text, scratch.current)) ? what : null);
  const [me, ...others] = session.presenters;
  const attendee = new URL(session.attendeeUrl);
  return (
    <div className="live-start__links">
      {me && <p data-live-presenting-here>{t.presentingHere.replace('{name}', me.name)}</p>}
      <h3>{t.attendeeLink}</h3>
      <p className="live-start__row">
        <code data-live-attendee-url>{session.attendeeUrl}</code>
        <button ref={first} type="button" data-live-copy="attendee" onClick={() => void copy('attendee', session.attendeeUrl)}>
          {t.copy}
        </button>
      </p>
      <QrCode text={session.attendeeUrl} label={`${t.attendeeLink}: ${session.attendeeUrl}`} />
      <h3>{t.sessionCode}</h3>
      <p className="live-start__code" data-live-code>
        {session.code}
      </p>
      <p className="live-start__hint">{t.sessionCodeHelp.replace('{address}', `${attendee.host}${attendee.pathname}`)}</p>
      {others.length > 0 && (
        <>
          <h3>{t.otherSpeakers}</h3>
          <ul className="live-start__speakers">
            {others.map((p) => (
              <li key={p.id} className="live-start__row">
                <span>{p.name}</span>
                <button type="button" data-live-copy={p.id} aria-label={`${t.copyLink}: ${p.name}`} onClick={() => void copy(p.id, p.url)}>
                  {t.copyLink}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {me && (
        <p>
          <button type="button" className="live-start__own" data-live-copy={me.id} onClick={() => void copy(me.id, me.url)}>
            {t.copyOwnLink}
          </button>
        </p>
      )}
      <p role="status" className="live-start__copied">
        {copied ? common.copied : ''}
      </p>
      <textarea ref={scratch} className="visually-hidden" aria-hidden="true" tabIndex={-1} readOnly />
    </div>
  );
}
