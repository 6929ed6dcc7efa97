/**
 * A bench server in a process of its own (scripts/bench/apart.ts starts it): `app <dist> <toursDir>`
 * or `viewers <root> <bareDir> <toursDir> <appDist>`. Prints its URL, then serves until killed.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveViewers } from './compareSetup';
import { serveAppWithTours } from './tiles';

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

const [kind, ...args] = process.argv.slice(2) as [string, ...string[]];
const [a = '', b = '', c = '', d = ''] = args;
const served = kind === 'app' ? await serveAppWithTours(a, b, listen) : kind === 'viewers' ? await serveViewers(a, b, c, d) : null;
if (!served) throw new Error(`apartServer: unknown kind "${kind}" (app or viewers)`);
process.stdout.write(`${served.url}\n`);
