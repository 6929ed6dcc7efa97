/**
 * Saving a tour of 200 hotspots in the studio (issue 15: ≤ 100 ms server time): a real app
 * server with the studio over temporary folders, the draft saved again and again as the studio
 * saves it (PUT with If-Match), each save moving one hotspot (the common edit) or renaming
 * thirty (a larger one). Prints the median and 90th percentile of the request's time as the
 * client sees it on loopback (the server's time, plus a loopback round trip), and of the
 * server process's CPU time per save (which the machine's other load does not inflate).
 *
 *   npx tsx scripts/bench-studio-save.ts [--saves 40]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createAppServer } from '../server/app';
import { createStudio } from '../server/studio/index';

const { values } = parseArgs({ options: { saves: { type: 'string', default: '40' } } });
const SAVES = Number(values.saves);
const root = mkdtempSync(join(tmpdir(), 'sitevisit-bench-save-'));
const dist = join(root, 'dist');
const content = join(root, 'content', 'tours');
mkdirSync(content, { recursive: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
cpSync('public/tours', join(dist, 'tours'), { recursive: true });
const studio = createStudio({ contentDir: content, dataDir: join(root, 'content', 'data'), dist, token: 'bench-token-0123456789', log: () => {} });
const server = createAppServer({ dist, toursDir: content, api: (req, res) => studio.handleApi(req, res), log: () => {} });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let cookie = '';
const call = (path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { origin: base, 'content-type': 'application/json', cookie, ...(init.headers as Record<string, string>) } });
cookie = ((await call('/api/studio/session', { method: 'POST', body: JSON.stringify({ token: 'bench-token-0123456789', name: 'Bench' }) })).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
await call('/api/studio/tours', { method: 'POST', body: JSON.stringify({ id: 'big', title: { en: 'Big' }, languages: ['en', 'sv', 'fi'] }) });
writeFileSync(join(content, 'big', 'plant.jpg'), '');

const hotspot = (i: number, tag: string, yaw: number) => ({
  id: `h${i}`,
  type: 'info',
  title: { en: `Hotspot ${i}${tag}`, sv: `Punkt ${i}`, fi: `Kohde ${i}` },
  body: { en: `The **pump ${i}** moves 40 m³ an hour.`, sv: `Pumpen ${i} flyttar 40 m³ i timmen.`, fi: `Pumppu ${i} siirtää 40 m³ tunnissa.` },
  yaw,
  pitch: (i % 60) - 30,
});
const tourWith = (change: (i: number) => { tag: string; yaw: number }) => ({
  id: 'big',
  title: { en: 'Big' },
  defaultLanguage: 'en',
  languages: ['en', 'sv', 'fi'],
  scenes: [{ id: 'plant', type: 'panorama', title: { en: 'Plant' }, image: 'plant.jpg', hotspots: Array.from({ length: 200 }, (_, i) => hotspot(i, change(i).tag, change(i).yaw)) }],
});

let etag = (await call('/api/studio/tours/big/draft')).headers.get('etag') ?? '';
const save = async (tour: object) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const response = await call('/api/studio/tours/big/draft', { method: 'PUT', headers: { 'if-match': etag }, body: JSON.stringify(tour) });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (response.status !== 200) throw new Error(`save answered ${response.status}`);
  etag = response.headers.get('etag') ?? '';
  return { ms, cpu: (used.user + used.system) / 1000 };
};
await save(tourWith((i) => ({ tag: '', yaw: (i % 360) - 180 })));

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;
const run = async (name: string, tourFor: (n: number) => object) => {
  const results = [];
  for (let n = 0; n < SAVES; n++) results.push(await save(tourFor(n)));
  const ms = results.map((r) => r.ms);
  const cpu = results.map((r) => r.cpu);
  console.log(`${name}: request median ${quantile(ms, 0.5).toFixed(1)} ms, p90 ${quantile(ms, 0.9).toFixed(1)} ms; CPU median ${quantile(cpu, 0.5).toFixed(1)} ms, p90 ${quantile(cpu, 0.9).toFixed(1)} ms`);
};
await run('one hotspot moved', (n) => tourWith((i) => ({ tag: '', yaw: i === n % 200 ? 12.3 + n : (i % 360) - 180 })));
await run('thirty hotspots renamed', (n) => tourWith((i) => ({ tag: i < 30 ? ` v${n}` : '', yaw: (i % 360) - 180 })));
console.log(`${SAVES} saves each; load average ${loadavg().map((l) => l.toFixed(1)).join(', ')}; ${new Date().toISOString()}`);
server.closeAllConnections();
server.close();
rmSync(root, { recursive: true, force: true });
