/** The token form: shown when the address carried no valid token and there is no session yet. */
import { useState, type FormEvent } from 'react';
import { signInWithToken, type SignInState } from './server/session';
import type { StudioStrings } from './strings';

export function SignIn({ t, initial, onSignedIn }: { t: StudioStrings; initial: SignInState; onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [state, setState] = useState<SignInState>(initial);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await signInWithToken(token);
    setBusy(false);
    if (result === 'signed-in') onSignedIn();
    else setState(result);
  };
  const message = state === 'wrong-token' ? t.wrongToken : state === 'unreachable' ? t.unreachable : null;
  return (
    <main className="studio-page studio-signin studio-ui">
      <h1>{t.signInTitle}</h1>
      <p>{t.signInHelp}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="studio-token">{t.token}</label>
        <input id="studio-token" type="password" autoComplete="current-password" required value={token} onChange={(e) => setToken(e.target.value)} aria-describedby={message ? 'studio-token-error' : undefined} />
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
        {message && (
          <p id="studio-token-error" role="alert" className="studio-error">
            {message}
          </p>
        )}
      </form>
    </main>
  );
}
