/**
 * The presenter key leaves the address bar as soon as the page opens: it is
 * kept in this tab's sessionStorage, so screen sharing, the share panel and
 * the history never show it. Links carry it in the fragment (`#key=…`, never
 * sent to the server); a link in the older `?key=…` form works too and is
 * rewritten the same way. Attendee links carry no key.
 */
import { readSecret } from '../protocol/secretLink';

const storageKey = (code: string) => `sitevisit:live-key:${code}`;

export function takePresenterKey(code: string, location: Location, history: History, storage: Storage): string | null {
  const { secret, clean } = readSecret(location.href);
  if (clean !== null) history.replaceState(history.state, '', clean);
  if (secret) {
    storage.setItem(storageKey(code), secret);
    return secret;
  }
  return storage.getItem(storageKey(code));
}

/** Keeps `key` as this tab's presenter key for `code`: the tab that created a session presents without opening its link. */
export function rememberPresenterKey(code: string, key: string, storage: Storage): void {
  storage.setItem(storageKey(code), key);
}

/**
 * A presenter link opened in a tab already on its live page changes only the
 * fragment, which loads nothing: reload, so the page joins with the key.
 */
export function reloadOnNewKey(target: Window): () => void {
  const onHashChange = () => {
    if (readSecret(target.location.href).secret) target.location.reload();
  };
  target.addEventListener('hashchange', onHashChange);
  return () => target.removeEventListener('hashchange', onHashChange);
}
