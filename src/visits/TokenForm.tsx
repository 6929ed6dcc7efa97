/** Asked when the server answered 401: the organiser access token, once, kept for this tab (organizerAuth.ts). */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from './Field';
import { setOrganizerToken } from './organizerAuth';
import { useVisitText } from './useVisitText';

interface Props {
  /** The token sent was refused (rather than none sent). */
  wrong: boolean;
  onToken(): void;
}

export function TokenForm({ wrong, onToken }: Props) {
  const { t } = useVisitText();
  const [token, setToken] = useState('');
  const field = useRef<HTMLDivElement>(null);
  useEffect(() => field.current?.querySelector('input')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    setOrganizerToken(token.trim());
    onToken();
  };
  return (
    <form className="visits__form" onSubmit={submit} data-token-form>
      <p>{t.tokenHelp}</p>
      <div ref={field}>
        <Field label={t.tokenLabel} field="token" problem={wrong ? 'tokenWrong' : undefined}>
          <input type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="visits__submit">
        {t.signIn}
      </button>
    </form>
  );
}
