/**
 * Opens the visits database and brings its schema up to date: PostgreSQL when
 * a connection string is given (DATABASE_URL; several processes may share it),
 * else SQLite in `<dataDir>/visits.sqlite` (no set-up). Both behind one Kysely
 * query layer. See docs/visits.md for why SQLite is the embedded engine.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
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

async function dialectFor(options: StorageOptions): Promise<{ dialect: Dialect; engine: Engine }> {
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
  // WAL: readers never wait for the writer, and a commit is on disk (synchronous FULL) before it returns.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  // Off by default in SQLite: deleting a visit deletes its registrations only with foreign keys on.
  database.pragma('foreign_keys = ON');
  // Another process holding the write lock (two servers on one DATA_DIR): wait for it rather than fail.
  database.pragma('busy_timeout = 5000');
  return { dialect: new SqliteDialect({ database }), engine: 'sqlite' };
}

/** Opens and migrates; throws a sentence for the operator when the database cannot be reached or migrated. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const { dialect, engine } = await dialectFor(options);
  const db = new Kysely<Database>({ dialect });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy().catch(() => {});
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`the visits database could not be prepared${failed ? ` (migration ${failed})` : ''}: ${(error as Error).message ?? String(error)}`);
  }
  return { db, engine, close: () => db.destroy() };
}
