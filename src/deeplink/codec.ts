/**
 * The deep-link codec: URL ⇄ the parts of a ViewState it names. Pure (no DOM
 * beyond the URL standard, no React, no three), so links, the live channel and
 * the embed API can share it.
 *
 *   /t/<tour>/<scene>?v=<view>&card=<hotspot>&lang=<language>&map=1&guide=<id>&step=<n>
 *
 * v is `yaw,pitch,fov` for a panorama (degrees, 1 decimal) or
 * `px,py,pz,tx,ty,tz,fov` for a model camera (position and target in metres,
 * 2 decimals; fov 1 decimal). `map=1` opens the minimap (map=0 or absent:
 * closed). `guide` and `step` (counted from 1) resume a guide at a step.
 * Everything after the scene is optional.
 * Decoding never throws: what it cannot read is dropped and named in `problems`;
 * whether the rest fits the tour is decided by the store's `applyViewState`.
 */
import { ID_PATTERN as ID, LANGUAGE_PATTERN as LANGUAGE } from '../protocol/common';
import type { GuidePosition, View, ViewState } from '../state/types';

/** What a link asks for; absent parts mean "the default" (tour start, scene start view, no card). */
export interface LinkTarget {
  tour?: string;
  scene?: string;
  view?: View;
  card?: string | null;
  language?: string;
  /** Whether the minimap is open (`map=1`). */
  map?: boolean;
  /** A guide to resume, at a step (0-based here, 1-based in the link). */
  guide?: GuidePosition;
}

export interface DecodedLink {
  target: LinkTarget;
  /** Parts that could not be read, for a short notice. */
  problems: string[];
}

const NUMBER = /^-?\d{1,6}(\.\d{1,6})?$/;
/** Longer parameters are not links anyone typed or shared: ignore them unread. */
const MAX_PARAM = 200;

const fixed = (value: number, digits: number) => {
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
};

export function encodeView(view: View): string {
  if (view.kind === 'panorama') return [fixed(view.yaw, 1), fixed(view.pitch, 1), fixed(view.fov, 1)].join(',');
  return [...view.position.map((v) => fixed(v, 2)), ...view.target.map((v) => fixed(v, 2)), fixed(view.fov, 1)].join(',');
}

export interface EncodeOptions {
  /** Leave the view out: a link to the scene's start view. */
  includeView?: boolean;
  /** Add `map=1`: the link opens the minimap. */
  map?: boolean;
  /** Add `guide=<id>&step=<n>`: the link resumes a guide. */
  guide?: GuidePosition | null;
}

/** A root-relative link (`/t/…`) to the state. */
export function encodeLink(state: ViewState, { includeView = true, map = false, guide = null }: EncodeOptions = {}): string {
  const params = new URLSearchParams();
  if (includeView) params.set('v', encodeView(state.view));
  if (state.card) params.set('card', state.card);
  params.set('lang', state.language);
  if (map) params.set('map', '1');
  if (guide) {
    params.set('guide', guide.id);
    params.set('step', String(guide.step + 1));
  }
  // URLSearchParams escapes commas; they are safe in a query and keep links readable.
  const query = params.toString().replace(/%2C/g, ',');
  return `/t/${encodeURIComponent(state.tour)}/${encodeURIComponent(state.scene)}${query ? `?${query}` : ''}`;
}

export function decodeView(text: string): View | null {
  const parts = text.split(',');
  if (!parts.every((p) => NUMBER.test(p))) return null;
  const n = parts.map(Number);
  if (n.length === 3) return { kind: 'panorama', yaw: n[0] as number, pitch: n[1] as number, fov: n[2] as number };
  if (n.length === 7) {
    return {
      kind: 'model',
      position: [n[0], n[1], n[2]] as [number, number, number],
      target: [n[3], n[4], n[5]] as [number, number, number],
      fov: n[6] as number,
    };
  }
  return null;
}

/** A path segment, decoded; malformed escapes come back as themselves (then fail the id check). */
function decodeSegment(segment: string | undefined): string | undefined {
  if (segment === undefined || segment === '') return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads a link (absolute, or root-relative with any base). */
export function decodeLink(href: string): DecodedLink {
  const problems: string[] = [];
  const target: LinkTarget = {};
  let url: URL;
  try {
    url = new URL(href, 'http://link.invalid/');
  } catch {
    return { target, problems: ['the link could not be read'] };
  }

  const [, prefix, tourPart, scenePart] = url.pathname.split('/');
  const id = (value: string | undefined | null, what: string): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (value.length <= MAX_PARAM && ID.test(value)) return value;
    problems.push(`the ${what} in the link is not valid`);
    return undefined;
  };
  if (prefix === 't') {
    target.tour = id(decodeSegment(tourPart), 'tour');
    target.scene = id(decodeSegment(scenePart), 'scene');
  } else {
    target.tour = id(url.searchParams.get('tour'), 'tour');
  }

  const view = url.searchParams.get('v');
  if (view !== null) {
    const decoded = view.length <= MAX_PARAM ? decodeView(view) : null;
    if (decoded) target.view = decoded;
    else problems.push('the view in the link is not valid');
  }
  const card = url.searchParams.get('card');
  if (card !== null) target.card = id(card, 'card') ?? null;
  const language = url.searchParams.get('lang');
  if (language !== null) {
    if (language.length <= 10 && LANGUAGE.test(language)) target.language = language;
    else problems.push('the language in the link is not valid');
  }
  const map = url.searchParams.get('map');
  if (map === '1' || map === '0') target.map = map === '1';
  else if (map !== null) problems.push('the map setting in the link is not valid');
  const guide = url.searchParams.get('guide');
  if (guide !== null) {
    const guideId = id(guide, 'guide');
    const step = url.searchParams.get('step') ?? '1';
    if (guideId !== undefined && /^[1-9]\d{0,3}$/.test(step)) target.guide = { id: guideId, step: Number(step) - 1 };
    else if (guideId !== undefined) problems.push('the guide step in the link is not valid');
  }
  for (const key of ['tour', 'scene', 'view', 'card', 'language'] as const) if (target[key] === undefined) delete target[key];
  return { target, problems };
}
