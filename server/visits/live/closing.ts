/**
 * Visits that nobody ends close by themselves at their scheduled end plus the
 * overrun grace (each visit's own, else the site's: visitEnd.ts), as End visit would close them: `ended` to
 * everyone of the visit, their connections closed (which ends guests' stays
 * in the attendance list), the follow-up due.
 *
 * The timers live in memory and are re-armed from the database: at start,
 * then every `scanMs`, each process arms a timer for every visit not closed
 * yet that closes before its next look (a restart, a visit scheduled on
 * another process, a schedule that changed). When a timer fires, the one
 * conditional write decides which process records the close; every process
 * then closes its own connections of the visit, so the end does not depend
 * on the process that won still being there.
 */
import { closesAt, isOver, markEnded, overrunOf, visitsClosingBefore } from '../visitEnd';
import { visitById } from '../visitStore';
import type { VisitLiveContext } from './context';
import { closeConnections } from './end';

/** How often the database is looked at for visits about to close. */
export const DEFAULT_CLOSE_SCAN_MS = 60_000;

export interface Closing {
  /** Looks at the database now (also done every scanMs). */
  scan(): Promise<void>;
  stop(): void;
}

/** `siteOverrunMinutes`: VISIT_OVERRUN_MINUTES, for visits scheduled without their own. */
export function startClosing(ctx: VisitLiveContext, siteOverrunMinutes: number, scanMs = DEFAULT_CLOSE_SCAN_MS): Closing {
  const armed = new Map<string, { at: number; timer: ReturnType<typeof setTimeout> }>();
  let stopped = false;

  const failed = (what: string) => (e: Error) => ctx.log(`visits: ${what} failed this time: ${e.message}`);

  async function close(visitId: string): Promise<void> {
    armed.delete(visitId);
    const database = (await ctx.storage.get()).db;
    const visit = await visitById(database, visitId);
    if (!visit) return;
    const now = ctx.now();
    // Moved later since the timer was armed (or the clocks disagree): arm it again.
    if (!isOver(visit, now, siteOverrunMinutes)) return arm(visitId, closesAt(visit, siteOverrunMinutes));
    // A server that was down past the closing time records the closing time, not when it came back.
    if (visit.endedAt === null && (await markEnded(database, visit, Math.min(now.getTime(), closesAt(visit, siteOverrunMinutes))))) {
      ctx.log(`visits: visit ${visit.code} closed by itself, ${overrunOf(visit, siteOverrunMinutes)} min after its scheduled end`);
    }
    if (visit.liveCode) closeConnections(ctx, visit.liveCode, false);
  }

  function arm(visitId: string, at: number): void {
    const current = armed.get(visitId);
    if (stopped || current?.at === at) return;
    if (current) clearTimeout(current.timer);
    // setTimeout holds at most ~24.8 days; the scan arms only what closes before its next look.
    const timer = setTimeout(() => void close(visitId).catch(failed('closing a visit')), Math.max(0, at - ctx.now().getTime()));
    timer.unref();
    armed.set(visitId, { at, timer });
  }

  async function scan(): Promise<void> {
    // A site that never scheduled a visit has no database to open.
    const storage = ctx.storage.wanted ? await ctx.storage.get() : ctx.storage.ifOpen();
    if (!storage || stopped) return;
    // Two scans ahead: a visit is armed before its closing time even when one scan is late.
    for (const visit of await visitsClosingBefore(storage.db, ctx.now().getTime() + 2 * scanMs, siteOverrunMinutes)) arm(visit.id, visit.closesAt);
  }

  const every = setInterval(() => void scan().catch(failed('looking for visits to close')), scanMs);
  every.unref();
  void scan().catch(failed('looking for visits to close'));
  return {
    scan,
    stop() {
      stopped = true;
      clearInterval(every);
      for (const { timer } of armed.values()) clearTimeout(timer);
      armed.clear();
    },
  };
}
