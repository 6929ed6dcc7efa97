/**
 * The organizer's side of the visits API (ORGANIZER_TOKEN or a studio
 * session): schedule a visit, list visits with their counts, see and download
 * who registered and came, and answer a guest's export or erasure request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { originAllowed } from '../../live/api/checks';
import { hashSecret, newSecret } from '../../live/secrets';
import { CreateVisitRequest, PersonalDataRequest, normalEmail } from '../requests';
import { visitProblems } from '../visitProblems';
import { createVisit, listVisits, visitById, type Visit } from '../visitStore';
import { removeByEmail } from '../registrations';
import { exportByEmail } from '../personalData';
import { attendanceCsv, attendanceOf } from '../attendance';
import { organizerUrl, presenterUrl, registrationUrl } from '../publicVisit';
import { answer, originFor, readJson, refuse, sendCsv, writeAllowed } from './io';
import type { Route, VisitsContext } from './context';
import { notifyPromoted } from '../mail/visitMail';
import { questionsCsv } from '../followUp';
import { isOver, overrunOf } from '../visitEnd';

const VISIT_ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** Answers 401/403 and returns false unless the request comes from an organizer. */
async function authorized(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext): Promise<boolean> {
  const who = await ctx.organizer(req);
  if (who === 'missing') {
    refuse(res, 401, 'Organizing visits needs the organizer token (Authorization: Bearer …) or a studio sign-in.', { token: 'missing' }, { 'WWW-Authenticate': 'Bearer realm="sitevisit visits"' });
    return false;
  }
  if (who === 'wrong') {
    refuse(res, 403, 'The organizer token is not right.', { token: 'wrong' });
    return false;
  }
  // A cookie rides along with any page's request: a change made with one must come from our own page.
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  if (who === 'cookie' && write && (!req.headers.origin || !originAllowed(req.headers, ctx.publicUrl, []))) {
    refuse(res, 403, 'Changes made with a studio sign-in must come from this site’s own pages.');
    return false;
  }
  return true;
}

async function schedule(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext): Promise<void> {
  if (!writeAllowed(req, res, ctx.publicUrl)) return;
  const input = await readJson(req, res, CreateVisitRequest);
  if (!input) return;
  const now = ctx.now();
  const { tours, problems } = visitProblems(input, { tourExists: ctx.tourExists, now });
  if (problems.length) return refuse(res, 400, 'Some fields are not valid.', { problems });
  const origin = originFor(req, res, ctx.publicUrl);
  if (!origin) return;
  const speakers = input.speakers.map((s) => ({ name: s.name, organisation: s.organisation ?? null, tour: s.tour ?? null, secret: newSecret() }));
  const visit = await createVisit(
    ctx.db,
    {
      origin,
      title: input.title,
      tours,
      startsAt: new Date(input.startsAt),
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      capacity: input.capacity,
      languages: input.languages,
      meetingUrl: input.meetingUrl ?? null,
      registrationDeadline: input.registrationDeadline ? new Date(input.registrationDeadline) : null,
      overrunMinutes: input.overrunMinutes ?? null,
      speakers: speakers.map(({ secret, ...s }) => ({ ...s, keyHash: hashSecret(secret) })),
    },
    now,
  );
  ctx.log(`visits: visit ${visit.code} scheduled with ${speakers.length} speaker link(s)`);
  answer(res, 201, {
    id: visit.id,
    code: visit.code,
    registrationUrl: registrationUrl(origin, visit.code),
    organizerUrl: organizerUrl(origin, visit.id),
    overrunMinutes: overrunOf(visit, ctx.overrunMinutes),
    speakers: speakers.map((s) => ({ name: s.name, presenterUrl: presenterUrl(origin, visit.code, s.secret) })),
  });
}

async function list(res: ServerResponse, ctx: VisitsContext): Promise<void> {
  // A visit running in its overrun (its own, else the site's) is still upcoming (isOver), not past.
  const now = ctx.now();
  const over = (visit: Visit) => isOver(visit, now, ctx.overrunMinutes);
  const visits = await listVisits(ctx.db, now, over);
  answer(
    res,
    200,
    visits.map((v) => ({
      id: v.id,
      code: v.code,
      title: v.title,
      startsAt: v.startsAt.toISOString(),
      endsAt: v.endsAt.toISOString(),
      timeZone: v.timeZone,
      durationMinutes: v.durationMinutes,
      overrunMinutes: overrunOf(v, ctx.overrunMinutes),
      ended: over(v),
      capacity: v.capacity,
      registered: v.registered,
      waiting: v.waiting,
      attended: v.attended,
    })),
  );
}

async function registrationsOf(res: ServerResponse, ctx: VisitsContext, id: string, csv: boolean): Promise<void> {
  const visit = await visitById(ctx.db, id);
  if (!visit) return refuse(res, 404, 'There is no such visit.');
  if (csv) {
    return sendCsv(res, `attendance-${visit.code}.csv`, attendanceCsv(await attendanceOf(ctx.db, visit, ctx.now(), ctx.overrunMinutes)));
  }
  const rows = await ctx.db.selectFrom('registrations').select(['name', 'email', 'organisation', 'language', 'status', 'created_at']).where('visit_id', '=', id).orderBy('seq').execute();
  answer(res, 200, rows.map((r) => ({ name: r.name, email: r.email, organisation: r.organisation, language: r.language, status: r.status, registeredAt: new Date(r.created_at).toISOString() })));
}

async function questionsOf(res: ServerResponse, ctx: VisitsContext, id: string): Promise<void> {
  const visit = await visitById(ctx.db, id);
  if (!visit) return refuse(res, 404, 'There is no such visit.');
  sendCsv(res, `questions-${visit.code}.csv`, await questionsCsv(ctx.db, visit, visit.origin));
}

async function personalData(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext, action: string): Promise<void> {
  if (!writeAllowed(req, res, ctx.publicUrl)) return;
  const input = await readJson(req, res, PersonalDataRequest);
  if (!input) return;
  const email = normalEmail(input.email);
  if (action === 'export') return answer(res, 200, await exportByEmail(ctx.db, email));
  const { removed, promoted } = await removeByEmail(ctx.db, email);
  notifyPromoted(ctx.notifier, promoted);
  ctx.log(`visits: ${removed.length} registration(s) deleted on an erasure request`);
  answer(res, 200, { deleted: removed.length });
}

export const organizerRoutes: Route = async (req, res, url, ctx) => {
  const path = url.pathname;
  const registrations = new RegExp(`^/api/visits/${VISIT_ID}/(registrations|attendance\\.csv|questions\\.csv)$`).exec(path);
  const data = /^\/api\/visits\/personal-data\/(export|delete)$/.exec(path);
  const method = req.method ?? 'GET';
  const allowed = path === '/api/visits' ? ['GET', 'POST'] : registrations ? ['GET'] : data ? ['POST'] : null;
  if (!allowed) return false;
  // GET on /api/visits/<id>/registrations is the organizer's list; POST on a visit code's registrations is the guest's.
  if (!allowed.includes(method)) return false;
  if (!(await authorized(req, res, ctx))) return true;
  if (path === '/api/visits') await (method === 'POST' ? schedule(req, res, ctx) : list(res, ctx));
  else if (registrations?.[1] && registrations[2] === 'questions.csv') await questionsOf(res, ctx, registrations[1]);
  else if (registrations?.[1]) await registrationsOf(res, ctx, registrations[1], registrations[2] === 'attendance.csv');
  else if (data?.[1]) await personalData(req, res, ctx, data[1]);
  return true;
};
