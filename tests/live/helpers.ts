/** A real live server on a free port (no static app) and real Socket.IO clients that record what they receive. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import { createLive, type Live, type LiveOptions } from '../../server/live/index';
import { readSecret } from '../../src/protocol/secretLink';
import { LIVE_EVENT, LIVE_PROTOCOL_VERSION, type ClientMessage, type CreateSessionResponse, type ServerMessage } from '../../src/protocol/live';

export interface TestServer {
  url: string;
  port: number;
  live: Live;
  logs: string[];
  close(): Promise<void>;
}

export async function startServer(options: Partial<LiveOptions> = {}, port = 0): Promise<TestServer> {
  const logs: string[] = [];
  const live = createLive({ defaultTour: 'processum', tourExists: (id) => ['processum', 'other'].includes(id), log: (l) => logs.push(l), ...options,
    // Tests create many sessions from 127.0.0.1: the per-address limit only where a test asks for it (tests/live/api.test.ts).
    api: { createPerMinute: 0, ...options.api } });
  const http: Server = createServer((req, res) => {
    if (req.url?.startsWith('/api/')) return void live.handleApi(req, res);
    res.writeHead(404).end();
  });
  live.attach(http);
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const actual = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    live,
    logs,
    async close() {
      await live.close();
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}

export async function createSession(url: string, body: unknown = {}): Promise<CreateSessionResponse> {
  const res = await fetch(`${url}/api/live`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  if (res.status !== 201) throw new Error(`POST /api/live: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateSessionResponse;
}

/** The secret a presenter link carries (in its fragment, `#key=…`). */
export const keyOf = (presenterUrl: string) => readSecret(presenterUrl).secret as string;

export interface Client {
  socket: Socket;
  received: ServerMessage[];
  /** Resolves with the next message (after those already seen) matching `match`. */
  next<T extends ServerMessage['type']>(type: T, match?: (m: Extract<ServerMessage, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<ServerMessage, { type: T }>>;
  send(m: Omit<ClientMessage, 'v'> | Record<string, unknown>): void;
  close(): void;
}

/**
 * Messages in arrival order, and `next(type, match)`: the next one after those already taken that
 * matches, awaited up to `timeoutMs` (the error names what came instead).
 */
export function messageQueue<A extends { type: string }>(defaultTimeoutMs: number) {
  const received: A[] = [];
  let seen = 0;
  const waiters = new Set<() => void>();
  return {
    received,
    arrive(m: A) {
      received.push(m);
      for (const w of [...waiters]) w();
    },
    next<T extends A['type']>(type: T, match: (m: Extract<A, { type: T }>) => boolean = () => true, timeoutMs = defaultTimeoutMs): Promise<Extract<A, { type: T }>> {
      type M = Extract<A, { type: T }>;
      return new Promise<M>((resolve, reject) => {
        const check = () => {
          for (let i = seen; i < received.length; i++) {
            const m = received[i] as A;
            if (m.type === type && match(m as M)) {
              seen = i + 1;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(m as M);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no "${type}" message within ${timeoutMs} ms; got ${received.slice(seen).map((m) => m.type).join(', ') || 'nothing'}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export function connect(url: string, code: string, key?: string, extra: Partial<Parameters<typeof io>[1]> = {}): Client {
  const socket = io(url, {
    auth: { v: LIVE_PROTOCOL_VERSION, code, ...(key ? { key } : {}) },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    ...extra,
  });
  const queue = messageQueue<ServerMessage>(5000);
  socket.on(LIVE_EVENT, queue.arrive);
  return {
    socket,
    received: queue.received,
    next: queue.next,
    send(m) {
      socket.emit(LIVE_EVENT, { v: LIVE_PROTOCOL_VERSION, ...m });
    },
    close() {
      socket.disconnect();
    },
  };
}

/**
 * `connect` for a test file whose clients are closed after each test, and then its server (read
 * through `server`, as the file's tests start their own).
 */
export function trackClients(server: () => TestServer | undefined = () => undefined): typeof connect {
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server()?.close();
  });
  return (...args) => {
    const c = connect(...args);
    clients.push(c);
    return c;
  };
}

/** Resolves once the handshake was refused, with the server's reason. */
export const connectError = (client: Client) => new Promise<string>((resolve) => client.socket.once('connect_error', (e) => resolve(e.message)));

export const panorama = (yaw: number) => ({ scene: 'control-room', view: { kind: 'panorama' as const, yaw, pitch: 0, fov: 70 }, card: null });

/** Waits until `check` holds for a store (event-driven: re-checked on every change). */
export function until(store: { subscribe(f: () => void): () => void }, check: () => boolean, what: string, timeoutMs = 5000) {
  return new Promise<void>((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const off = store.subscribe(() => {
      if (check()) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
}
