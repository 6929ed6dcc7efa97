/** Links into other tours are checked against the other tour's file where it sits next to this one. */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTourFile } from '../../cli/checkTourFile';
import { describeProblem } from '../../src/tour/problems';

let dir: string;
const tour = (id: string, target: { tour: string; scene: string }) => ({
  id,
  title: id,
  scenes: [{ id: 'only', type: 'panorama', title: 'Only', image: 'https://example.org/p.jpg', hotspots: [{ id: `${id}-away`, type: 'link', title: 'Away', yaw: 0, pitch: 0, tour: target.tour, target: target.scene }] }],
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitevisit-tours-'));
  await mkdir(join(dir, 'a'));
  await mkdir(join(dir, 'b'));
  await writeFile(join(dir, 'b', 'tour.json'), JSON.stringify(tour('b', { tour: 'a', scene: 'only' })));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const check = (t: unknown) => checkTourFile(JSON.stringify(t), join(dir, 'a', 'tour.json')).then((ps) => ps.map(describeProblem));

describe('links into other tours', () => {
  it('pass when the other tour holds the scene', async () => {
    await expect(check(tour('a', { tour: 'b', scene: 'only' }))).resolves.toEqual([]);
  });
  it('are errors when the other tour has no such scene', async () => {
    await expect(check(tour('a', { tour: 'b', scene: 'nowhere' }))).resolves.toEqual(['scenes[0].hotspots[0].target: tour "b" has no valid scene "nowhere"']);
  });
  it('are warnings when the other tour is not next to this one', async () => {
    await expect(check(tour('a', { tour: 'elsewhere', scene: 'only' }))).resolves.toEqual(['scenes[0].hotspots[0].tour: tour "elsewhere" is not next to this one (not checked)']);
  });
});
