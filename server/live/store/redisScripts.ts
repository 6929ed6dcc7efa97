/**
 * The Redis store's writes as Lua scripts, so each is atomic: a session hash
 * never exists without its TTL, a write never resurrects an expired session,
 * and the sorted set of open sessions (member: code, score: expiry in ms)
 * that count() reads moves with the hashes.
 */

/** One hash per session: `meta` (code, tour, presenters), `driver`, `state` (state, pointer, stateAt) and `stateAt`. */
export const sessionKey = (code: string) => `sitevisit:live:${code}`;
export const OPEN_KEY = 'sitevisit:live-open';

/** KEYS: session, open set. ARGV: meta, ttl s, expiry ms, code. 1 if created, 0 if the code is taken. */
export const CREATE = `
if redis.call('HSETNX', KEYS[1], 'meta', ARGV[1]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1`;

/** KEYS: session, open set. ARGV: ttl s, expiry ms, code, then field/value pairs. 0 if the session is gone. */
export const UPDATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if #ARGV > 3 then redis.call('HSET', KEYS[1], unpack(ARGV, 4)) end
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1`;

/**
 * Writes back a session this process holds, after Redis lost it (restarted
 * empty). A session still there keeps its own driver; its state is replaced
 * only by a newer one. KEYS: session, open set. ARGV: ttl s, expiry ms, code,
 * meta, driver, state, stateAt. 1 if written back whole.
 */
export const RESTORE = `
if redis.call('HSETNX', KEYS[1], 'meta', ARGV[4]) == 1 then
  redis.call('HSET', KEYS[1], 'driver', ARGV[5], 'state', ARGV[6], 'stateAt', ARGV[7])
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  return 1
end
if tonumber(redis.call('HGET', KEYS[1], 'stateAt') or '0') < tonumber(ARGV[7]) then
  redis.call('HSET', KEYS[1], 'state', ARGV[6], 'stateAt', ARGV[7])
end
return 0`;
