/**
 * The guest's secret leaves the address bar as soon as the page opens (like a
 * presenter key, src/live/key.ts): it is kept in this tab's sessionStorage, so
 * a shared screen or the history never shows it. The link carries it in the
 * fragment — `#key=…` (src/protocol/secretLink.ts) or the bare `#<secret>` —
 * which browsers never send to the server. Idempotent: safe to call twice.
 */
import { readSecret } from '../protocol/secretLink';

/** A guest's personal secret, or a speaker's presenter secret (`/v/<code>/present#key=…`), each kept apart. */
export type SecretKind = 'guest' | 'speaker';

const storageKey = (code: string, kind: SecretKind) => `sitevisit:visit-${kind}:${code}`;

export function takeGuestSecret(code: string, location: Location, history: History, storage: Storage, kind: SecretKind = 'guest'): string | null {
  const { secret, clean } = readSecret(location.href);
  const bare = !secret && /^#[A-Za-z0-9_-]{8,}$/.test(location.hash) ? location.hash.slice(1) : null;
  const found = secret ?? bare;
  if (found) {
    storage.setItem(storageKey(code, kind), found);
    history.replaceState(history.state, '', clean ?? location.pathname + location.search);
    return found;
  }
  return storage.getItem(storageKey(code, kind));
}

export function forgetGuestSecret(code: string, storage: Storage): void {
  storage.removeItem(storageKey(code, 'guest'));
}
