/**
 * SQLite does not wait (busy_timeout) in one case: a connection that already reads and wants to write,
 * while another holds the write lock, is told "database is locked" at once, since waiting could deadlock.
 * Switching a new file to WAL is such a read-then-write, so a server starting while another process
 * creates the same database failed now and then (CI, three processes opening one DATA_DIR). Opening
 * waits for the other writer instead and then finds the database ready.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { EMBEDDED_FILE, openStorage } from '../../server/storage/open';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

it('waits for another connection that holds the write lock on a new database, then opens it whole', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-sqlite-locked-'));
  folders.push(dataDir);
  const other = new Database(join(dataDir, EMBEDDED_FILE));
  other.exec('BEGIN IMMEDIATE');
  other.exec('CREATE TABLE other_writer (x)');
  // Released a little later, from the event loop: opening must yield while it waits, not spin.
  const released = new Promise<void>((resolve) =>
    setTimeout(() => {
      other.exec('COMMIT');
      other.close();
      resolve();
    }, 300),
  );

  const storage = await openStorage({ dataDir });
  try {
    await released;
    expect((await sql<{ journal_mode: string }>`pragma journal_mode`.execute(storage.db)).rows).toEqual([{ journal_mode: 'wal' }]);
    expect(await storage.db.selectFrom('visits').select('id').execute()).toEqual([]);
    expect((await sql<{ name: string }>`select name from sqlite_master where name = 'other_writer'`.execute(storage.db)).rows).toHaveLength(1);
  } finally {
    await storage.close();
  }
});
