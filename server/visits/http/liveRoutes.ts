/**
 * The live part of the visits API (docs/visits-live.md): a speaker opens the
 * visit's live session from their presenter page and opens its doors (their
 * presenter secret as `Authorization: Bearer`, never in a URL), and anyone
 * with the visit's code reads its follow-up (answered questions, tour links).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CODE_PATTERN } from '../../../src/protocol/live-code';
import { secretMatches } from '../../live/secrets';
import { openDoorsInDb } from '../doors';
import { followUpOf } from '../followUp';
import { openLiveSession } from '../liveSession';
import { visitByCode } from '../visitStore';
import { isOver } from '../visitEnd';
import type { Route, VisitsContext } from './context';
import { describe } from './guestRoutes';
import { answer, bearerSecret, refuse, writeAllowed } from './io';

async function speakerAction(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext, code: string, action: 'presenter' | 'doors'): Promise<void> {
  if (!writeAllowed(req, res, ctx.publicUrl)) return;
  const secret = bearerSecret(req);
  if (!secret) return refuse(res, 401, 'Open your presenter link to present this visit.', {}, { 'WWW-Authenticate': 'Bearer realm="sitevisit presenter"' });
  const visit = await visitByCode(ctx.db, code);
  if (!visit) return refuse(res, 404, 'There is no visit with this code.');
  const speakers = await ctx.db.selectFrom('visit_speakers').select(['name', 'key_hash']).where('visit_id', '=', visit.id).orderBy('position').execute();
  const index = speakers.findIndex((s) => secretMatches(secret, s.key_hash));
  const speaker = speakers[index];
  if (!speaker) return refuse(res, 403, 'This presenter link is not one of this visit’s.');
  if (isOver(visit, ctx.now(), ctx.overrunMinutes)) return refuse(res, 410, 'This visit has ended.');
  if (!ctx.live) return refuse(res, 503, 'Live tours are not available on this server.');
  const liveCode = await openLiveSession(ctx.db, ctx.live.store, visit.id, ctx.now().getTime());
  if (!liveCode) return refuse(res, 404, 'This visit has no tour to present.');
  if (action === 'doors') {
    await openDoorsInDb(ctx.db, visit.id, ctx.now());
    ctx.live.doorsOpened(liveCode);
    ctx.log(`visits: the doors of visit ${visit.code} are open`);
    return answer(res, 200, { live: { code: liveCode, doorsOpen: true } });
  }
  answer(res, 200, { live: { code: liveCode, doorsOpen: visit.doorsOpenedAt !== null }, speaker: { id: `p${index + 1}`, name: speaker.name }, visit: await describe(ctx, visit) });
}

export const liveRoutes: Route = async (req, res, url, ctx) => {
  const match = /^\/api\/visits\/([A-Za-z0-9]{6})\/(presenter|doors|follow-up)$/.exec(url.pathname);
  const code = match?.[1]?.toUpperCase();
  if (!match || !code || !CODE_PATTERN.test(code)) return false;
  const method = req.method ?? 'GET';
  if (match[2] === 'follow-up') {
    if (method !== 'GET') return false;
    const visit = await visitByCode(ctx.db, code);
    if (!visit) refuse(res, 404, 'There is no visit with this code.');
    else answer(res, 200, await followUpOf(ctx.db, visit, visit.origin, ctx.now(), ctx.overrunMinutes));
    return true;
  }
  if (method !== 'POST') return false;
  await speakerAction(req, res, ctx, code, match[2] as 'presenter' | 'doors');
  return true;
};
