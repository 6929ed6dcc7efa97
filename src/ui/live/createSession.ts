/**
 * `POST /api/live` from the "Start live tour" panel. The access token a server
 * may ask for (LIVE_CREATE_TOKEN) is asked once and kept for this tab only.
 */
import type { CreateSessionError, CreateSessionRequest, CreateSessionResponse } from '../../protocol/live';

export type CreateResult = { ok: true; session: CreateSessionResponse } | { ok: false; status: number; error: CreateSessionError; retryAfter: number | null };

const TOKEN_KEY = 'sitevisit:live-create-token';

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string | null) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

export async function createSession(body: CreateSessionRequest, token: string | null): Promise<CreateResult> {
  const response = await fetch('/api/live', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Partial<CreateSessionResponse & CreateSessionError>;
  if (response.ok) return { ok: true, session: json as CreateSessionResponse };
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    ok: false,
    status: response.status,
    error: { ...json, error: json.error ?? `HTTP ${response.status}` },
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

type Words = Record<'createFailed' | 'tokenWrong' | 'tooManyFromHere' | 'tooManySessions' | 'unavailable', string>;

/** A refusal in the user's words (the server's own words, in English, only for the unexpected). */
export function refusalText(result: Extract<CreateResult, { ok: false }>, t: Words): string {
  if (result.status === 401 && result.error.token === 'wrong') return t.tokenWrong;
  if (result.status === 429 && result.error.limit === 'sessions') return t.tooManySessions;
  if (result.status === 429) return t.tooManyFromHere.replace('{seconds}', String(result.retryAfter ?? 60));
  if (result.status === 503) return t.unavailable;
  return `${t.createFailed}: ${result.error.error}`;
}
