/**
 * A visit's tours for the frame-ancestors of its pages (server/embedRoutes.ts):
 * a partner may frame a visit's pages, and its live session's, when it may
 * embed one of the visit's tours — any of a multi-site visit's, not only the
 * first (the live session starts in the first and moves from site to site).
 */
import type { VisitTours } from '../embedRoutes';
import type { LazyStorage } from '../storage/lazy';

export function visitToursOf(storage: LazyStorage): VisitTours {
  const lookup = async (column: 'code' | 'live_code', code: string): Promise<string[] | null> => {
    // A site that never opened its visits database has no visit to frame.
    const open = storage.ifOpen();
    if (!open) return null;
    const row = await open.db.selectFrom('visits').select('tours').where(column, '=', code).executeTakeFirst();
    return row ? (JSON.parse(row.tours) as string[]) : null;
  };
  return { byCode: (code) => lookup('code', code), byLiveCode: (code) => lookup('live_code', code) };
}
