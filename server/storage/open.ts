/**
 * Opens the visits database and brings its schema up to date: PostgreSQL when
 * a connection string is given (DATABASE_URL; several processes may share it),
 * else SQLite in `<dataDir>/visits.sqlite` (no set-up). Both behind one Kysely
 * query layer. See docs/visits.md for why SQLite is the embedded engine.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect, type MigrationResultSet } from 'kysely';
import type { Database } from './schema';
import { migrationProvider } from './migrations';

export type Engine = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** postgres://… : use that server. */
  databaseUrl?: string;
  /** Without a URL: the folder that holds the embedded database file (created when missing). */
  dataDir?: string;
  /** PostgreSQL connections this process keeps at most. Default 10. */
  poolSize?: number;
}

/** The embedded database's file inside DATA_DIR. */
export const EMBEDDED_FILE = 'visits.sqlite';

/** PostgreSQL `bigint` (type 20): times in ms, well inside a double's exact range, so a number rather than pg's default string. */
const INT8 = 20;

interface Opened {
  dialect: Dialect;
  engine: Engine;
  /** Runs the migrations so that processes starting together apply each step once (PostgreSQL: Kysely's own lock). */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

async function dialectFor(options: StorageOptions): Promise<Opened> {
  if (options.databaseUrl) {
    // Each driver is loaded only when used: neither engine costs the other's start-up.
    const { default: pg } = await import('pg');
    const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, types });
    // An idle connection the server drops (restart, failover) must not end the process; the next query reconnects.
    pool.on('error', () => {});
    return { dialect: new PostgresDialect({ pool }), engine: 'postgres' };
  }
  if (!options.dataDir) throw new Error('the visits database needs DATA_DIR or DATABASE_URL');
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const file = join(options.dataDir, EMBEDDED_FILE);
  const { default: SQLite } = await import('better-sqlite3');
  const database = new SQLite(file);
  chmodSync(file, 0o600); // guests' names and addresses
  // First: another process holding a lock (two servers on one DATA_DIR, both starting) is waited for, not failed on.
  database.pragma('busy_timeout = 5000');
  // WAL: readers never wait for the writer. synchronous NORMAL: a commit is in the WAL file when it returns and
  // survives the process being killed at any moment (SQLite recovers the old or the new state); only a power
  // loss or an OS crash may take back the last commits (never corrupting the file). FULL would add an fsync to
  // every commit, run on the server's only thread, which stalled the live channel during registration bursts.
  await whenUnlocked(() => database.pragma('journal_mode = WAL'));
  database.pragma('synchronous = NORMAL');
  // Off by default in SQLite: deleting a visit deletes its registrations only with foreign keys on.
  database.pragma('foreign_keys = ON');
  return { dialect: new SqliteDialect({ database }), engine: 'sqlite', exclusive: (work) => inImmediateTransaction(database, work) };
}

/** How long opening waits for another process's write lock, as busy_timeout does for other statements. */
const LOCK_WAIT_MS = 5000;

/**
 * Runs `statement` again while another connection holds the write lock. busy_timeout does not cover it:
 * switching a new file to WAL reads first and then writes, and SQLite answers such an upgrade with
 * SQLITE_BUSY at once rather than risk a deadlock. Waiting here yields to the event loop.
 */
async function whenUnlocked<T>(statement: () => T): Promise<T> {
  const giveUpAt = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return statement();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}

/**
 * Runs `work` (on the same connection) inside BEGIN IMMEDIATE: the write lock is taken first, so a second
 * process waits (busy_timeout) and then sees the first one's result. Kysely's Migrator takes no lock across
 * processes on SQLite and runs its steps outside a transaction; inside this one, it reads the applied
 * migrations only once it holds the lock, and a step that fails leaves nothing behind.
 */
async function inImmediateTransaction<T>(database: import('better-sqlite3').Database, work: () => Promise<T>): Promise<T> {
  database.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    database.exec('COMMIT');
    return result;
  } catch (error) {
    if (database.inTransaction) database.exec('ROLLBACK');
    throw error;
  }
}

/** Opens and migrates; throws a sentence for the operator when the database cannot be reached or migrated. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const { dialect, engine, exclusive = (work) => work() } = await dialectFor(options);
  const db = new Kysely<Database>({ dialect });
  let outcome: MigrationResultSet | null = null;
  try {
    await exclusive(async () => {
      outcome = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
      // Thrown, so that the exclusive transaction (SQLite) is rolled back rather than committed half done.
      if (outcome.error) throw outcome.error;
    });
  } catch (error) {
    await db.destroy().catch(() => {});
    const failed = (outcome as MigrationResultSet | null)?.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`the visits database could not be prepared${failed ? ` (migration ${failed})` : ''}: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  return { db, engine, close: () => db.destroy() };
}
