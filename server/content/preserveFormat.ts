/**
 * Writes an edited tour back into the text it came from, so that a hand edit
 * and a studio edit give small, readable diffs (issue 15, item 6): values the
 * user did not touch keep their original text, order and formatting; changed
 * and new values are written in the standard form (src/tour/tourJson.ts: 2-space
 * indent, a guide step on one line, view numbers rounded as deep links round
 * them). jsonc-parser's `modify` computes each edit against the current text;
 * we only decide where the values differ.
 */
import { applyEdits, findNodeAtLocation, format, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { isGuideStepPath, isJsonObject as isObject, standardForm, tourJsonText, type Json } from '../../src/tour/tourJson';

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** More edits than this inside one list (hotspots changed throughout) and the list is written anew. */
const MAX_EDITS_PER_LIST = 40;

type Edit = { path: JSONPath; value: Json | undefined; insert?: boolean };

/**
 * Collects the edits that turn `before` (parsed from the text) into `after`, in
 * an order where each path still means the same thing when its edit is applied
 * (array elements are removed from the end backwards, inserted from the front),
 * and returns the value the text will then hold.
 */
function plan(before: Json, after: Json, path: JSONPath, out: Edit[]): Json {
  if (sameJson(before, after)) return before;
  const key = path[path.length - 1];
  // A step is one line: a changed one is written anew, not edited key by key (that would break its line).
  if (isGuideStepPath(path)) {
    const value = standardForm(after, key, path[path.length - 2]);
    out.push({ path, value });
    return value;
  }
  if (isObject(before) && isObject(after)) {
    for (const k of Object.keys(before)) if (!Object.hasOwn(after, k)) out.push({ path: [...path, k], value: undefined });
    const result: Record<string, Json> = {};
    for (const [k, v] of Object.entries(after)) {
      if (Object.hasOwn(before, k)) result[k] = plan(before[k] as Json, v, [...path, k], out);
      else out.push({ path: [...path, k], value: (result[k] = standardForm(v, k, key)) });
    }
    return result;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Keep the common head and tail; the middle is what was inserted, removed or changed.
    let head = 0;
    while (head < before.length && head < after.length && sameJson(before[head], after[head])) head++;
    let tail = 0;
    while (tail < before.length - head && tail < after.length - head && sameJson(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
    const oldMiddle = before.slice(head, before.length - tail);
    const newMiddle = after.slice(head, after.length - tail);
    const result = [...after];
    // A list filled or emptied at once: one edit, not one per element.
    if (before.length === 0 || after.length === 0) {
      const value = standardForm(after, key, path[path.length - 2]);
      out.push({ path, value });
      return value;
    }
    const start = out.length;
    if (!planById(oldMiddle, newMiddle, head, path, out, result)) {
      const common = Math.min(oldMiddle.length, newMiddle.length);
      for (let i = 0; i < common; i++) result[head + i] = plan(oldMiddle[i] as Json, newMiddle[i] as Json, [...path, head + i], out);
      for (let i = oldMiddle.length - 1; i >= common; i--) out.push({ path: [...path, head + i], value: undefined });
      for (let i = common; i < newMiddle.length; i++) out.push({ path: [...path, head + i], value: (result[head + i] = standardForm(newMiddle[i] as Json, head + i, key)), insert: true });
    }
    // Each edit re-reads the whole text: a list changed throughout is written anew in one edit.
    if (out.length - start <= MAX_EDITS_PER_LIST) return result;
    out.length = start;
    const value = standardForm(after, key, path[path.length - 2]);
    out.push({ path, value });
    return value;
  }
  const value = standardForm(after, key, path[path.length - 2]);
  out.push({ path, value });
  return value;
}

const idOf = (v: Json | undefined) => (isObject(v) && typeof v.id === 'string' ? v.id : undefined);

/**
 * Scenes and hotspots have ids: when every changed element has one and the
 * kept ones stay in order, a removed or added hotspot is removed or added as a
 * whole, and the others are edited in place. False when that does not apply.
 */
function planById(oldMiddle: Json[], newMiddle: Json[], head: number, path: JSONPath, out: Edit[], result: Json[]): boolean {
  const oldIds = oldMiddle.map(idOf);
  const newIds = newMiddle.map(idOf);
  if (oldMiddle.length === newMiddle.length || [...oldIds, ...newIds].some((id) => id === undefined)) return false;
  const keptOld = oldIds.filter((id) => newIds.includes(id));
  const keptNew = newIds.filter((id) => oldIds.includes(id));
  if (new Set(oldIds).size !== oldIds.length || new Set(newIds).size !== newIds.length || keptOld.join('\0') !== keptNew.join('\0')) return false;
  for (let i = oldMiddle.length - 1; i >= 0; i--) if (!newIds.includes(oldIds[i])) out.push({ path: [...path, head + i], value: undefined });
  const kept = oldMiddle.filter((_, i) => newIds.includes(oldIds[i]));
  const key = path[path.length - 1];
  newMiddle.forEach((value, j) => {
    const k = keptNew.indexOf(newIds[j]);
    if (k >= 0) result[head + j] = plan(kept[k] as Json, value, [...path, head + k], out);
  });
  newMiddle.forEach((value, j) => {
    if (!oldIds.includes(newIds[j])) out.push({ path: [...path, head + j], value: (result[head + j] = standardForm(value, head + j, key)), insert: true });
  });
  return true;
}

const MARKER = '\u0000sitevisit-value\u0000';
const MARKER_TEXT = JSON.stringify(MARKER);

/** Writes `value`, which sits at `path` in the tour, in the standard form (continued at the marker line's indent) where the marker is. */
function replaceMarker(text: string, value: Json, path: JSONPath, eol: string): string {
  const at = text.indexOf(MARKER_TEXT);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, at))?.[0] ?? '';
  const written = tourJsonText(value, path).split('\n').join(`${eol}${indent}`);
  return text.slice(0, at) + written + text.slice(at + MARKER_TEXT.length);
}

type Replacement = { edit: Edit; node: Node };

/** The node an edit sets a new value on, when the edit keeps the structure (not an insertion, removal or new key). */
const nodeToReplace = (tree: Node, edit: Edit): Node | undefined => (edit.value === undefined || edit.insert ? undefined : findNodeAtLocation(tree, edit.path));

/**
 * Writes the values of a run of replacements found in one parse of `text`, as jsonc-parser's `modify`
 * would one by one (the value, then the formatting of its line up to its end), from the end of the
 * text backwards so that each node's offset still holds. A node on a line an earlier write formatted
 * is left for the next parse (`left`); the first one is always written.
 */
function replaceAll(text: string, run: Replacement[], formattingOptions: FormattingOptions, eol: string): { written: string; left: Edit[] } {
  const sorted = [...run].sort((a, b) => b.node.offset - a.node.offset);
  const left: Edit[] = [];
  let untouchedBefore = text.length;
  for (const { edit, node } of sorted) {
    if (node.offset + node.length > untouchedBefore) {
      left.push(edit);
      continue;
    }
    const large = edit.value !== null && typeof edit.value === 'object';
    const content = large ? MARKER_TEXT : JSON.stringify(edit.value);
    text = text.slice(0, node.offset) + content + text.slice(node.offset + node.length);
    // The formatting reaches back to the start of the line, never past the value's end.
    untouchedBefore = text.lastIndexOf('\n', node.offset - 1) + 1;
    text = applyEdits(text, format(text, { offset: node.offset, length: content.length }, { ...formattingOptions, keepLines: false }));
    if (large) text = replaceMarker(text, edit.value as Json, edit.path, eol);
  }
  return { written: text, left };
}

const standardText = (value: unknown) => `${tourJsonText(value)}\n`;

/**
 * `original` with the differences to `edited` written in; the standard form of
 * `edited` when there is no usable original (not JSON, not an object) or when
 * the result would not read back as `edited` (a safety net: the file must be
 * exactly what the user saved).
 */
export function rewriteJson(original: string | null, edited: unknown): string {
  return rewriteJsonTelling(original, edited).text;
}

/**
 * `rewriteJson`, telling how the text was written: `kept` (the original's formatting, with the
 * edits), `standard` (no usable original), or — the safety net — `refused` (jsonc-parser threw on an
 * edit) and `differed` (the result did not read back as planned), both written in the standard form
 * of the planned value: untouched values as they were, changed ones rounded as `kept` rounds them.
 */
export function rewriteJsonTelling(original: string | null, edited: unknown): { text: string; how: 'kept' | 'standard' | 'refused' | 'differed' } {
  if (original === null) return { text: standardText(edited), how: 'standard' };
  let before: unknown;
  try {
    before = JSON.parse(original);
  } catch {
    return { text: standardText(edited), how: 'standard' };
  }
  if (!isObject(before) || !isObject(edited)) return { text: standardText(edited), how: 'standard' };
  const edits: Edit[] = [];
  const expected = plan(before, edited as Json, [], edits);
  if (edits.length === 0) return { text: original, how: 'kept' };
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions: FormattingOptions = { insertSpaces: true, tabSize: 2, eol };
  let text: string;
  try {
    text = applyPlan(original, edits, formattingOptions, eol);
  } catch {
    // jsonc-parser refuses an edit it cannot place (a key written twice by hand: it edits the first): the standard form.
    return { text: standardText(expected), how: 'refused' };
  }
  try {
    if (sameJson(JSON.parse(text), expected)) return { text, how: 'kept' };
  } catch {
    // Fall through to the standard form.
  }
  return { text: standardText(expected), how: 'differed' };
}

/** The planned edits written into the text: runs of replacements in one parse each, the rest with jsonc-parser's `modify`. */
function applyPlan(original: string, edits: Edit[], formattingOptions: FormattingOptions, eol: string): string {
  let text = original;
  const queue = [...edits];
  while (queue.length > 0) {
    // Values set where values already are keep the text's structure: one parse serves the whole run.
    const tree = parseTree(text);
    const run: Replacement[] = [];
    for (let node = tree && nodeToReplace(tree, queue[0] as Edit); node; node = queue[0] && tree && nodeToReplace(tree, queue[0])) run.push({ edit: queue.shift() as Edit, node });
    if (run.length > 0) {
      const { written, left } = replaceAll(text, run, formattingOptions, eol);
      text = written;
      queue.unshift(...left);
      continue;
    }
    const edit = queue.shift() as Edit;
    // jsonc-parser formats an inserted value in time that grows with its square; it places a short marker
    // instead (with the comma, the line break and the indent around it), and we write the value in its place.
    const large = edit.value !== null && typeof edit.value === 'object';
    const value = large ? MARKER : edit.value;
    text = applyEdits(text, modify(text, edit.path, value, { formattingOptions, ...(edit.insert ? { isArrayInsertion: true } : {}) }));
    if (large) text = replaceMarker(text, edit.value as Json, edit.path, eol);
  }
  return text;
}
