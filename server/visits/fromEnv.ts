/**
 * The visits settings `npm start` reads from the environment (documented in
 * docs/operations.md): DATABASE_URL, ORGANIZER_TOKEN, SMTP_URL, MAIL_FROM,
 * VISIT_REMINDER_MINUTES, VISIT_RETENTION_DAYS, VISIT_LOBBY_MINUTES, VISIT_OVERRUN_MINUTES, VISITS_REGISTER_PER_MINUTE,
 * and the shared PUBLIC_URL and TRUST_PROXY. A value it cannot use throws a
 * sentence naming the variable, and the server does not start.
 */
import { trustedProxiesFromEnv } from '../http/clientAddress';
import { lazyStorage } from '../storage/lazy';
import type { VisitsOptions } from './index';
import { createSmtpMailer } from './mail/mailer';
import { posterReader } from './posters';

function whole(env: NodeJS.ProcessEnv, name: string, meaning: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ${meaning}, not "${value}"`);
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, schemes: string[]): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  let protocol = '';
  try {
    protocol = new URL(value).protocol.slice(0, -1);
  } catch {
    // reported below, without echoing a value that may hold a password
  }
  if (!schemes.includes(protocol)) throw new Error(`${name} must be a ${schemes.map((s) => `${s}://`).join(' or ')} URL`);
  return value;
}

export interface VisitsPlace {
  dataDir: string;
  tourExists(id: string): boolean;
  /** The tours folders in the order they are served (CONTENT_DIR, then the built app's). */
  tourFolders: (string | undefined)[];
}

export function visitsOptionsFromEnv(env: NodeJS.ProcessEnv, place: VisitsPlace): VisitsOptions {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const smtpUrl = url(env, 'SMTP_URL', ['smtp', 'smtps']);
  const reminderMinutes = whole(env, 'VISIT_REMINDER_MINUTES', 'of minutes (0: no reminder e-mail)');
  const retentionDays = whole(env, 'VISIT_RETENTION_DAYS', 'of days');
  const lobbyMinutes = whole(env, 'VISIT_LOBBY_MINUTES', 'of minutes');
  const overrunMinutes = whole(env, 'VISIT_OVERRUN_MINUTES', 'of minutes (0: a visit closes at its scheduled end)');
  const registerPerMinute = whole(env, 'VISITS_REGISTER_PER_MINUTE', '(0 turns the limit off)');
  const host = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).hostname : 'localhost';
  return {
    storage: lazyStorage({ ...(databaseUrl ? { databaseUrl } : {}), dataDir: place.dataDir }),
    tourExists: place.tourExists,
    posterOf: posterReader(place.tourFolders),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    trustedProxies: trustedProxiesFromEnv(env.TRUST_PROXY),
    ...(env.ORGANIZER_TOKEN ? { organizerToken: env.ORGANIZER_TOKEN } : {}),
    ...(registerPerMinute !== undefined ? { registerPerMinute } : {}),
    ...(reminderMinutes !== undefined ? { reminderMinutes } : {}),
    ...(retentionDays !== undefined ? { retentionDays } : {}),
    ...(lobbyMinutes !== undefined ? { lobbyMinutes } : {}),
    ...(overrunMinutes !== undefined ? { overrunMinutes } : {}),
    mailer: smtpUrl ? createSmtpMailer(smtpUrl, env.MAIL_FROM || `sitevisit <no-reply@${host}>`) : null,
  };
}
