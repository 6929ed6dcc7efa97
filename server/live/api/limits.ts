/**
 * What `POST /api/live` lets through, and from whom. Creating a session is
 * something staff do by hand a few times a day; these limits keep a script or
 * a hostile page from filling the server with sessions.
 */

/** Sessions one client address may create per minute, all at once or spread out (LIVE_CREATE_PER_MINUTE; 0: no limit). */
export const DEFAULT_CREATE_PER_MINUTE = 20;
/** Open sessions the server holds at most (LIVE_MAX_SESSIONS; 0: no cap). Each costs ~1 KB; they end after the TTL. */
export const DEFAULT_MAX_SESSIONS = 10_000;
/** Retry-After when the cap is met: sessions end one by one as they expire or are swept. */
export const CAP_RETRY_AFTER_SECONDS = 60;

export interface ApiLimits {
  /** Sessions per minute per client address (burst of as many). Default 20; 0 turns the limit off. */
  createPerMinute?: number;
  /** Open sessions at most. Default 10,000; 0 turns the cap off. */
  maxSessions?: number;
  /** When set, creating a session needs `Authorization: Bearer <createToken>` (LIVE_CREATE_TOKEN). */
  createToken?: string;
  /** Other origins whose pages may create sessions (EMBED_ORIGINS); our own origin always may. */
  embedOrigins?: readonly string[];
  /** Reverse proxies in front that append to X-Forwarded-For (TRUST_PROXY). Default 0. */
  trustedProxies?: number;
}
