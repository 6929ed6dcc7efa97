/**
 * Sessions in memory, kept across restarts in an append-only file (fileLog.ts):
 * the file is read back at start, and what is in memory is what is served,
 * also while the file cannot be written.
 */
import { replayLog } from './logFormat';
import { openFileLog, type FileLogOptions, type FileLogStats } from './fileLog';
import { createMapStore } from './memory';
import { removeTemporaries } from './replaceFile';
import type { SessionStore, StoreHealth } from './types';

export function createFileStore(ttlSeconds: number, file: string, options: FileLogOptions): SessionStore & { health(): StoreHealth; stats(): FileLogStats } {
  removeTemporaries(file);
  const replayed = replayLog(file);
  const { log } = options;
  if (replayed.unreadable) log(`live: could not read the session store ${file} (${replayed.unreadable}); starting without its sessions`);
  if (replayed.skipped) log(`live: skipped ${replayed.skipped} unreadable line(s) in the session store ${file} (a write cut short by a crash); the rest is restored`);
  if (replayed.records.size) log(`live: restored ${replayed.records.size} session(s) from ${file}`);
  const persistence = openFileLog(file, replayed.records, replayed, options);
  return { ...createMapStore(ttlSeconds, replayed.records, persistence), health: () => persistence.health(), stats: () => persistence.stats() };
}
