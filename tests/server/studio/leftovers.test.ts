/** What a killed server left half-made in CONTENT_DIR is removed at the next start once it is old; recent files (another process may be writing them) and tours stay. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { removeLeftovers } from '../../../server/content/leftovers';

const root = mkdtempSync(join(tmpdir(), 'sitevisit-leftovers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('removes old staging folders, uploads and temporary files, and nothing else', async () => {
  const old = (path: string) => utimesSync(path, 1_000_000, 1_000_000);
  const files = {
    staging: join(root, '.new-hall-0a1b2c'),
    upload: join(root, 'hall', '.uploads', '1234.jpg'),
    draftTemp: join(root, 'hall', '.draft', '.tour.json.4242.tmp'),
    versionTemp: join(root, 'hall', '.versions', '.0001-abc.json.4242.tmp'),
    recentUpload: join(root, 'hall', '.uploads', 'recent.jpg'),
    draft: join(root, 'hall', '.draft', 'tour.json'),
    published: join(root, 'hall', 'tour.json'),
    photo: join(root, 'hall', 'photo.jpg'),
  };
  mkdirSync(files.staging, { recursive: true });
  for (const dir of ['.uploads', '.draft', '.versions']) mkdirSync(join(root, 'hall', dir), { recursive: true });
  for (const [name, path] of Object.entries(files)) if (name !== 'staging') writeFileSync(path, name);
  for (const name of ['staging', 'upload', 'draftTemp', 'versionTemp', 'draft', 'published', 'photo'] as const) old(files[name]);
  expect(await removeLeftovers(root)).toBe(4);
  for (const name of ['staging', 'upload', 'draftTemp', 'versionTemp'] as const) expect(existsSync(files[name]), name).toBe(false);
  for (const name of ['recentUpload', 'draft', 'published', 'photo'] as const) expect(existsSync(files[name]), name).toBe(true);
});
