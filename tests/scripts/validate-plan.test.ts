/**
 * `npm run validate` opens the floor plan and the map a tour names: a plan or
 * map that is missing, not JSON, not a plan, or whose image is missing, not a
 * PNG/WebP or of another size than the manifest says is an error with its JSON path; likewise
 * a plan of a group of scenes (`plans`), and a guide card a panorama would inherit from a model
 * hotspot further than 16 m from its standpoint.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

const run = (file: string) => spawnSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'sitevisit-validate-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tour = {
  id: 'planned',
  title: 'Planned',
  scenes: [{ id: 'hall', type: 'model', title: 'Hall', model: 'hall.glb', plan: 'plan/plan.json' }],
  map: { image: 'map.webp', width: 40, height: 30, places: [{ scene: 'hall', position: [20, 15] }] },
};
const plan = { format: 'sitevisit-plan', version: 1, width: 40, height: 20, origin: [-2, -1], metresPerPixel: 0.1, levels: [{ height: 0, cut: 2, image: 'level-0.webp' }] };
const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#88aacc' } }).webp().toBuffer();

describe('npm run validate: plans and maps', () => {
  it('reports a missing plan and map, then what is wrong inside them, each at its JSON path', async () => {
    const file = join(dir, 'tour.json');
    writeFileSync(file, JSON.stringify(tour));
    writeFileSync(join(dir, 'hall.glb'), 'glTF');
    let result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('scenes[0].plan: file not found: plan/plan.json');
    expect(result.stdout).toContain('map.image: file not found: map.webp');

    mkdirSync(join(dir, 'plan'));
    writeFileSync(join(dir, 'plan', 'plan.json'), '{ "format": ');
    writeFileSync(join(dir, 'map.webp'), await image(41, 30));
    result = run(file);
    expect(result.stdout).toContain('scenes[0].plan: plan/plan.json is not valid JSON');
    expect(result.stdout).toContain('map.image: the image is 41×30 px but the map says 40×30');

    writeFileSync(join(dir, 'plan', 'plan.json'), JSON.stringify({ ...plan, version: 2 }));
    writeFileSync(join(dir, 'map.webp'), 'not an image');
    result = run(file);
    expect(result.stdout).toMatch(/scenes\[0\]\.plan: plan\/plan\.json is not a plan written by `sitevisit plan` \(version: /);
    expect(result.stdout).toContain('map.image: map.webp is not a PNG or WebP image');

    writeFileSync(join(dir, 'plan', 'plan.json'), JSON.stringify(plan));
    writeFileSync(join(dir, 'map.webp'), await image(40, 30));
    result = run(file);
    expect(result.stdout).toContain('scenes[0].plan: levels[0].image: file not found: level-0.webp');
    expect(result.status).toBe(1);

    writeFileSync(join(dir, 'plan', 'level-0.webp'), await image(40, 20));
    result = run(file);
    expect(result.stdout).toContain('valid (0 error(s)');
    expect(result.status).toBe(0);
  });

  it('a plan of a group of scenes, and a guide card a panorama would inherit from too far away, each at its JSON path', async () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'plan'), { recursive: true });
    for (const f of ['hall.glb', 'annex.glb', 'east.jpg']) writeFileSync(join(site, f), 'x');
    writeFileSync(join(site, 'plan', 'plan.json'), JSON.stringify({ ...plan, version: 2 }));
    const file = join(site, 'tour.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'site',
        title: 'Site',
        scenes: [
          { id: 'hall', type: 'model', title: 'Hall', model: 'hall.glb', hotspots: [{ id: 'east', type: 'link', title: 'East', target: 'east', position: [0, 1, 0] }, { id: 'tank', type: 'info', title: 'Tank', body: 'Far away.', position: [30, 1, 0] }] },
          { id: 'annex', type: 'model', title: 'Annex', model: 'annex.glb' },
          { id: 'east', type: 'panorama', title: 'East', image: 'east.jpg', standpoint: { scene: 'hall', position: [0, 1.6, 0] }, hotspots: [{ id: 'to-annex', type: 'link', title: 'Annex', target: 'annex', yaw: 0, pitch: 0 }] },
        ],
        plans: [{ plan: 'plan/plan.json', scenes: ['hall', 'annex'] }],
        guides: [{ id: 'walk', title: 'Walk', steps: [{ scene: 'east', card: 'east--tank', duration: 5 }] }],
      }),
    );
    let result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('guides[0].steps[0].card: "east--tank": "tank" is 30.0 m from the standpoint of "east"; only hotspots within 16 m are carried into a panorama');
    // The card moved within 16 m: the manifest is right, and the group's plan is opened.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('[30, 1, 0]', '[10, 1, 0]').replace('"position":[30,1,0]', '"position":[10,1,0]'));
    result = run(file);
    expect(result.stdout).not.toContain('guides[0]');
    expect(result.stdout).toMatch(/plans\[0\]\.plan: plan\/plan\.json is not a plan written by `sitevisit plan` \(version: /);
    expect(result.status).toBe(1);
  });
});

describe('npm run validate: guides', () => {
  it('reports missing narration (per language), card media and ambient sound, captions that do not parse and steps at unknown scenes, each at its JSON path', () => {
    const sub = join(dir, 'guided');
    mkdirSync(sub);
    writeFileSync(join(sub, 'hall.glb'), 'glTF');
    writeFileSync(join(sub, 'bad.vtt'), 'WEBVTT\n\n00:01 --> soon\nHello\n');
    writeFileSync(join(sub, 'good.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n');
    const guided = {
      id: 'guided',
      title: 'Guided',
      scenes: [{ id: 'hall', type: 'model', title: 'Hall', model: 'hall.glb', ambient: { src: 'hum.ogg' }, hotspots: [
        { id: 'tank', type: 'info', title: 'Tank', body: 'Big.', position: [0, 1, 0], audio: { src: { sv: 'talk.sv.ogg' }, transcript: 'Stor.' }, video: { src: 'clip.webm', captions: { fi: 'bad.vtt' } } },
      ] }],
      guides: [{ id: 'walk', title: 'Walk', steps: [
        { scene: 'hall', duration: 2, audio: { sv: 'gone.ogg' }, captions: { en: 'bad.vtt', sv: 'good.vtt' } },
        { scene: 'yard', duration: 2 },
      ] }],
    };
    writeFileSync(join(sub, 'tour.json'), JSON.stringify(guided));
    const result = run(join(sub, 'tour.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('guides[0].steps[1].scene: unknown scene "yard"');
    guided.guides[0]!.steps.pop();
    writeFileSync(join(sub, 'tour.json'), JSON.stringify(guided));
    const second = run(join(sub, 'tour.json'));
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('guides[0].steps[0].audio.sv: file not found: gone.ogg');
    expect(second.stdout).toContain('scenes[0].ambient.src: file not found: hum.ogg');
    expect(second.stdout).toContain('scenes[0].hotspots[0].audio.src.sv: file not found: talk.sv.ogg');
    expect(second.stdout).toContain('scenes[0].hotspots[0].video.src: file not found: clip.webm');
    expect(second.stdout).toMatch(/scenes\[0\]\.hotspots\[0\]\.video\.captions\.fi: bad\.vtt is not valid WebVTT: line 3: /);
    expect(second.stdout).toMatch(/guides\[0\]\.steps\[0\]\.captions\.en: bad\.vtt is not valid WebVTT: line 3: /);
    expect(second.stdout).not.toContain('captions.sv');
  });
  it('takes audio as browsers record it (.webm, .ogg, Safari’s .m4a) and MP3; refuses other types, and a file that is not what its name says', () => {
    const sub = join(dir, 'narrated');
    mkdirSync(sub);
    writeFileSync(join(sub, 'hall.glb'), 'glTF');
    // First bytes as recorders write them: an MP4 `ftyp` box (Safari), WebM's EBML header (Chromium), an Ogg page, an ID3 tag.
    const bytes = { m4a: Buffer.from('\0\0\0\x1cftypiso5\0\0\0\x01iso5mp42'), webm: Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), ogg: Buffer.from('OggS\0\x02'), mp3: Buffer.from('ID3\x04\0') };
    writeFileSync(join(sub, 'step-1.m4a'), bytes.m4a);
    writeFileSync(join(sub, 'step-1.webm'), bytes.webm);
    writeFileSync(join(sub, 'step-2.ogg'), bytes.ogg);
    writeFileSync(join(sub, 'talk.mp3'), bytes.mp3);
    writeFileSync(join(sub, 'hum.opus'), bytes.ogg);
    const narrated = {
      id: 'narrated',
      title: 'Narrated',
      scenes: [{ id: 'hall', type: 'model', title: 'Hall', model: 'hall.glb', ambient: { src: 'hum.opus' }, hotspots: [
        { id: 'tank', type: 'info', title: 'Tank', body: 'Big.', position: [0, 1, 0], audio: { src: 'talk.mp3', transcript: 'Big.' } },
      ] }],
      guides: [{ id: 'walk', title: 'Walk', steps: [
        { scene: 'hall', duration: 2, audio: { en: 'step-1.m4a', sv: 'step-1.webm' } as Record<string, string> | string },
        { scene: 'hall', duration: 2, audio: 'step-2.ogg' as Record<string, string> | string },
      ] }],
    };
    writeFileSync(join(sub, 'tour.json'), JSON.stringify(narrated));
    const good = run(join(sub, 'tour.json'));
    expect(good.stdout).toContain('valid (0 error(s), 0 warning(s))');
    expect(good.status).toBe(0);

    // A WAV, and an .m4a that holds WebM: each named, with what to do.
    writeFileSync(join(sub, 'step-2.wav'), Buffer.from('RIFF\0\0\0\0WAVEfmt '));
    writeFileSync(join(sub, 'step-1.m4a'), bytes.webm);
    narrated.guides[0]!.steps[1]!.audio = 'step-2.wav';
    writeFileSync(join(sub, 'tour.json'), JSON.stringify(narrated));
    const bad = run(join(sub, 'tour.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('guides[0].steps[1].audio: "step-2.wav" is not audio a tour plays (.wav): use .webm, .ogg, .opus, .m4a, .mp3');
    expect(bad.stdout).toContain('guides[0].steps[0].audio.en: step-1.m4a is WebM audio or video, not an MP4/M4A file as its name says');
    expect(bad.stdout).toContain('INVALID (2 error(s)');
  });
});
