/**
 * `npm start`: builds the app when dist/ is missing or stale (in a checkout;
 * with NODE_ENV=production it refuses to start instead), then serves it
 * on HOST:PORT (defaults 127.0.0.1:8080). One process is a complete deployment.
 * CONTENT_DIR (default ./content/tours; TOURS_DIR is its older name) is a folder of
 * `<id>/tour.json` tours served at /tours/ before the built-in ones, so tours can be
 * added without a rebuild; DATA_DIR (default ./content/data) keeps the server's data
 * (see server/config/folders.ts).
 * EMBED_ORIGINS (optional, comma-separated) may embed and drive every tour;
 * ASSET_ORIGINS (optional, comma-separated) may serve models and images.
 * Live guided tours share the port (see server/live/fromEnv.ts for REDIS_URL etc.);
 * so do booked visits (server/visits/fromEnv.ts: DATABASE_URL, ORGANIZER_TOKEN, SMTP_URL …).
 * The studio (/api/studio/, server/studio/) signs in with STUDIO_TOKEN, or without it
 * with a one-time link printed at start; REDIS_URL without STUDIO_TOKEN refuses to start.
 */
import { spawnSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuild } from './buildStamp';
import { buildOnce } from './buildOnce';
import { createAppServer } from './app';
import { parseOrigins } from './embedOrigins';
import { createLive, type Live } from './live/index';
import { liveOptionsFromEnv } from './live/fromEnv';
import { installLastResort } from './http/lastResort';
import { ensureFolders, foldersFromEnv, type Folders } from './config/folders';
import { createVisits, type Visits } from './visits/index';
import { visitsOptionsFromEnv } from './visits/fromEnv';
import { createVisitLive, type VisitLive } from './visits/live/index';
import { createStudio } from './studio/index';
import { orStop } from './config/orStop';
import { isStudioRequest } from './studio/session';

// Before anything else: no stray rejection or stream error may end the process.
installLastResort();

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8080);

// Production never builds: its install has no Vite, and a half-built dist/ must not be served.
const build = checkBuild(root, dist);
if (!build.ok && process.env.NODE_ENV === 'production') {
  console.error(`sitevisit: not starting: ${build.problem}. Build it with \`npm ci && npm run build\` (the build needs the dev dependencies; \`npm prune --omit=dev\` after it), or deploy a dist/ built from these same sources.`);
  process.exit(1);
}
if (!build.ok) {
  console.log(`Building the app (${build.problem})…`);
  // The production build (dist/), whatever the caller's environment says; one build at a time.
  const env = { ...process.env, NODE_ENV: 'production', SITEVISIT_TEST_BUILD: undefined };
  if (!buildOnce(root, dist, () => spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env }).status === 0)) {
    console.error('The build failed; not starting.');
    process.exit(1);
  }
}

const folders: Folders = await orStop(() => {
  const wanted = foldersFromEnv();
  ensureFolders(wanted);
  return wanted;
});
const toursDir = folders.contentDir;
const [embedOrigins, assetOrigins] = await orStop(
  () => [parseOrigins(process.env.EMBED_ORIGINS), parseOrigins(process.env.ASSET_ORIGINS)],
  'sitevisit: not starting: EMBED_ORIGINS / ASSET_ORIGINS',
);
const liveOptions = await orStop(() => liveOptionsFromEnv(dist, toursDir, folders.dataDir));
// Several processes must accept each other's studio sessions: a printed one-time token is this process's alone.
if (process.env.REDIS_URL && !process.env.STUDIO_TOKEN) {
  console.error('sitevisit: not starting: several processes share this site (REDIS_URL), so the studio needs STUDIO_TOKEN (the same long random value for every process)');
  process.exit(1);
}
const { visits, live, visitLive } = await orStop(async (): Promise<{ visits: Visits; live: Live; visitLive: VisitLive }> => {
  const visitsOptions = visitsOptionsFromEnv(process.env, { dataDir: folders.dataDir, tourExists: liveOptions.tourExists, tourFolders: [toursDir, join(dist, 'tours')] });
  // An existing database (or DATABASE_URL) is opened now, so a wrong one stops the start; else on first use.
  if (visitsOptions.storage.wanted) await visitsOptions.storage.get();
  // Booked visits run their live sessions by their own rules (lobby, doors, questions), through the live channel.
  const visitLive = createVisitLive({ storage: visitsOptions.storage, ...(visitsOptions.overrunMinutes !== undefined ? { overrunMinutes: visitsOptions.overrunMinutes } : {}) });
  const live = createLive({ ...liveOptions, extension: visitLive.extension });
  // A signed-in studio user schedules visits without the organizer token.
  const visits = createVisits({ ...visitsOptions, isOrganizer: isStudioRequest, live: { store: live.store, doorsOpened: visitLive.doorsOpened } });
  return { visits, live, visitLive };
});
const studio = createStudio({
  contentDir: toursDir,
  dataDir: folders.dataDir,
  dist,
  ...(Number(process.env.STUDIO_UPLOAD_MAX_BYTES) > 0 ? { uploadMaxBytes: Number(process.env.STUDIO_UPLOAD_MAX_BYTES) } : {}),
  ...(process.env.STUDIO_TOKEN ? { token: process.env.STUDIO_TOKEN } : {}),
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
  trustedProxies: liveOptions.channel?.trustedProxies ?? 0,
});
void studio.resumeJobs().then((n) => n > 0 && console.log(`studio: resuming ${n} job(s) left by a stopped server`));
// `/api/studio/…` is the studio's, `/api/visits…` and `/api/registrations…` the visits API's; every other `/api/` path the live API's.
const api = async (req: IncomingMessage, res: ServerResponse) => {
  if ((req.url ?? '').startsWith('/api/studio/')) return studio.handleApi(req, res);
  if (!(await visits.handleApi(req, res))) await live.handleApi(req, res);
};
const server = createAppServer({
  dist,
  embedOrigins,
  assetOrigins,
  toursDir,
  api,
  liveSessionTour: live.sessionTour,
  visitTours: visits.tours,
  shareCacheDir: join(folders.dataDir, 'share'),
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
});
live.attach(server);
// The last resort keeps the process up on stray errors; a port it cannot listen on must still stop it.
const cannotListen = (error: Error) => {
  console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
};
server.once('error', cannotListen);
server.listen(port, host, () => {
  server.off('error', cannotListen);
  const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  // The one-time token goes in the fragment: browsers never send it to a server, so no log holds it.
  const signIn = studio.signInLine(process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : origin);
  if (signIn) console.log(signIn);
  console.log(`sitevisit is serving ${origin}/`);
});
const stop = () =>
  void Promise.all([visitLive.close(), live.close(), visits.close().catch(() => {})]).then(() => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // idle keep-alive connections would hold close() open
  });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
