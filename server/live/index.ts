/**
 * Live guided tours on the app's own HTTP server: `POST /api/live` and a
 * Socket.IO channel on the same origin and port. With `redisUrl`, sessions
 * live in Redis and the Socket.IO Redis adapter joins the rooms of every
 * process, so several processes behind a load balancer act as one.
 */
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createApiHandler } from './api';
import type { ApiLimits } from './api/limits';
import { attachLiveChannel, type ChannelExtension, type ChannelTuning } from './channel';
import { useFrameFanOut } from './fanOut';
import { createRedisClients } from './redisClients';
import { createMemoryStore, createRedisStore, type SessionStore, type StoreHealth } from './store';

export interface LiveOptions {
  /** Tour used when `POST /api/live` names none: an id, or read per request (the site's tours/index.json; null: none). */
  defaultTour: string | (() => string | null);
  tourExists(id: string): boolean;
  /** Share sessions with other processes through this Redis (e.g. `redis://127.0.0.1:6379`). */
  redisUrl?: string;
  /** Without Redis: a file the sessions are kept in across restarts. Default: memory only. */
  storeFile?: string;
  /** After a failed write to `storeFile`, the longest wait between retries. Default 10 s. */
  storeRetryMaxMs?: number;
  /** A session with no activity for this long ends. Default 4 hours. */
  ttlSeconds?: number;
  /** Origin the links point at (behind a proxy). Default: the request's Host. */
  publicUrl?: string;
  /** Where events are logged (codes only, never keys). Default console.log. */
  log?: (line: string) => void;
  /** Who may create sessions and how many (see server/live/api/limits.ts). */
  api?: ApiLimits;
  /** The live channel's limits and timings (see server/live/channel/limits.ts for defaults and env variables). */
  channel?: ChannelTuning;
  /** Sessions run by other rules: booked visits (server/visits/live). */
  extension?: ChannelExtension;
  /** Room broadcasts written as ready frames (fanOut.ts). Default true; false keeps Engine.IO's own path (`bench:live --baseline`). */
  frameFanOut?: boolean;
}

export interface Live {
  /** Answers a request under `/api/`. */
  handleApi(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The tour of session `code`, or null when there is none (or the store cannot say). */
  sessionTour(code: string): Promise<string | null>;
  /** Adds the live channel to the HTTP server. */
  attach(server: HttpServer): Server;
  /** Whether the session store can take new sessions now (and why not). */
  health(): StoreHealth;
  /** The session store, for booked visits to open their sessions in (server/visits/liveSession.ts). */
  store: SessionStore;
  /** Resolves once this process hears the other processes (after `attach`; at once without Redis). Until then connections are refused `unavailable`. */
  hearingOthers(): Promise<void>;
  close(): Promise<void>;
}

/** Packets larger than this close the connection (messages over 1 KB are already refused). */
const MAX_PACKET_BYTES = 16 * 1024;

export function createLive(options: LiveOptions): Live {
  const log = options.log ?? ((line: string) => console.log(line));
  const ttl = options.ttlSeconds ?? 4 * 3600;
  const redis = options.redisUrl ? createRedisClients(options.redisUrl) : null;
  let io: Server | null = null;
  const store = redis
    ? createRedisStore(redis.client, ttl, {
        log,
        // Without the store nobody can join or follow: close this process's live connections, so pages show
        // "reconnecting" and retry (refused with `unavailable` until Redis is back, then resynced by their welcome).
        // Closing the transport, not disconnecting the socket, keeps the clients' own reconnection going.
        onAvailability: (available) => {
          if (!available) for (const socket of io?.of('/').sockets.values() ?? []) socket.conn.close();
        },
      })
    : createMemoryStore(ttl, options.storeFile, { log, ...(options.storeRetryMaxMs ? { retryMaxMs: options.storeRetryMaxMs } : {}) });
  const { defaultTour } = options;
  const api = createApiHandler({ ...options.api, store, log, defaultTour: typeof defaultTour === 'string' ? () => defaultTour : defaultTour, tourExists: options.tourExists, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) });
  let detach: (() => Promise<void>) | null = null;
  let hearing: Promise<void> = Promise.resolve();

  return {
    handleApi: api,
    async sessionTour(code) {
      try {
        return (await store.get(code))?.tour ?? null;
      } catch {
        return null;
      }
    },
    attach(server) {
      io = new Server(server, {
        serveClient: false,
        maxHttpBufferSize: MAX_PACKET_BYTES,
        // Quick detection of dropped connections, so clients reconnect and resync soon.
        pingInterval: 10_000,
        pingTimeout: 5_000,
        ...(redis ? { adapter: createAdapter(redis.client, redis.subscriber) } : {}),
      });
      if (options.frameFanOut !== false) useFrameFanOut(io);
      // The adapter subscribes without waiting for Redis; a PING queued behind its (P)SUBSCRIBEs is answered once they are active.
      let hears = redis === null;
      if (redis) {
        hearing = redis.subscriber.ping().then(
          () => void (hears = true),
          () => new Promise<void>(() => {}), // closed before Redis answered: never
        );
      }
      detach = attachLiveChannel(io, { store, log, clustered: redis !== null, hearsOthers: () => hears, ...options.channel, ...(options.extension ? { extension: options.extension } : {}) });
      return io;
    },
    health: () => store.health(),
    store,
    hearingOthers: () => hearing,
    async close() {
      await detach?.();
      await store.close();
      // Closing the transports (not disconnecting the sockets) lets clients
      // reconnect by themselves to the restarted server; io.close() would also
      // close the HTTP server, which its owner does.
      io?.engine.close();
      redis?.client.disconnect();
      redis?.subscriber.disconnect();
    },
  };
}
