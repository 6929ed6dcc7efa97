/**
 * The session log's format, one JSON object per line: `{"put": record}` (a
 * whole record, the newest wins) or `{"del": code}`. Reading it back is
 * forgiving: a line torn by a crash (only ever the last one, since nothing is
 * appended after a failed write) or otherwise unreadable is skipped and
 * counted, so the next start compacts it away. The previous format, one JSON
 * array of records, is read as well.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { LivePointer, LiveState } from '../../../src/protocol/live';
import type { SessionRecord } from './types';

const Record = z.object({
  code: z.string(),
  tour: z.string(),
  presenters: z.array(z.object({ id: z.string(), name: z.string(), keyHash: z.string() })),
  driver: z.nullable(z.string()),
  state: z.nullable(LiveState),
  pointer: LivePointer,
  stateAt: z.number(),
  touchedAt: z.number(),
});
const Line = z.union([z.strictObject({ put: Record }), z.strictObject({ del: z.string() })]);

export const putLine = (record: SessionRecord) => `${JSON.stringify({ put: record })}\n`;
export const delLine = (code: string) => `${JSON.stringify({ del: code })}\n`;

/** Lines, and the size of the live data (the newest line of each record) that a compaction would keep. */
export function accountLines(sizes: Map<string, number>) {
  let live = 0;
  for (const size of sizes.values()) live += size;
  return {
    put(record: SessionRecord) {
      const line = putLine(record);
      live += line.length - (sizes.get(record.code) ?? 0);
      sizes.set(record.code, line.length);
      return line;
    },
    del(code: string) {
      live -= sizes.get(code) ?? 0;
      sizes.delete(code);
      return delLine(code);
    },
    reset() {
      sizes.clear();
      live = 0;
    },
    liveBytes: () => live,
  };
}

export interface Replayed {
  records: Map<string, SessionRecord>;
  /** Size of the file read. */
  bytes: number;
  /** Size of the newest line of each record still present (their sum is what a compaction would write). */
  sizes: Map<string, number>;
  /** Lines skipped as unreadable (a torn tail, a damaged line). */
  skipped: number;
  /** The file does not end with a complete line (a crash cut the last write short). */
  tornTail: boolean;
  /** Read from the previous whole-array format. */
  legacy: boolean;
  /** Why the file was not read at all (missing is not a reason: a first start). */
  unreadable?: string;
}

/** Reads the log synchronously: it runs once, at start, before the server listens. */
export function replayLog(file: string): Replayed {
  const records = new Map<string, SessionRecord>();
  const sizes = new Map<string, number>();
  const result: Replayed = { records, sizes, bytes: 0, skipped: 0, tornTail: false, legacy: false };
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      // A device such as /dev/full or /dev/zero never ends: read only regular files.
      if (!fstatSync(fd).isFile()) return { ...result, unreadable: 'not a regular file' };
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? result : { ...result, unreadable: code ?? (e as Error).message };
  }
  result.bytes = Buffer.byteLength(text);
  if (text.startsWith('[')) return readLegacy(text, result);
  result.tornTail = text.length > 0 && !text.endsWith('\n');
  for (const line of text.split('\n')) {
    if (!line) continue;
    let parsed: z.infer<typeof Line> | undefined;
    try {
      parsed = Line.safeParse(JSON.parse(line)).data;
    } catch {
      parsed = undefined;
    }
    if (!parsed) result.skipped += 1;
    else if ('put' in parsed) {
      records.set(parsed.put.code, parsed.put as SessionRecord);
      sizes.set(parsed.put.code, line.length + 1);
    } else {
      records.delete(parsed.del);
      sizes.delete(parsed.del);
    }
  }
  return result;
}

function readLegacy(text: string, result: Replayed): Replayed {
  result.legacy = true;
  try {
    for (const item of JSON.parse(text) as unknown[]) {
      const parsed = Record.safeParse(item);
      if (parsed.success) result.records.set(parsed.data.code, parsed.data as SessionRecord);
      else result.skipped += 1;
    }
  } catch {
    result.skipped += 1;
  }
  return result;
}
