/**
 * The live options `npm start` reads from the environment:
 * REDIS_URL (share sessions between processes), LIVE_STORE_FILE (where
 * sessions are kept across restarts without Redis; default a file per port in
 * the temp folder, `none` for memory only), LIVE_TTL_SECONDS, PUBLIC_URL,
 * DEFAULT_TOUR.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Id } from '../../src/tour/schema';
import { DEFAULT_TOUR } from '../../src/tour/defaultTour';
import type { LiveOptions } from './index';
import { channelLimitsFromEnv } from './channel/limits';
import { trustedProxiesFromEnv } from '../http/clientAddress';

/** Tours are folders `<id>/tour.json` in the built app or in TOURS_DIR. */
export function tourExistsIn(...folders: (string | undefined)[]) {
  return (id: string) => Id.safeParse(id).success && folders.some((f) => f !== undefined && existsSync(join(f, id, 'tour.json')));
}

export function liveOptionsFromEnv(dist: string, toursDir: string | undefined, env = process.env): LiveOptions {
  return {
    defaultTour: env.DEFAULT_TOUR || DEFAULT_TOUR,
    tourExists: tourExistsIn(join(dist, 'tours'), toursDir),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.REDIS_URL || env.LIVE_STORE_FILE === 'none' ? {} : { storeFile: env.LIVE_STORE_FILE || join(tmpdir(), `sitevisit-live-${env.PORT || 8080}.json`) }),
    ...(env.LIVE_TTL_SECONDS ? { ttlSeconds: Number(env.LIVE_TTL_SECONDS) } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    // The channel's limits (LIVE_MESSAGES_*, LIVE_REFUSED_*, LIVE_HANDSHAKES_*, LIVE_MAX_CONNECTIONS_PER_IP, LIVE_PRESENTER_GRACE_SECONDS) and TRUST_PROXY.
    channel: { ...channelLimitsFromEnv(env), trustedProxies: trustedProxiesFromEnv(env.TRUST_PROXY) },
  };
}
