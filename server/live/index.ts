/**
 * Live guided tours on the app's own HTTP server: `POST /api/live` and a
 * Socket.IO channel on the same origin and port. With `redisUrl`, sessions
 * live in Redis and the Socket.IO Redis adapter joins the rooms of every
 * process, so several processes behind a load balancer act as one.
 */
import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { createApiHandler } from './api';
import { attachLiveChannel, type ChannelTuning } from './channel';
import { createMemoryStore, createRedisStore, type SessionStore } from './store';

export interface LiveOptions {
  /** Tour used when `POST /api/live` names none. */
  defaultTour: string;
  tourExists(id: string): boolean;
  /** Share sessions with other processes through this Redis (e.g. `redis://127.0.0.1:6379`). */
  redisUrl?: string;
  /** Without Redis: a file the sessions are kept in across restarts. Default: memory only. */
  storeFile?: string;
  /** A session with no activity for this long ends. Default 4 hours. */
  ttlSeconds?: number;
  /** Origin the links point at (behind a proxy). Default: the request's Host. */
  publicUrl?: string;
  /** Where events are logged (codes only, never keys). Default console.log. */
  log?: (line: string) => void;
  /** The live channel's limits and timings (see server/live/channel/limits.ts for defaults and env variables). */
  channel?: ChannelTuning;
}

export interface Live {
  /** Answers a request under `/api/`. */
  handleApi(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Adds the live channel to the HTTP server. */
  attach(server: HttpServer): Server;
  close(): Promise<void>;
}

/** Packets larger than this close the connection (messages over 1 KB are already refused). */
const MAX_PACKET_BYTES = 16 * 1024;

export function createLive(options: LiveOptions): Live {
  const log = options.log ?? ((line: string) => console.log(line));
  const ttl = options.ttlSeconds ?? 4 * 3600;
  const redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 3 }) : null;
  const subscriber = redis?.duplicate() ?? null;
  const store: SessionStore = redis ? createRedisStore(redis, ttl) : createMemoryStore(ttl, options.storeFile);
  const handleApi = createApiHandler({ store, log, defaultTour: options.defaultTour, tourExists: options.tourExists, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) });
  let io: Server | null = null;
  let detach: (() => Promise<void>) | null = null;

  return {
    handleApi,
    attach(server) {
      io = new Server(server, {
        serveClient: false,
        maxHttpBufferSize: MAX_PACKET_BYTES,
        // Quick detection of dropped connections, so clients reconnect and resync soon.
        pingInterval: 10_000,
        pingTimeout: 5_000,
        ...(redis && subscriber ? { adapter: createAdapter(redis, subscriber) } : {}),
      });
      detach = attachLiveChannel(io, { store, log, clustered: redis !== null, ...options.channel });
      return io;
    },
    async close() {
      await detach?.();
      await store.close();
      // Closing the transports (not disconnecting the sockets) lets clients
      // reconnect by themselves to the restarted server; io.close() would also
      // close the HTTP server, which its owner does.
      io?.engine.close();
      redis?.disconnect();
      subscriber?.disconnect();
    },
  };
}
