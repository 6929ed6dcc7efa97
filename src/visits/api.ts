/**
 * The visits HTTP API as the pages use it (docs/visits.md): answers validated
 * at the edge (zod), failures kept as data — the status, the server's words
 * and its problem paths — so each page can say them in the user's words.
 * Objects are not strict: a newer server may say more.
 */
import * as z from 'zod/mini';
import { QuestionWhere } from '../protocol/visitLive';

const Speaker = z.object({ name: z.string(), organisation: z.optional(z.string()) });

/** `GET /api/visits/<code>`: the visit as anyone with its code sees it. */
export const PublicVisit = z.object({
  code: z.string(),
  title: z.string(),
  tours: z.optional(z.array(z.string())),
  startsAt: z.string(),
  endsAt: z.optional(z.string()),
  timeZone: z.string(),
  durationMinutes: z.number(),
  languages: z.array(z.string()),
  speakers: z.array(Speaker),
  capacity: z.number(),
  seatsLeft: z.number(),
  registrationOpen: z.boolean(),
  /** Over (ended, or past its end and the overrun grace); older servers leave it out: the page goes by `endsAt`. */
  ended: z.optional(z.boolean()),
  posterUrl: z.optional(z.nullable(z.string())),
  /** Days the registrations are kept after the visit (default 30). */
  retentionDays: z.optional(z.number()),
});
export type PublicVisit = z.infer<typeof PublicVisit>;

const Status = z.enum(['confirmed', 'waiting']);

/**
 * `POST /api/visits/<code>/registrations` → 201 with the personal link and calendar file; or 200
 * `alreadyRegistered` for an e-mail address registered before — then the link goes only to that
 * address (`emailed`), never to whoever typed it.
 */
export const Registration = z.object({
  status: Status,
  joinUrl: z.optional(z.string()),
  ics: z.optional(z.string()),
  alreadyRegistered: z.optional(z.boolean()),
  emailed: z.optional(z.boolean()),
});
export type Registration = z.infer<typeof Registration>;

/** `GET /api/registrations/me` with the guest's secret. */
export const MyRegistration = z.object({
  status: Status,
  name: z.string(),
  language: z.string(),
  visit: PublicVisit,
  meetingUrl: z.optional(z.nullable(z.string())),
  /** The guest's calendar file again. */
  ics: z.optional(z.string()),
  /**
   * The visit's live session, once the server has one (issue 16 "Open doors"): its code and whether
   * the doors are open. Until the server sends it, the lobby waits with its countdown.
   */
  live: z.optional(z.object({ code: z.string(), doorsOpen: z.boolean() })),
});
export type MyRegistration = z.infer<typeof MyRegistration>;

/** `GET /api/visits/<code>/follow-up` (docs/visits-live.md): the self-guided tours and the answered questions. */
export const FollowUpAnswer = z.object({
  code: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  ended: z.boolean(),
  tours: z.array(z.object({ id: z.string(), url: z.string() })),
  questions: z.array(
    z.object({ id: z.string(), text: z.string(), where: QuestionWhere, viewUrl: z.string(), votes: z.number(), askedAt: z.string() }),
  ),
});
export type FollowUpAnswer = z.infer<typeof FollowUpAnswer>;

/** `GET /api/visits` (organiser): upcoming first, then past. */
export const VisitSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number(),
  /** Minutes it may run past its end before it closes by itself (its own, else the site's); older servers leave it out. */
  overrunMinutes: z.optional(z.number()),
  /** Over: ended, or past its end and its overrun; older servers leave it out (the page then goes by the end). */
  ended: z.optional(z.boolean()),
  capacity: z.number(),
  registered: z.number(),
  waiting: z.number(),
  attended: z.number(),
});
export type VisitSummary = z.infer<typeof VisitSummary>;

/** `POST /api/visits` → 201. */
export const CreatedVisit = z.object({
  id: z.string(),
  code: z.string(),
  registrationUrl: z.string(),
  organizerUrl: z.string(),
  speakers: z.array(z.object({ name: z.string(), presenterUrl: z.string() })),
});
export type CreatedVisit = z.infer<typeof CreatedVisit>;

/** A refusal: HTTP status (0 when the server was not reached), its words, problem paths, Retry-After seconds. */
export interface Failure {
  ok: false;
  status: number;
  error: string;
  /** JSON paths of the fields at fault, with the server's message when it gave one. */
  problems: { path: unknown; message?: string }[];
  retryAfter: number | null;
  /** Organiser refusals: no token was sent (`missing`, 401) or the one sent is not right (`wrong`, 403). */
  token?: string;
}

/** A refusal the organiser answers by giving the access token (again). */
export const needsToken = (f: Failure) => f.status === 401 || f.token === 'wrong';

export type Answer<T> = { ok: true; status: number; data: T } | Failure;

/** One problem as the server writes it: `"speakers.0.name: give a name"`, or `{ path, message }`. */
function readProblem(p: unknown): Failure['problems'][number] {
  if (typeof p === 'string') {
    const m = /^([^\s:]+): (.*)$/s.exec(p);
    return m ? { path: m[1], message: m[2] ?? '' } : { path: '', message: p };
  }
  if (p && typeof p === 'object' && 'path' in p) {
    const { path, message } = p as { path: unknown; message?: unknown };
    return typeof message === 'string' ? { path, message } : { path };
  }
  return { path: '' };
}

export const readProblems = (raw: unknown): Failure['problems'] => (Array.isArray(raw) ? raw.map(readProblem) : []);

/** Sends a request and reads the answer with `schema` (or none for 204). Never throws. */
export async function request<T>(url: string, init: RequestInit, schema: z.ZodMiniType<T> | null): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    return { ok: false, status: 0, error: 'network', problems: [], retryAfter: null };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) {
    if (!schema) return { ok: true, status: response.status, data: undefined as T };
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, status: response.status, data: parsed.data };
    return { ok: false, status: 502, error: 'unexpected answer', problems: [], retryAfter: null };
  }
  const json = (body ?? {}) as { error?: unknown; problems?: unknown; token?: unknown };
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    ok: false,
    status: response.status,
    error: typeof json.error === 'string' ? json.error : `HTTP ${response.status}`,
    problems: readProblems(json.problems),
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    ...(typeof json.token === 'string' ? { token: json.token } : {}),
  };
}

export const jsonBody = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const visitUrl = (code: string) => `/api/visits/${encodeURIComponent(code)}`;
