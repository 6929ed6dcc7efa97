/**
 * Saving a tour of 200 hotspots in the studio (issue 15: ≤ 100 ms server time): the draft saved
 * again and again as the studio saves it (PUT with If-Match), each save moving one hotspot (the
 * common edit) or renaming thirty (a larger one). The server's time is from the request's arrival
 * to the end of its answer (`serverMs`, timed in the server: the client's JSON and fetch, run in
 * the same process, are not in it); the request's time as the client sees it and the process's CPU
 * time per save are beside it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StudioServer } from '../studioServer';
import { percentile, round } from './stats';

export interface SaveSeries {
  edit: string;
  saves: number;
  serverMs: { median: number; p90: number };
  requestMs: { median: number; p90: number };
  cpuMs: { median: number; p90: number };
}

const TOUR = 'bench-save';

const hotspot = (i: number, tag: string, yaw: number) => ({
  id: `h${i}`,
  type: 'info',
  title: { en: `Hotspot ${i}${tag}`, sv: `Punkt ${i}`, fi: `Kohde ${i}` },
  body: { en: `The **pump ${i}** moves 40 m³ an hour.`, sv: `Pumpen ${i} flyttar 40 m³ i timmen.`, fi: `Pumppu ${i} siirtää 40 m³ tunnissa.` },
  yaw,
  pitch: (i % 60) - 30,
});

const tourWith = (change: (i: number) => { tag: string; yaw: number }) => ({
  id: TOUR,
  title: { en: 'Big' },
  defaultLanguage: 'en',
  languages: ['en', 'sv', 'fi'],
  scenes: [{ id: 'plant', type: 'panorama', title: { en: 'Plant' }, image: 'plant.jpg', hotspots: Array.from({ length: 200 }, (_, i) => hotspot(i, change(i).tag, change(i).yaw)) }],
});

/** `serverTimes` is filled by the server's `onApi` hook (see `timeAnswers`). */
export async function measureStudioSave(server: StudioServer, serverTimes: number[], saves: number): Promise<SaveSeries[]> {
  const cookie = await server.signIn('Bench');
  const created = await server.call('/api/studio/tours', { method: 'POST', cookie, body: JSON.stringify({ id: TOUR, title: { en: 'Big' }, languages: ['en', 'sv', 'fi'] }) });
  if (created.status !== 201) throw new Error(`creating the tour answered ${created.status}`);
  writeFileSync(join(server.content, TOUR, 'plant.jpg'), '');
  let etag = (await server.call(`/api/studio/tours/${TOUR}/draft`, { cookie })).headers.get('etag') ?? '';
  const save = async (tour: object) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    serverTimes.length = 0;
    const response = await server.call(`/api/studio/tours/${TOUR}/draft`, { method: 'PUT', cookie, headers: { 'if-match': etag }, body: JSON.stringify(tour) });
    await response.arrayBuffer();
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (response.status !== 200) throw new Error(`save answered ${response.status}`);
    etag = response.headers.get('etag') ?? '';
    return { ms, server: serverTimes[0] ?? NaN, cpu: (used.user + used.system) / 1000 };
  };
  await save(tourWith((i) => ({ tag: '', yaw: (i % 360) - 180 })));
  const stat = (xs: number[]) => ({ median: round(percentile(xs, 50)), p90: round(percentile(xs, 90)) });
  const run = async (edit: string, tourFor: (n: number) => object): Promise<SaveSeries> => {
    const results = [];
    for (let n = 0; n < saves; n++) results.push(await save(tourFor(n)));
    return { edit, saves, serverMs: stat(results.map((r) => r.server)), requestMs: stat(results.map((r) => r.ms)), cpuMs: stat(results.map((r) => r.cpu)) };
  };
  return [
    await run('one hotspot moved', (n) => tourWith((i) => ({ tag: '', yaw: i === n % 200 ? 12.3 + n : (i % 360) - 180 }))),
    await run('thirty hotspots renamed', (n) => tourWith((i) => ({ tag: i < 30 ? ` v${n}` : '', yaw: (i % 360) - 180 }))),
  ];
}

/** An `onApi` hook that records how long each studio save took the server, from arrival to the answer's end. */
export function timeAnswers(into: number[]) {
  return (req: { method?: string | undefined; url?: string | undefined }, res: { once(event: 'finish', listener: () => void): unknown }) => {
    if (req.method !== 'PUT' || !(req.url ?? '').startsWith('/api/studio/')) return;
    const start = performance.now();
    res.once('finish', () => into.push(performance.now() - start));
  };
}
