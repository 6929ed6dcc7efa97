/**
 * `/v/<code>/join#<secret>`: the guest's own page. Whether the seat is
 * confirmed or on the waiting list, one click to cancel (which deletes the
 * registration), and — confirmed, before the visit ends — the lobby.
 */
import { useMemo, useRef, useState } from 'react';
import { MyRegistration, request } from './api';
import { failureText } from './failureText';
import { forgetGuestSecret, takeGuestSecret } from './guestSecret';
import { CalendarLink } from './CalendarLink';
import { Lobby } from './Lobby';
import { fill } from './strings';
import { useAnswer } from './useAnswer';
import { useEvery } from './useNow';
import { useVisitText } from './useVisitText';
import { VisitDetails, visitEnd } from './VisitDetails';
import { VisitShell } from './VisitShell';
import type { VisitPageOptions } from './render';

const ME = '/api/registrations/me';
/** Within this time of the start, the page asks for news every few seconds. */
const NEAR_START_MS = 10 * 60_000;

export default function JoinPage({ code, onEnterLive }: { code: string; onEnterLive: VisitPageOptions['enterLive'] }) {
  const { t } = useVisitText();
  const secret = useMemo(() => takeGuestSecret(code, location, history, sessionStorage), [code]);
  const auth = useMemo(() => ({ headers: { Authorization: `Bearer ${secret ?? ''}` } }), [secret]);
  const [me, , refresh] = useAnswer(secret ?? '', () => (secret ? request(ME, auth, MyRegistration) : Promise.resolve(undefined as never)));
  const [cancel, setCancel] = useState<'idle' | 'busy' | 'done' | string>('idle');
  const outcome = useRef<HTMLParagraphElement>(null);
  // A seat freed, doors opened: asked again now and then, often near the start (a push from the live channel would be better).
  const startsAt = me?.ok ? new Date(me.data.visit.startsAt).getTime() : null;
  useEvery(startsAt === null || cancel === 'done' ? null : startsAt - Date.now() < NEAR_START_MS ? 3000 : 30_000, refresh);

  if (!secret) return <Message text={t.noLink} />;
  if (cancel === 'done') return <Message text={t.cancelled} state="cancelled" />;
  if (!me) return <VisitShell heading={t.loading} page="join" state="loading">{null}</VisitShell>;
  if (!me.ok) return <Message text={me.status === 401 || me.status === 404 || me.status === 403 ? t.linkInvalid : failureText(me, t, 'guest')} state="error" />;

  const { visit, status, name } = me.data;
  // The server knows whether the visit still runs in its overrun (past `endsAt`, guests still let in).
  const ended = visit.ended ?? visitEnd(visit).getTime() <= Date.now();
  const cancelNow = async () => {
    setCancel('busy');
    const answer = await request(ME, { ...auth, method: 'DELETE' }, null);
    if (answer.ok || answer.status === 404) {
      forgetGuestSecret(code, sessionStorage);
      setCancel('done');
    } else {
      setCancel(failureText(answer, t, 'guest'));
      requestAnimationFrame(() => outcome.current?.focus());
    }
  };
  return (
    <VisitShell heading={visit.title} page="join">
      <p className="visits__status" data-registration-status={status} role="status">
        {fill(t.hello, { name })}. {status === 'confirmed' ? t.confirmed : t.onWaitingList}
      </p>
      <VisitDetails visit={visit} showSeats={false} />
      {ended ? (
        <p data-visit-ended>
          {t.visitEnded}{' '}
          <a href={`/v/${encodeURIComponent(code)}/follow-up`} data-follow-up-link>
            {t.followUpLink}
          </a>
        </p>
      ) : (
        status === 'confirmed' && <Lobby registration={me.data} secret={secret} onEnter={(live) => onEnterLive(live, { name, secret }, me.data.language)} />
      )}
      <p className="visits__actions">
        {me.data.ics && <CalendarLink ics={me.data.ics} />}
        <button type="button" className="visits__danger" onClick={() => void cancelNow()} disabled={cancel === 'busy'} data-cancel>
          {cancel === 'busy' ? t.cancelling : t.cancel}
        </button>
      </p>
      <p ref={outcome} tabIndex={-1} role="alert" className="visits__error">
        {cancel !== 'idle' && cancel !== 'busy' ? cancel : ''}
      </p>
    </VisitShell>
  );
}

function Message({ text, state = 'error' }: { text: string; state?: string }) {
  const { t } = useVisitText();
  return (
    <VisitShell heading={t.yourRegistration} page="join" state={state}>
      <p role="status" data-join-message>
        {text}
      </p>
    </VisitShell>
  );
}
