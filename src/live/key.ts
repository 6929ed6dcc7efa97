/**
 * The presenter key leaves the address bar as soon as the page opens: it is
 * kept in this tab's sessionStorage, so screen sharing, the share panel and
 * the history never show it. Attendee links carry no key.
 */
const storageKey = (code: string) => `sitevisit:live-key:${code}`;

export function takePresenterKey(code: string, location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('key');
  if (fromUrl) {
    storage.setItem(storageKey(code), fromUrl);
    url.searchParams.delete('key');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(storageKey(code));
}
