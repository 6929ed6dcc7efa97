/**
 * Signing in to the studio. The start-up link carries a one-time token in the fragment
 * (`/studio#token=…`), which browsers never send to a server: it is taken out of the address bar
 * at once (so it is neither bookmarked nor shared) and posted for the session cookie.
 */
import { api } from './api';

export type SignInState = 'signed-in' | 'needs-token' | 'wrong-token' | 'unreachable';

export async function signInFromAddress(): Promise<SignInState> {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token) {
    history.replaceState(history.state, '', location.pathname + location.search);
    const signed = await api.signIn(token);
    if (signed.ok) return 'signed-in';
    if (signed.status !== 401) return signed.network ? 'unreachable' : 'wrong-token';
    // A link already used once: the cookie of that first visit may still hold.
  }
  const session = await api.signedIn();
  if (session.ok) return 'signed-in';
  if (session.network) return 'unreachable';
  return token ? 'wrong-token' : 'needs-token';
}

export async function signInWithToken(token: string): Promise<SignInState> {
  const signed = await api.signIn(token.trim());
  if (signed.ok) return 'signed-in';
  return signed.network ? 'unreachable' : 'wrong-token';
}
