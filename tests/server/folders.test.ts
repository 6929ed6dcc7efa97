/** CONTENT_DIR, its older name TOURS_DIR, and DATA_DIR beside it (server/config/folders.ts). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFolders, foldersFromEnv } from '../../server/config/folders';

describe('the folders the server keeps', () => {
  it('defaults to ./content/tours and ./content/data under the working folder', () => {
    expect(foldersFromEnv({}, '/srv/site')).toEqual({ contentDir: '/srv/site/content/tours', dataDir: '/srv/site/content/data' });
  });

  it('accepts TOURS_DIR as the older name, and the data folder follows the content folder', () => {
    expect(foldersFromEnv({ TOURS_DIR: 'my-tours' }, '/srv/site')).toEqual({ contentDir: '/srv/site/my-tours', dataDir: '/srv/site/data' });
    expect(foldersFromEnv({ CONTENT_DIR: '/vol/tours', TOURS_DIR: '/vol/tours/' }, '/x').contentDir).toBe('/vol/tours');
  });

  it('refuses CONTENT_DIR and TOURS_DIR naming different folders, in words', () => {
    expect(() => foldersFromEnv({ CONTENT_DIR: 'a', TOURS_DIR: 'b' }, '/srv')).toThrow(/CONTENT_DIR \(a\) and TOURS_DIR \(b\) name different folders/);
  });

  it('takes DATA_DIR when set, and creates both folders on first start', () => {
    const root = mkdtempSync(join(tmpdir(), 'sitevisit-folders-'));
    const folders = foldersFromEnv({ DATA_DIR: 'state' }, root);
    expect(folders).toEqual({ contentDir: join(root, 'content', 'tours'), dataDir: join(root, 'state') });
    ensureFolders(folders);
    expect(statSync(folders.contentDir).isDirectory()).toBe(true);
    expect(statSync(folders.dataDir).mode & 0o777).toBe(0o700);
  });
});
