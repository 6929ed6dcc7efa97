/**
 * Where live sessions are kept: in memory (optionally in a file, so a
 * restarted server still knows its sessions and presenter keys), or in Redis
 * when several server processes share the sessions. Every store expires a
 * session after `ttlSeconds` without activity.
 */
import { createFileStore } from './file';
import type { FileLogOptions } from './fileLog';
import { createMapStore } from './memory';
import type { SessionStore, StoreHealth } from './types';

export type { SessionRecord, SessionStore, StoreHealth } from './types';
export { createRedisStore, type RedisStoreOptions } from './redis';

/** Memory only, or with `file` an append-only file read back at start. */
export function createMemoryStore(ttlSeconds: number, file?: string, options: Partial<FileLogOptions> = {}): SessionStore & { health(): StoreHealth } {
  if (file) return createFileStore(ttlSeconds, file, { log: (line) => console.log(line), ...options });
  return { ...createMapStore(ttlSeconds), health: () => ({ kind: 'memory', available: true }) };
}
