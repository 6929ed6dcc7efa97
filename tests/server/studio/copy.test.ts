/**
 * "Save as a copy" of a built-in demo tour gives a whole tour: the files it names outside its
 * folder (the demo's shared ../../models/…, ../../panoramas/… with their tile pyramids, the
 * plan with its level images) are copied into the copy's folder and the references rewritten,
 * so the copy passes `npx sitevisit validate`, publishes, and opens at /t/<copy>. A disk that
 * refuses the write leaves nothing behind and is answered with a sentence.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitevisit } from '../../cli/run';
import { startStudioServer, type StudioServer } from './studioServer';

let s: StudioServer;
let cookie = '';
beforeAll(async () => {
  s = await startStudioServer({ demoSite: true });
  cookie = await s.signIn('Ada');
}, 60_000);
afterAll(() => s?.close());

const json = (body: unknown) => JSON.stringify(body);
type Scene = { id: string; model?: string; plan?: string; image?: string; tiles?: string; thumbnail?: string };

describe('a copy of a demo tour', () => {
  it('brings the shared files into its folder, validates, publishes and opens at /t/<copy>', { timeout: 120_000 }, async () => {
    const copy = await s.call('/api/studio/tours/processum/copy', { method: 'POST', cookie, body: json({ id: 'pilot-copy' }) });
    expect(copy.status, await copy.clone().text()).toBe(201);
    const folder = join(s.content, 'pilot-copy');
    const draft = await s.call('/api/studio/tours/pilot-copy/draft', { cookie });
    const text = await draft.text();
    const tour = JSON.parse(text) as { scenes: Scene[] };

    // Every file the copy names is in its own folder: no reference leaves it.
    const refs = tour.scenes.flatMap((scene) => [scene.model, scene.plan, scene.image, scene.tiles, scene.thumbnail].filter((r): r is string => r !== undefined));
    expect(refs).toContain('models/pilot-hall.glb');
    expect(refs).toContain('plans/pilot-hall/plan.json');
    expect(refs).toContain('panoramas/processum-platform.jpg');
    expect(refs).toContain('panoramas/processum-platform/tiles.json');
    for (const ref of refs) expect(existsSync(join(folder, ref)), ref).toBe(true);
    // ($schema is an editor's hint, served at /tour.schema.json as before.)
    expect(text.replace('"$schema": "../../tour.schema.json"', '')).not.toContain('../');
    // The same bytes as the demo's, the tile pyramid and the plan's level images included.
    expect(readFileSync(join(folder, 'models/pilot-hall.glb')).equals(readFileSync('public/models/pilot-hall.glb'))).toBe(true);
    expect(readdirSync(join(folder, 'panoramas/processum-platform/2/front')).sort()).toEqual(readdirSync('public/panoramas/processum-platform/2/front').sort());
    expect(existsSync(join(folder, 'panoramas/processum-platform/preview.jpg'))).toBe(true);
    expect(existsSync(join(folder, 'plans/pilot-hall/level-1.webp'))).toBe(true);
    // Untouched values keep their text: only the id and the references changed.
    const original = readFileSync('public/tours/processum/tour.json', 'utf8');
    expect(text.split('\n')).toHaveLength(original.split('\n').length);
    expect(text).toBe(original.replace('"id": "processum"', '"id": "pilot-copy"').replace(/"\.\.\/\.\.\/(models|panoramas|plans)\//g, '"$1/'));

    const published = await s.call('/api/studio/tours/pilot-copy/publish', { method: 'POST', cookie, headers: { 'if-match': draft.headers.get('etag') ?? '' } });
    expect(published.status, await published.clone().text()).toBe(200);
    // The folder alone is a valid tour.
    const cli = await sitevisit('validate', join(folder, 'tour.json'));
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);

    // Visitors get it from the copy's folder: the share page, the model, a tile, a preview cut from the brought panorama.
    const page = await fetch(`${s.base}/t/pilot-copy/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Pilot hall overview — RISE Processum');
    for (const path of ['models/pilot-hall.glb', 'panoramas/processum-platform/tiles.json', 'panoramas/processum-platform/0/front/0_0.jpg']) {
      expect((await fetch(`${s.base}/tours/pilot-copy/${path}`)).status, path).toBe(200);
    }
    const preview = await fetch(`${s.base}/t/pilot-copy/platform/preview.jpg`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/jpeg');
  });

  it('a disk that refuses the write adds nothing and says so', { timeout: 120_000 }, async () => {
    // A real refusal as root: a file size limit (ulimit -f, in KB) below the demo model's 680 KB gives EFBIG.
    expect(statSync('public/models/pilot-hall.glb').size).toBeGreaterThan(600 * 1024);
    const script = join(s.dist, '..', 'copy-limited.mts');
    const module = (path: string) => pathToFileURL(join(process.cwd(), path)).href;
    writeFileSync(
      script,
      // Node does not ignore SIGXFSZ on its own: with a listener the write fails with EFBIG instead of killing the process.
      `process.on('SIGXFSZ', () => {});
import { createContentStore } from ${json(module('server/content/tourStore.ts'))};
import { copyTour } from ${json(module('server/content/createTour.ts'))};
const store = createContentStore({ contentDir: ${json(s.content)}, builtInDir: ${json(join(s.dist, 'tours'))}, publicDir: ${json(s.dist)} });
console.log(JSON.stringify(await copyTour(store, 'processum', 'too-big', 'Ada')));
`,
    );
    const before = readdirSync(s.content).sort();
    const out = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-c', 'ulimit -f 600 && exec "$0" --import tsx "$1"', process.execPath, script], { timeout: 90_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message} (${String(error.code ?? error.signal)}): ${stderr}${stdout}`)) : resolve(stdout))),
    );
    expect(JSON.parse(out.trim().split('\n').pop() ?? '')).toEqual({ ok: false, reason: 'disk', errno: 'EFBIG' });
    expect(readdirSync(s.content).sort()).toEqual(before);
  });
});
