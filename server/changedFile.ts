/**
 * Reads a file an operator may edit while the server runs (a tour's embed
 * settings, the tours index) at request time, parsing it again only when its
 * modification time changed.
 */
import { readFileSync, statSync } from 'node:fs';

/**
 * Returns a reader: the parsed file, `unreadable` when it exists but cannot
 * be read or parsed, undefined when there is no such file.
 */
export function changedFileReader<T>(parse: (text: string) => T, unreadable: T): (file: string) => T | undefined {
  const cache = new Map<string, { mtime: number; value: T }>();
  return (file) => {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = cache.get(file);
    if (cached?.mtime === mtime) return cached.value;
    let value = unreadable;
    try {
      value = parse(readFileSync(file, 'utf8'));
    } catch {
      // `unreadable`: the caller decides what a broken file means.
    }
    cache.set(file, { mtime, value });
    return value;
  };
}
