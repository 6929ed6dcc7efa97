/**
 * The database opened on first use: a site that never schedules a visit never
 * gets a database file, and test servers sharing a checkout's DATA_DIR never
 * touch one they do not use. An existing embedded database or a DATABASE_URL is
 * opened at start instead, so reminders and retention run from the start and
 * a database that cannot be reached stops the server with a clear line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_FILE, openStorage, type Storage, type StorageOptions } from './open';

export interface LazyStorage {
  /** The open database; a failed attempt is forgotten, so the next call tries again. */
  get(): Promise<Storage>;
  /** The database if it is open already (background work uses only an open one). */
  ifOpen(): Storage | null;
  /** Whether start-up should open it now. */
  readonly wanted: boolean;
  close(): Promise<void>;
}

export function lazyStorage(options: StorageOptions): LazyStorage {
  let opening: Promise<Storage> | null = null;
  let open: Storage | null = null;
  let closed = false;
  return {
    get() {
      if (closed) return Promise.reject(new Error('the visits database is closed'));
      opening ??= openStorage(options).then(
        (storage) => (open = storage),
        (error: unknown) => {
          opening = null;
          throw error;
        },
      );
      return opening;
    },
    ifOpen: () => open,
    wanted: Boolean(options.databaseUrl) || (options.dataDir !== undefined && existsSync(join(options.dataDir, EMBEDDED_FILE))),
    async close() {
      closed = true;
      const storage = await opening?.catch(() => null);
      await storage?.close();
    },
  };
}
