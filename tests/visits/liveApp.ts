/**
 * A real server with the visits API and the live channel wired as `npm start` wires them (the
 * visit live side as the channel's extension), on a free port; with `redisUrl`, sessions and rooms
 * are shared with other processes. `visitClient` is a socket.io-client that records both events.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { createLive, type Live } from '../../server/live/index';
import { lazyStorage } from '../../server/storage/lazy';
import type { StorageOptions } from '../../server/storage/open';
import { createVisits, type Visits, type VisitsOptions } from '../../server/visits/index';
import { createVisitLive } from '../../server/visits/live/index';
import { LIVE_EVENT, LIVE_PROTOCOL_VERSION, type ServerMessage } from '../../src/protocol/live';
import { VISIT_EVENT, VISIT_PROTOCOL_VERSION, type VisitServerMessage } from '../../src/protocol/visitLive';
import { messageQueue } from '../live/helpers';
import { ORGANIZER_TOKEN, tourExists } from './http';

export interface VisitApp {
  url: string;
  visits: Visits;
  live: Live;
  logs: string[];
  close(): Promise<void>;
}

export interface VisitAppOptions extends Partial<VisitsOptions> {
  redisUrl?: string;
  port?: number;
  /** Every log line as it is written (a server process prints them). */
  onLog?: (line: string) => void;
}

export async function startVisitApp(place: StorageOptions, options: VisitAppOptions = {}): Promise<VisitApp> {
  const logs: string[] = [];
  const { redisUrl, port = 0, onLog, ...visitOptions } = options;
  const log = (line: string) => {
    logs.push(line);
    onLog?.(line);
  };
  const storage = lazyStorage(place);
  // As `npm start` does: an existing database is open before the first connection asks whether its session runs a visit.
  if (storage.wanted) await storage.get();
  const { now, overrunMinutes } = visitOptions;
  const visitLive = createVisitLive({ storage, log, ...(now ? { now } : {}), ...(overrunMinutes !== undefined ? { overrunMinutes } : {}) });
  const live = createLive({ defaultTour: 'demo', tourExists, log, api: { createPerMinute: 0 }, extension: visitLive.extension, ...(redisUrl ? { redisUrl } : {}) });
  const visits = createVisits({ storage, tourExists, organizerToken: ORGANIZER_TOKEN, registerPerMinute: 0, tickMs: 0, log, live: { store: live.store, doorsOpened: visitLive.doorsOpened }, ...visitOptions });
  const http: Server = createServer((req, res) => {
    void visits.handleApi(req, res).then((handled) => (handled ? undefined : live.handleApi(req, res)));
  });
  live.attach(http);
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  // With Redis, connections are refused until this process hears the others.
  await live.hearingOthers();
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    visits,
    live,
    logs,
    async close() {
      visitLive.close();
      await live.close();
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
      await visits.close();
    },
  };
}

/** A JSON request; `body` of the answer is parsed when it is JSON. */
export async function call(url: string, method: string, path: string, { bearer, body }: { bearer?: string; body?: unknown } = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // CSV: read `text`
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the answers' fields directly
  return { status: res.status, text, body: json as any };
}

type Any = ServerMessage | VisitServerMessage;

export interface VisitClient {
  /** Every message in arrival order, both events. */
  received: Any[];
  next<T extends Any['type']>(type: T, match?: (m: Extract<Any, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<Any, { type: T }>>;
  visit(m: Record<string, unknown>): void;
  live(m: Record<string, unknown>): void;
  /** The handshake's refusal reason. */
  refused(): Promise<string>;
  socket: ReturnType<typeof io>;
  close(): void;
}

export function visitClient(url: string, code: string, auth: { key?: string; guest?: string }): VisitClient {
  const socket = io(url, { auth: { v: LIVE_PROTOCOL_VERSION, code, ...auth }, transports: ['websocket'], reconnection: false });
  const queue = messageQueue<Any>(10_000);
  socket.on(LIVE_EVENT, queue.arrive);
  socket.on(VISIT_EVENT, queue.arrive);
  return {
    received: queue.received,
    socket,
    next: queue.next,
    visit: (m) => void socket.emit(VISIT_EVENT, { v: VISIT_PROTOCOL_VERSION, ...m }),
    live: (m) => void socket.emit(LIVE_EVENT, { v: LIVE_PROTOCOL_VERSION, ...m }),
    refused: () => new Promise((resolve) => socket.once('connect_error', (e) => resolve(e.message))),
    close: () => void socket.disconnect(),
  };
}
