/**
 * Booked visits on the app's own server: the visits API (see docs/visits.md),
 * reminder e-mails and the retention rule, over the visits database
 * (server/storage). `handleApi` resolves false for paths that are not its
 * own, so it sits in front of the live API on `/api/`.
 *
 * The live part (server/visits/live, docs/visits-live.md) runs visits'
 * sessions; `live` lets this API open them (when a lobby or a presenter page
 * opens) and open their doors. The timer also sends follow-up e-mails.
 */
import type { IncomingMessage } from 'node:http';
import { bearerCheck } from '../live/api/checks';
import { createKeyedRateLimit } from '../http/keyedRateLimit';
import type { LazyStorage } from '../storage/lazy';
import type { VisitsContext } from './http/context';
import { createVisitsHandler, type VisitsHandler } from './http/router';
import { createNotifier, type Notifier } from './mail/notifier';
import type { Mailer } from './mail/mailer';
import { claimDueReminders, deleteExpired, DEFAULT_RETENTION_DAYS } from './personalData';
import { mailVisit } from './mail/visitMail';
import { claimDueFollowUps, followUpOf } from './followUp';
import { followUpPageUrl } from './mail/followUpMail';
import { DEFAULT_LOBBY_MINUTES, type LiveSeam } from './http/liveSeam';
import { DEFAULT_OVERRUN_MINUTES } from './visitEnd';
import type { VisitTours } from '../embedRoutes';
import { visitToursOf } from './embedTours';

/** Registrations one client address may make per minute, in a burst or spread out (VISITS_REGISTER_PER_MINUTE). */
export const DEFAULT_REGISTER_PER_MINUTE = 10;
/** Minutes before the start that the reminder e-mail goes out and calendars remind (VISIT_REMINDER_MINUTES). */
export const DEFAULT_REMINDER_MINUTES = 60;
/** How often reminders and retention are looked at. */
export const DEFAULT_TICK_MS = 60_000;

export interface VisitsOptions {
  storage: LazyStorage;
  tourExists(id: string): boolean;
  /** A tour's poster for the visit pages (default: none). */
  posterOf?(tour: string): string | null;
  publicUrl?: string;
  trustedProxies?: number;
  /** ORGANIZER_TOKEN: `Authorization: Bearer <token>` makes a request an organizer's. Without it only `isOrganizer` can. */
  organizerToken?: string;
  /** Another way in, e.g. the studio's signed-in session (a cookie): its writes must carry our own Origin. */
  isOrganizer?(req: IncomingMessage): boolean | Promise<boolean>;
  /** Default 10; 0 turns the limit off. */
  registerPerMinute?: number;
  /** Default 60. */
  reminderMinutes?: number;
  /** Days after a visit's end its registrations are kept. Default 30. */
  retentionDays?: number;
  /** SMTP, or null/undefined: no e-mail. */
  mailer?: Mailer | null;
  /** The live channel: opens visits' sessions and lets lobbies in (server/visits/live). Without it, no live part. */
  live?: LiveSeam;
  /** Minutes before the start that guests' lobbies open the live session. Default 60. */
  lobbyMinutes?: number;
  /** Minutes a visit scheduled without its own `overrunMinutes` may run past its end before it closes by itself. Default 15 (give the live side the same). */
  overrunMinutes?: number;
  /** The clock (tests move it). */
  now?: () => Date;
  /** Default 60 s; 0: no timer (call `tick` yourself). */
  tickMs?: number;
  log?: (line: string) => void;
}

export interface Visits {
  handleApi: VisitsHandler;
  /** Sends due reminders and deletes expired registrations (once; the timer calls it every tickMs). */
  tick(): Promise<void>;
  notifier: Notifier;
  /** Visits' tours, for the frame-ancestors of their pages (createAppServer's `visitTours`). */
  tours: VisitTours;
  close(): Promise<void>;
}

export function createVisits(options: VisitsOptions): Visits {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const notifier = createNotifier(options.mailer ?? null, log);
  const perMinute = options.registerPerMinute ?? DEFAULT_REGISTER_PER_MINUTE;
  const reminderMinutes = options.reminderMinutes ?? DEFAULT_REMINDER_MINUTES;
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const overrunMinutes = options.overrunMinutes ?? DEFAULT_OVERRUN_MINUTES;
  const token = options.organizerToken ? bearerCheck(options.organizerToken) : null;
  const organizer: VisitsContext['organizer'] = async (req) => {
    if (options.isOrganizer && (await options.isOrganizer(req))) return 'cookie';
    if (!req.headers.authorization) return 'missing';
    return token?.(req.headers) === 'ok' ? 'token' : 'wrong';
  };
  const handleApi = createVisitsHandler(options.storage, {
    now,
    tourExists: options.tourExists,
    posterOf: options.posterOf ?? (() => null),
    publicUrl: options.publicUrl,
    trustedProxies: options.trustedProxies ?? 0,
    organizer,
    registerLimit: perMinute > 0 ? createKeyedRateLimit({ perSecond: perMinute / 60, burst: perMinute }) : null,
    notifier,
    reminderMinutes,
    live: options.live ?? null,
    lobbyMinutes: options.lobbyMinutes ?? DEFAULT_LOBBY_MINUTES,
    overrunMinutes,
    log,
  });

  async function tick(): Promise<void> {
    const storage = options.storage.ifOpen();
    if (!storage) return;
    const at = now();
    if (notifier.enabled && reminderMinutes > 0) {
      for (const { guest, visit } of await claimDueReminders(storage.db, at, reminderMinutes)) notifier.send({ kind: 'reminder', visit: mailVisit(visit), guest });
    }
    if (notifier.enabled) {
      for (const { guest, visit } of await claimDueFollowUps(storage.db, at, overrunMinutes)) {
        const data = await followUpOf(storage.db, visit, visit.origin, at, overrunMinutes);
        notifier.send({ kind: 'follow-up', visit: mailVisit(visit), guest, followUp: { data, pageUrl: followUpPageUrl(visit.origin, visit.code) } });
      }
    }
    const deleted = await deleteExpired(storage.db, at, retentionDays);
    if (deleted > 0) log(`visits: ${deleted} registration(s) deleted ${retentionDays} days after their visit`);
  }

  let running = false;
  const timer =
    (options.tickMs ?? DEFAULT_TICK_MS) > 0
      ? setInterval(() => {
          if (running) return;
          running = true;
          tick()
            .catch((error: unknown) => log(`visits: reminders and retention failed this time: ${(error as Error)?.message ?? String(error)}`))
            .finally(() => (running = false));
        }, options.tickMs ?? DEFAULT_TICK_MS)
      : null;
  timer?.unref();

  return {
    handleApi,
    tick,
    notifier,
    tours: visitToursOf(options.storage),
    async close() {
      if (timer) clearInterval(timer);
      await notifier.close();
      await options.storage.close();
    },
  };
}
