/**
 * Byte ranges, judged before sirv reads them: sirv trusts the Range header
 * (`bytes=5-2` crashed the process with ERR_OUT_OF_RANGE) and misreads some
 * valid ones (`bytes=-5`, `bytes=0-0`). RFC 9110 §14.2 lets a server ignore a
 * Range it will not serve (answer the whole file, 200) and requires 416 for a
 * well-formed single range that starts past the end.
 */
import type { IncomingMessage } from 'node:http';

export type RangeVerdict = { kind: 'whole' } | { kind: 'range'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

/** What to do with a Range header for a file of `size` bytes. */
export function judgeRange(header: string, size: number): RangeVerdict {
  const match = SINGLE.exec(header.trim());
  // Multi-range, other units and anything unreadable: served whole.
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  const number = (digits: string) => (digits.length <= 15 ? Number(digits) : Number.POSITIVE_INFINITY);
  if (first === '') {
    // Suffix range: the last n bytes.
    const n = number(last);
    if (n === 0) return { kind: 'unsatisfiable' };
    return size === 0 ? { kind: 'unsatisfiable' } : { kind: 'range', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = number(first);
  const end = last === '' ? size - 1 : Math.min(number(last), size - 1);
  if (last !== '' && number(last) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end };
}

/**
 * Rewrites the request's Range header into the only forms sirv reads right,
 * given the size of the file it is about to send: removed (whole file),
 * `bytes=<size>-` (sirv answers 416 with a Content-Range of `bytes *` and the size), or an
 * explicit `bytes=start-end`. sirv reads `0` as "absent" in both places, so a
 * range ending at byte 0 is served whole.
 */
export function applyRange(req: IncomingMessage, size: number): void {
  const header = req.headers.range;
  if (header === undefined) return;
  const verdict = judgeRange(header, size);
  if (verdict.kind === 'unsatisfiable') req.headers.range = `bytes=${size}-`;
  else if (verdict.kind === 'whole' || verdict.end === 0) delete req.headers.range;
  else req.headers.range = `bytes=${verdict.start}-${verdict.end}`;
}
