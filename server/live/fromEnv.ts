/**
 * The live options `npm start` reads from the environment:
 * REDIS_URL (share sessions between processes), LIVE_STORE_FILE (where
 * sessions are kept across restarts without Redis; default a file per port in
 * DATA_DIR, `none` for memory only), LIVE_STORE_RETRY_MAX_MS (after a
 * failed write to that file, the longest wait between retries; default 10 s),
 * LIVE_TTL_SECONDS, PUBLIC_URL; and who may create sessions:
 * LIVE_CREATE_PER_MINUTE, LIVE_MAX_SESSIONS, LIVE_CREATE_TOKEN, EMBED_ORIGINS,
 * TRUST_PROXY.
 *
 * The store file is an append-only log of JSON lines (mode 600, key hashes
 * only); the default name keeps `.json` so that a file from an earlier version
 * (one JSON array) is found and read at the first start of this one.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Id } from '../../src/tour/schema';
import { parseOrigins } from '../embedOrigins';
import { defaultTourReader } from '../defaultTour';
import { trustedProxiesFromEnv } from '../http/clientAddress';
import type { ApiLimits } from './api/limits';
import type { LiveOptions } from './index';
import { channelLimitsFromEnv } from './channel/limits';

/** Tours are folders `<id>/tour.json` in the built app or in TOURS_DIR. */
export function tourExistsIn(...folders: (string | undefined)[]) {
  return (id: string) => Id.safeParse(id).success && folders.some((f) => f !== undefined && existsSync(join(f, id, 'tour.json')));
}

export function liveOptionsFromEnv(dist: string, toursDir: string | undefined, dataDir: string = tmpdir(), env = process.env): LiveOptions {
  return {
    // A session created without a tour gets the site's default, as `/` does (tours/index.json).
    defaultTour: defaultTourReader([toursDir, join(dist, 'tours')]),
    tourExists: tourExistsIn(join(dist, 'tours'), toursDir),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.REDIS_URL || env.LIVE_STORE_FILE === 'none' ? {} : { storeFile: env.LIVE_STORE_FILE || join(dataDir, `live-sessions-${env.PORT || 8080}.json`) }),
    ...(Number(env.LIVE_STORE_RETRY_MAX_MS) > 0 ? { storeRetryMaxMs: Number(env.LIVE_STORE_RETRY_MAX_MS) } : {}),
    ...(env.LIVE_TTL_SECONDS ? { ttlSeconds: Number(env.LIVE_TTL_SECONDS) } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    // The channel's limits (LIVE_MESSAGES_*, LIVE_REFUSED_*, LIVE_HANDSHAKES_*, LIVE_MAX_CONNECTIONS_PER_IP, LIVE_PRESENTER_GRACE_SECONDS) and TRUST_PROXY.
    channel: { ...channelLimitsFromEnv(env), trustedProxies: trustedProxiesFromEnv(env.TRUST_PROXY) },
    api: apiLimitsFromEnv(env),
  };
}

/** A count from the environment: a whole number ≥ 0, or the default when unset. */
function count(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number (0 turns the limit off), not "${value}"`);
  return n;
}

export function apiLimitsFromEnv(env = process.env): ApiLimits {
  const createPerMinute = count(env, 'LIVE_CREATE_PER_MINUTE');
  const maxSessions = count(env, 'LIVE_MAX_SESSIONS');
  return {
    ...(createPerMinute !== undefined ? { createPerMinute } : {}),
    ...(maxSessions !== undefined ? { maxSessions } : {}),
    ...(env.LIVE_CREATE_TOKEN ? { createToken: env.LIVE_CREATE_TOKEN } : {}),
    embedOrigins: parseOrigins(env.EMBED_ORIGINS),
    trustedProxies: trustedProxiesFromEnv(env.TRUST_PROXY),
  };
}
