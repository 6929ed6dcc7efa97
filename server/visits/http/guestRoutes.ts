/**
 * The guest's side of the visits API: read a visit by its code, register
 * (honeypot, per-address limit, waiting list), and the guest's own link —
 * `Authorization: Bearer <secret>` from the link's fragment — to read or
 * cancel the registration. Only a hash of each secret is stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CODE_PATTERN } from '../../../src/protocol/live-code';
import { clientAddress } from '../../http/clientAddress';
import { hashSecret, newSecret } from '../../live/secrets';
import { RegisterRequest, normalEmail } from '../requests';
import { cancelByKey, register, registrationByKey, type Registration } from '../registrations';
import { confirmedCount, speakersOf, visitByCode, type Visit } from '../visitStore';
import { joinUrl, publicVisit } from '../publicVisit';
import { calendarFile } from '../ics';
import { mailVisit, notifyPromoted } from '../mail/visitMail';
import { answer, bearerSecret, originFor, readJson, refuse, writeAllowed } from './io';
import type { Route, VisitsContext } from './context';
import { liveForGuest } from './liveSeam';

export async function describe(ctx: VisitsContext, visit: Visit) {
  const [speakers, confirmed] = await Promise.all([speakersOf(ctx.db, visit.id), confirmedCount(ctx.db, visit.id)]);
  return publicVisit(visit, speakers, confirmed, ctx.now(), ctx.overrunMinutes, visit.tours[0] ? ctx.posterOf(visit.tours[0]) : null);
}

/** The guest's calendar file; it holds their personal link, so only they are given it. */
const calendarFor = (ctx: VisitsContext, visit: Visit, registration: Registration, link: string) =>
  calendarFile({ uid: `${registration.id}@sitevisit`, title: visit.title, start: visit.startsAt, end: visit.endsAt, url: link, meetingUrl: visit.meetingUrl, language: registration.language, alarmMinutes: ctx.reminderMinutes, now: ctx.now() });

async function registerGuest(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext, code: string): Promise<void> {
  if (!writeAllowed(req, res, ctx.publicUrl)) return;
  const wait = ctx.registerLimit?.take(clientAddress(req, ctx.trustedProxies)) ?? 0;
  if (wait > 0) return refuse(res, 429, `Too many registrations came from your address. Try again in ${wait} s.`, { limit: 'address' }, { 'Retry-After': String(wait) });
  const input = await readJson(req, res, RegisterRequest);
  if (!input) return;
  if (input.website) return refuse(res, 400, 'Leave the field "website" empty.', { problems: ['website: leave this field empty'] });
  const origin = originFor(req, res, ctx.publicUrl);
  if (!origin) return;
  const secret = newSecret();
  const guest = { name: input.name, email: normalEmail(input.email), organisation: input.organisation || null, language: input.language };
  const outcome = await register(ctx.db, code, guest, { now: ctx.now(), keyHash: hashSecret(secret), rekeyExisting: ctx.notifier.enabled });
  switch (outcome.kind) {
    case 'unknown-visit':
      return refuse(res, 404, 'There is no visit with this code.');
    case 'closed':
      return refuse(res, 410, 'Registration for this visit has closed.');
    case 'language':
      return refuse(res, 400, 'Some fields are not valid.', { problems: [`language: this visit is offered in ${outcome.visit.languages.join(', ')}`] });
    case 'existing': {
      // The link is never shown to whoever typed the address: only mailed to the address itself.
      const { visit, registration, rekeyed } = outcome;
      if (rekeyed) {
        const link = joinUrl(origin, visit.code, secret);
        ctx.notifier.send({ kind: 'resent', visit: mailVisit(visit), guest: { ...registration, language: guest.language }, joinUrl: link, ics: calendarFor(ctx, visit, registration, link) });
      }
      return answer(res, 200, { status: registration.status, alreadyRegistered: true, emailed: rekeyed });
    }
    case 'created': {
      const { visit, registration } = outcome;
      const link = joinUrl(origin, visit.code, secret);
      const ics = calendarFor(ctx, visit, registration, link);
      ctx.notifier.send({ kind: registration.status, visit: mailVisit(visit), guest: registration, joinUrl: link, ics });
      return answer(res, 201, { status: registration.status, joinUrl: link, ics, emailed: ctx.notifier.enabled });
    }
  }
}

async function ownRegistration(req: IncomingMessage, res: ServerResponse, ctx: VisitsContext): Promise<void> {
  const secret = bearerSecret(req);
  if (!secret) return refuse(res, 401, 'Open your personal link to see your registration.', {}, { 'WWW-Authenticate': 'Bearer realm="sitevisit registration"' });
  const keyHash = hashSecret(secret);
  if (req.method === 'DELETE') {
    if (!writeAllowed(req, res, ctx.publicUrl)) return;
    const removal = await cancelByKey(ctx.db, keyHash);
    if (!removal) return refuse(res, 404, 'This link is no longer valid: the registration was cancelled or deleted.');
    notifyPromoted(ctx.notifier, removal.promoted);
    res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
    return;
  }
  const found = await registrationByKey(ctx.db, keyHash);
  if (!found) return refuse(res, 404, 'This link is no longer valid: the registration was cancelled or deleted.');
  const { visit, registration } = found;
  const origin = originFor(req, res, ctx.publicUrl);
  if (!origin) return;
  const link = joinUrl(origin, visit.code, secret);
  answer(res, 200, {
    status: registration.status,
    name: registration.name,
    language: registration.language,
    visit: await describe(ctx, visit),
    ...(registration.status === 'confirmed' && visit.meetingUrl ? { meetingUrl: visit.meetingUrl } : {}),
    ics: calendarFor(ctx, visit, registration, link),
    ...(await liveForGuest(ctx, visit, registration)),
  });
}

export const guestRoutes: Route = async (req, res, url, ctx) => {
  const method = req.method ?? 'GET';
  if (url.pathname === '/api/registrations/me') {
    if (method !== 'GET' && method !== 'DELETE') return false;
    await ownRegistration(req, res, ctx);
    return true;
  }
  const match = /^\/api\/visits\/([A-Za-z0-9]{6})(\/registrations)?$/.exec(url.pathname);
  const code = match?.[1]?.toUpperCase();
  if (!match || !code || !CODE_PATTERN.test(code)) return false;
  if (match[2] && method === 'POST') await registerGuest(req, res, ctx, code);
  else if (!match[2] && method === 'GET') {
    const visit = await visitByCode(ctx.db, code);
    if (!visit) refuse(res, 404, 'There is no visit with this code.');
    else answer(res, 200, await describe(ctx, visit));
  } else return false;
  return true;
};
