/** What every visits route handler works with (built once in server/visits/index.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema';
import type { KeyedRateLimit } from '../../http/keyedRateLimit';
import type { Notifier } from '../mail/notifier';
import type { LiveSeam } from './liveSeam';

export interface VisitsContext {
  db: Kysely<Database>;
  now(): Date;
  tourExists(id: string): boolean;
  /** A tour's poster URL, or null. */
  posterOf(tour: string): string | null;
  /** PUBLIC_URL: the origin links point at and the one writes may come from; default the request's Host. */
  publicUrl: string | undefined;
  trustedProxies: number;
  /** 'cookie': a signed-in studio session (writes must then carry our own Origin); 'token': ORGANIZER_TOKEN. */
  organizer(req: IncomingMessage): Promise<'token' | 'cookie' | 'missing' | 'wrong'>;
  /** Registrations per client address; null: unlimited. */
  registerLimit: KeyedRateLimit | null;
  notifier: Notifier;
  /** Minutes before the start that calendars and e-mail remind the guest. */
  reminderMinutes: number;
  /** The live channel, when this server runs one (null: no live part, e.g. API-only tests). */
  live: LiveSeam | null;
  /** Minutes before the start that guests' lobbies open the live session. */
  lobbyMinutes: number;
  /** Minutes a visit scheduled without its own `overrunMinutes` may run past its end before it closes by itself (visitEnd.ts). */
  overrunMinutes: number;
  log(line: string): void;
}

/** A route answers the request and resolves, or resolves false when the path is not its own. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL, ctx: VisitsContext) => Promise<boolean>;
