/**
 * A real HTTP server around the visits handler (with the live API's 404 for
 * other `/api/` paths, as in `npm start`), and requests with exactly the
 * headers a test names (node:http, so no Origin is added behind our back).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVisits, type Visits, type VisitsOptions } from '../../server/visits/index';
import { lazyStorage } from '../../server/storage/lazy';
import type { StorageOptions } from '../../server/storage/open';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are inspected field by field
  body: any;
}

export interface VisitsServer {
  url: string;
  visits: Visits;
  logs: string[];
  call(method: string, path: string, options?: { headers?: Record<string, string>; body?: unknown; localAddress?: string }): Promise<Answer>;
  close(): Promise<void>;
}

export const ORGANIZER_TOKEN = 'organizer-secret-token';
export const organizer = { Authorization: `Bearer ${ORGANIZER_TOKEN}` };
export const tourExists = (id: string) => ['demo', 'processum', 'biorefinery'].includes(id);

export async function startVisitsServer(place: StorageOptions, options: Partial<VisitsOptions> = {}): Promise<VisitsServer> {
  const logs: string[] = [];
  const visits = createVisits({ storage: lazyStorage(place), tourExists, organizerToken: ORGANIZER_TOKEN, tickMs: 0, log: (line) => logs.push(line), ...options });
  const server: Server = createServer((req, res) => {
    void visits.handleApi(req, res).then((handled) => {
      if (!handled) res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"Unknown API path."}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: VisitsServer['call'] = (method, path, { headers = {}, body, localAddress } = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const json = payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type') ? { 'Content-Type': 'application/json' } : {};
      const req = request(`${url}${path}`, { method, headers: { ...json, ...headers }, ...(localAddress ? { localAddress } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = null; // CSV and other text: read `text`
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  return {
    url,
    visits,
    logs,
    call,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await visits.close();
    },
  };
}

/** A valid visit request starting `days` from now. */
export function visitRequest(overrides: Record<string, unknown> = {}, days = 14) {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setUTCSeconds(0, 0);
  return {
    tour: 'demo',
    title: 'Distillation column',
    startsAt: start.toISOString(),
    timeZone: 'Europe/Stockholm',
    durationMinutes: 60,
    capacity: 1,
    languages: ['en', 'sv', 'fi'],
    speakers: [{ name: 'Anna', organisation: 'Processum' }],
    meetingUrl: 'https://meet.example.org/visit',
    ...overrides,
  };
}

export const registration = (n: number, overrides: Record<string, unknown> = {}) => ({ name: `Guest ${n}`, email: `Guest${n}@Example.org`, language: 'en', consent: true, website: '', ...overrides });

/** The secret in a link's fragment (`#key=…`). */
export const secretOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('key') ?? '';
