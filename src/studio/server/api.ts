/**
 * The studio's HTTP calls (the contract shared with the server: docs/studio.md). Every answer becomes a
 * result the UI can word — never a thrown error: `network` means the server could not be reached
 * (offline, or down), which the saving code treats as "try again when the network is back".
 */
import type { Problem } from '../../tour/problems';
import type { Draft } from '../draft/types';
import { studioLanguage } from '../strings';
import { errorText } from './errorTexts';

export type ApiResult<T> =
  | { ok: true; status: number; value: T; version?: string }
  | { ok: false; status: number; error: string; body?: Record<string, unknown>; network?: boolean };

export interface TourSummary {
  id: string;
  title: string | Record<string, string>;
  languages: string[];
  builtIn: boolean;
  published: boolean;
  hasDraft: boolean;
  version: string | null;
  updatedAt?: string;
}

export interface VersionEntry {
  version: string;
  savedAt: string;
  author?: string;
  kind: 'draft' | 'publish' | 'restore';
}

export interface JobStatus {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  /** The uploaded file, relative to the tour folder. */
  file?: string;
  error?: string;
  /** Why it failed (worded by errorTexts), with the values its text names. */
  code?: string;
  detail?: string;
  errno?: string;
  result?: { scene: Draft['scenes'][number] };
}

const API = `${import.meta.env.BASE_URL}api/studio`;
const tourPath = (id: string) => `${API}/tours/${encodeURIComponent(id)}`;
const quoted = (version: string) => `"${version.replace(/"/g, '')}"`;
const unquoted = (etag: string | null) => (etag ? etag.replace(/^W\//, '').replace(/"/g, '') : undefined);

async function call<T>(path: string, init: RequestInit & { json?: unknown; ifMatch?: string | null } = {}, read: 'json' | 'text' | 'none' = 'json'): Promise<ApiResult<T>> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  if (init.ifMatch) headers.set('If-Match', quoted(init.ifMatch));
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin', ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}) });
  } catch {
    return { ok: false, status: 0, error: 'The server could not be reached.', network: true };
  }
  const version = unquoted(response.headers.get('ETag'));
  if (response.ok) {
    if (read === 'none' || response.status === 204) return { ok: true, status: response.status, value: undefined as T, ...(version ? { version } : {}) };
    try {
      const value = (read === 'text' ? await response.text() : await response.json()) as T;
      return { ok: true, status: response.status, value, ...(version ? { version } : {}) };
    } catch {
      return { ok: false, status: 0, error: 'The answer was cut off.', network: true };
    }
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const error = errorText(body, studioLanguage()) ?? (typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}`);
  return { ok: false, status: response.status, error, body };
}

export const api = {
  signIn: (token: string) => call<void>(`${API}/session`, { method: 'POST', json: { token } }, 'none'),
  signedIn: () => call<{ signedIn: boolean }>(`${API}/session`),
  signOut: () => call<void>(`${API}/session`, { method: 'DELETE' }, 'none'),
  tours: () => call<TourSummary[]>(`${API}/tours`),
  createTour: (title: string, languages: string[], id?: string) =>
    call<{ id: string; version: string }>(`${API}/tours`, { method: 'POST', json: { ...(id ? { id } : {}), title: { [languages[0] ?? 'en']: title }, languages } }),
  copyTour: (from: string, id: string) => call<{ id: string; version: string }>(`${tourPath(from)}/copy`, { method: 'POST', json: { id } }),
  /** The draft's text (or the published tour's when there is no draft), with its version. */
  draft: (id: string) => call<string>(`${tourPath(id)}/draft`, { cache: 'no-store' }, 'text'),
  saveDraft: (id: string, draft: Draft, version: string | null) =>
    call<{ version: string; problems: Problem[] }>(`${tourPath(id)}/draft`, { method: 'PUT', json: draft, ifMatch: version }),
  publish: (id: string, version: string | null) => call<{ version: string }>(`${tourPath(id)}/publish`, { method: 'POST', ifMatch: version }),
  versions: (id: string) => call<VersionEntry[]>(`${tourPath(id)}/versions`, { cache: 'no-store' }),
  restore: (id: string, version: string) => call<{ version: string }>(`${tourPath(id)}/versions/${encodeURIComponent(version)}/restore`, { method: 'POST' }),
  job: (jobId: string) => call<JobStatus>(`${API}/jobs/${encodeURIComponent(jobId)}`, { cache: 'no-store' }),
};
