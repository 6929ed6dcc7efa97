/**
 * `/v/<code>`: the visit and its registration form; once registered, the
 * guest's personal link and calendar file, or the waiting list.
 */
import { useState } from 'react';
import { PublicVisit, request, visitUrl, type Registration } from './api';
import { failureText } from './failureText';
import { RegisterForm } from './RegisterForm';
import { Registered } from './Registered';
import { useAnswer } from './useAnswer';
import { useVisitText } from './useVisitText';
import { VisitDetails } from './VisitDetails';
import { VisitShell } from './VisitShell';

export default function RegisterPage({ code }: { code: string }) {
  const { t } = useVisitText();
  const [visit] = useAnswer(code, () => request(visitUrl(code), {}, PublicVisit));
  const [done, setDone] = useState<Registration | null>(null);
  if (!visit) return <VisitShell heading={t.loading} page="register" state="loading">{null}</VisitShell>;
  if (!visit.ok) {
    return (
      <VisitShell heading={t.registerHeading} page="register" state="error">
        <p role="alert">{failureText(visit, t, 'guest')}</p>
      </VisitShell>
    );
  }
  const v = visit.data;
  return (
    <VisitShell heading={v.title} page="register">
      <VisitDetails visit={v} showSeats={!done} />
      {done ? (
        <Registered registration={done} />
      ) : v.registrationOpen ? (
        <RegisterForm visit={v} onRegistered={setDone} />
      ) : (
        <p role="status" data-registration-closed>
          {t.registrationClosed}
        </p>
      )}
    </VisitShell>
  );
}
