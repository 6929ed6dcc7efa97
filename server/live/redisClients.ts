/**
 * The Redis connections of one server process: `client` for the session store
 * and the Socket.IO adapter's publishing, `subscriber` for the adapter's
 * subscriptions. Both keep reconnecting for as long as Redis is away; the store
 * logs the outage once (store/redis.ts), so their own error events stay quiet.
 */
import { Redis, type RedisOptions } from 'ioredis';

/** A command that gets no reply within this time fails (Redis hung, or the network lost packets). */
export const REDIS_COMMAND_TIMEOUT_MS = 2000;
/** Reconnection attempts back off to this interval, and go on for as long as Redis is away. */
const RECONNECT_MAX_MS = 2000;

const CLIENT_OPTIONS: RedisOptions = {
  // While disconnected, commands fail at once instead of waiting in a queue for Redis to return:
  // a create must answer 503 now, and a state write must not land minutes later over a newer one.
  enableOfflineQueue: false,
  // Commands in flight when the connection drops fail too, and are not sent again after reconnecting.
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  connectTimeout: REDIS_COMMAND_TIMEOUT_MS,
  retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, RECONNECT_MAX_MS),
};

export function createRedisClients(url: string) {
  const client = new Redis(url, CLIENT_OPTIONS);
  // The adapter publishes without awaiting the result: while Redis is down those publishes
  // (broadcasts to other processes, lost anyway) must fail quietly, not as unhandled rejections.
  const publish = client.publish.bind(client) as (channel: string, message: string | Buffer) => Promise<number>;
  Object.assign(client, {
    publish: (channel: string, message: string | Buffer) => {
      const sent = publish(channel, message);
      sent.catch(() => {});
      return sent;
    },
  });
  // Subscriptions wait for the connection (the adapter subscribes at once, without awaiting) and are renewed after each reconnect.
  const subscriber = client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
  subscriber.on('error', () => {});
  return { client, subscriber };
}
