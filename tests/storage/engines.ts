/**
 * The two real engines the storage suite runs on: SQLite in a fresh temporary
 * DATA_DIR, and PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth; set
 * TEST_DATABASE_URL to use another) in a database created for this run under a
 * unique name and dropped after it, so parallel runs never meet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStorage, type Engine, type Storage } from '../../server/storage/open';

/** The server's maintenance database; the test databases are created beside it. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  engine: Engine;
  /** For SQLite: its DATA_DIR; for PostgreSQL: its connection string. */
  place: { dataDir: string } | { databaseUrl: string };
  open(): Promise<Storage>;
  /** Drops the database (PostgreSQL) or removes the folder (SQLite). */
  remove(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL} (${(error as Error).message}); .ci/run starts it, or set TEST_DATABASE_URL`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'sitevisit-sqlite-'));
    return { engine, place: { dataDir }, open: () => openStorage({ dataDir }), remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `sitevisit_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.href;
  return {
    engine,
    place: { databaseUrl },
    open: () => openStorage({ databaseUrl, poolSize: 20 }),
    remove: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** A test file's storage on `engine`: a database of its own opened before its tests and removed after them. */
export interface TestStorage {
  readonly storage: Storage;
  readonly database: TestDatabase;
  /** Closes and opens the storage again, as a restarted server would. */
  reopen(): Promise<Storage>;
}

export function useTestStorage(engine: Engine): TestStorage {
  let database: TestDatabase | undefined;
  let storage: Storage | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    storage = await database.open();
  }, 60_000);
  afterAll(async () => {
    await storage?.close();
    await database?.remove();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the test storage is opened in beforeAll: use it inside a test');
    return value;
  };
  return {
    get storage() {
      return opened(storage);
    },
    get database() {
      return opened(database);
    },
    async reopen() {
      await opened(storage).close();
      storage = await opened(database).open();
      return storage;
    },
  };
}
