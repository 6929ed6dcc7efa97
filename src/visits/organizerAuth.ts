/**
 * How the organiser pages sign their requests: the studio's session cookie
 * goes by itself (same origin); an organiser access token, when the server
 * asked for one, is kept for this tab only and sent as a Bearer header —
 * never in a URL.
 */
const TOKEN_KEY = 'sitevisit:organizer-token';

export const organizerToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const setOrganizerToken = (token: string | null) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

/** `init` with the token's Authorization header, when this tab has one. */
export function signed(init: RequestInit = {}): RequestInit {
  const token = organizerToken();
  if (!token) return init;
  return { ...init, headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` } };
}

/** Downloads `url` with the organiser's signature and saves it as `filename` (a plain link cannot carry the header). */
export async function downloadSigned(url: string, filename: string): Promise<number> {
  const response = await fetch(url, signed({ credentials: 'same-origin' })).catch(() => null);
  if (!response?.ok) return response?.status ?? 0;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the file to the browser's download; the blob can go after this task.
  setTimeout(() => URL.revokeObjectURL(href));
  return response.status;
}
