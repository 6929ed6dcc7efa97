/**
 * The standard form of tour JSON as the studio and the guide recorder write it:
 * view numbers rounded as deep links round them, 2-space indent, and each guide
 * step on a line of its own. A recorded half-hour guide is some 120 steps; at
 * one line each it reads as a list of steps and stays within its budget of
 * 50 KB (indented key by key it was 63 KB; docs/performance.md).
 */

/** JSON as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a value sits in a tour file: keys and indices from the root (jsonc-parser's `JSONPath`). */
export type JsonPath = (string | number)[];

export const isJsonObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `guides[g].steps[s]`: a guide step, written on one line. */
export const isGuideStepPath = (path: JsonPath): boolean =>
  path.length === 4 && path[0] === 'guides' && typeof path[1] === 'number' && path[2] === 'steps' && typeof path[3] === 'number';

/** Where a guide sits when it is written alone (a recording's guide.json): as the first of a tour's guides. */
export const GUIDE_PATH: JsonPath = ['guides', 0];

/** Angles to 0.1°, positions to 1 cm: the precision of `?v=` in deep links (src/deeplink/codec.ts). */
const ANGLE_KEYS = new Set(['yaw', 'pitch', 'fov', 'heading']);
const POSITION_KEYS = new Set(['position', 'target']);
const round = (n: number, digits: number) => {
  const r = Number(n.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
};

/** A value as it is written anew: view numbers rounded, everything else as given. `key` is its key or index, `parentKey` its parent's. */
export function standardForm<T>(value: T, key?: string | number, parentKey?: string | number): T {
  if (typeof value === 'number') {
    if (typeof key === 'string' && ANGLE_KEYS.has(key)) return round(value, 1) as T;
    if (typeof key === 'number' && typeof parentKey === 'string' && POSITION_KEYS.has(parentKey)) return round(value, 2) as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((v: unknown, i) => standardForm(v, i, key)) as T;
  if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, standardForm(v, k, key)])) as T;
  return value;
}

/** `JSON.stringify` drops undefined members of objects (a draft may carry them) and writes them as null in arrays. */
const members = (value: Record<string, unknown>) => Object.entries(value).filter(([, v]) => v !== undefined);

/** One line, a space after each `:` and `,` (as Python's `json.dumps` writes it). */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : oneLine(v))).join(', ')}]`;
  if (isJsonObject(value)) return `{${members(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/**
 * `value` written as `JSON.stringify(value, null, 2)` writes it, except that a guide step is one
 * line. `at` is where the value sits in the tour (guide steps are found by their path), `indent`
 * the indent of the line it starts on (continued on its other lines).
 */
export function tourJsonText(value: unknown, at: JsonPath = [], indent = ''): string {
  if (isGuideStepPath(at)) return oneLine(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v, i) => `${inner}${v === undefined ? 'null' : tourJsonText(v, [...at, i], inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (isJsonObject(value)) {
    const entries = members(value);
    if (entries.length === 0) return '{}';
    const items = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${tourJsonText(v, [...at, k], inner)}`);
    return `{\n${items.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
