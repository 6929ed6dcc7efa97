/**
 * Secret links: a secret (a presenter key today; personal join links and
 * speaker links later) travels in the link's fragment, `/live/<code>#key=…`.
 * Browsers never send the fragment to a server — not in the request line, not
 * in `Referer` — so the secret stays out of proxy and access logs. Pure (no
 * DOM): the server builds links with it and the client reads them.
 */

/** The fragment parameter that carries the secret. */
export const SECRET_PARAM = 'key';

/** `link` with `secret` in its fragment (any fragment `link` had is replaced). */
export function withSecret(link: string, secret: string): string {
  const url = new URL(link);
  url.hash = new URLSearchParams({ [SECRET_PARAM]: secret }).toString();
  return url.href;
}

export interface ReadSecret {
  /** The secret the link carries, or null. */
  secret: string | null;
  /**
   * When the link carried a secret (in the fragment, or in the query as links
   * made before fragments did): the same address without it (path, query and
   * fragment), to put in the address bar at once. Null when there is nothing to remove.
   */
  clean: string | null;
}

/** Reads the secret from `#key=…`, or from a legacy `?key=…`, and the address without it. */
export function readSecret(href: string): ReadSecret {
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const inFragment = fragment.has(SECRET_PARAM);
  const inQuery = url.searchParams.has(SECRET_PARAM);
  if (!inFragment && !inQuery) return { secret: null, clean: null };
  const secret = fragment.get(SECRET_PARAM) || url.searchParams.get(SECRET_PARAM) || null;
  if (inQuery) url.searchParams.delete(SECRET_PARAM);
  let hash = url.hash;
  if (inFragment) {
    fragment.delete(SECRET_PARAM);
    const rest = fragment.toString();
    hash = rest ? `#${rest}` : '';
  }
  return { secret, clean: url.pathname + url.search + hash };
}
