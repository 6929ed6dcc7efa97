/** The studio's test server is shared with the benchmark: scripts/studioServer.ts. */
export { startStudioServer, type StudioServer, type StudioServerOptions } from '../../../scripts/studioServer';
