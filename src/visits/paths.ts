/**
 * The visit pages' addresses, without zod or React: the viewer's first chunk
 * reads the path to decide whether to load the visit pages at all.
 *   /v/<code>          registration page (public)
 *   /v/<code>/join     the guest's own page (its secret in the fragment)
 *   /v/<code>/present  a speaker's page (their presenter secret in the fragment): rehearse, open doors, present
 *   /v/<code>/follow-up after the visit: the self-guided tour and the answered questions
 *   /visits            the organiser's list; /visits/new the Schedule visit form; /visits/<id> one visit
 */
export type VisitRoute =
  | { page: 'register'; code: string }
  | { page: 'join'; code: string }
  | { page: 'present'; code: string }
  | { page: 'follow-up'; code: string }
  | { page: 'list'; focus: string | null }
  | { page: 'schedule' };

/** A path segment as the server hands them out; the server decides whether it names a visit. */
const SEGMENT = '([A-Za-z0-9_-]{1,64})';

export function visitRouteOf(pathname: string): VisitRoute | null {
  const register = new RegExp(`^/v/${SEGMENT}/?$`).exec(pathname);
  if (register?.[1]) return { page: 'register', code: register[1] };
  const sub = new RegExp(`^/v/${SEGMENT}/(join|present|follow-up)/?$`).exec(pathname);
  if (sub?.[1] && sub[2]) return { page: sub[2] as 'join' | 'present' | 'follow-up', code: sub[1] };
  if (/^\/visits\/?$/.test(pathname)) return { page: 'list', focus: null };
  if (/^\/visits\/new\/?$/.test(pathname)) return { page: 'schedule' };
  const one = new RegExp(`^/visits/${SEGMENT}/?$`).exec(pathname);
  if (one?.[1]) return { page: 'list', focus: one[1] };
  return null;
}
