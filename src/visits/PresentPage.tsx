/**
 * `/v/<code>/present#key=<secret>`: a speaker's way into the visit. The key
 * leaves the address bar at once; the server opens (or finds) the visit's live
 * session for this speaker — at any time before the end, so speakers rehearse
 * with the doors closed — and the page becomes that live tour, presenting,
 * with the speaker panel (Open doors, roster, questions, polls).
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import * as z from 'zod/mini';
import { rememberPresenterKey } from '../live/key';
import { jsonBody, request, visitUrl } from './api';
import { failureText } from './failureText';
import { takeGuestSecret } from './guestSecret';
import { useAnswer } from './useAnswer';
import { useVisitText } from './useVisitText';
import { VisitShell } from './VisitShell';
import type { VisitPageOptions } from './render';

/** `POST /api/visits/<code>/presenter` (docs/visits-live.md); the rest of the answer is not needed here. */
const PresenterAnswer = z.object({ live: z.object({ code: z.string(), doorsOpen: z.boolean() }) });

export default function PresentPage({ code, onEnterLive }: { code: string; onEnterLive: VisitPageOptions['enterLive'] }) {
  const { t, language } = useVisitText();
  const secret = useMemo(() => takeGuestSecret(code, location, history, sessionStorage, 'speaker'), [code]);
  const [answer] = useAnswer(secret ?? '', () =>
    secret ? request(`${visitUrl(code)}/presenter`, jsonBody({}, { Authorization: `Bearer ${secret}` }), PresenterAnswer) : Promise.resolve(undefined as never),
  );
  const entered = useRef(false);
  useEffect(() => {
    if (!answer?.ok || !secret || entered.current) return;
    entered.current = true;
    // The live page finds the key where a presenter link's would be: kept for this tab under the session's code.
    rememberPresenterKey(answer.data.live.code, secret, sessionStorage);
    onEnterLive(answer.data.live.code, undefined, language);
  }, [answer, secret, onEnterLive, language]);

  if (!secret) return <Message text={t.speakerLinkInvalid} />;
  if (!answer || answer.ok) return <VisitShell heading={t.openingLive} page="present" state="loading">{null}</VisitShell>;
  const text =
    answer.status === 401 || answer.status === 403
      ? t.speakerLinkInvalid
      : answer.status === 410
        ? t.visitEnded
        : failureText(answer, t, 'guest');
  return (
    <Message text={text}>
      {answer.status === 410 && (
        <p>
          <a href={`/v/${encodeURIComponent(code)}/follow-up`} data-follow-up-link>
            {t.followUpLink}
          </a>
        </p>
      )}
    </Message>
  );
}

function Message({ text, children }: { text: string; children?: ReactNode }) {
  const { t } = useVisitText();
  return (
    <VisitShell heading={t.speakerPage} page="present" state="error">
      <p role="alert" data-present-message>
        {text}
      </p>
      {children}
    </VisitShell>
  );
}
