/**
 * The serializable state every caller shares: user input, the deep-link codec,
 * live sync and the embed API all read `ViewState` and drive the same actions.
 */
import type { View } from '../protocol/common';
import type { Tour } from '../tour/schema';
import type { Problem } from '../tour/problems';

/** Who asked for a change. Bindings ignore changes they caused themselves. */
export type Source = 'user' | 'url' | 'live' | 'embed' | 'app';

/** Camera views: the shared grammar's (src/protocol/common.ts). */
export type { View, PanoramaView, ModelView } from '../protocol/common';

/** What a visitor sees, as a link or a live update carries it. */
export interface ViewState {
  tour: string;
  scene: string;
  view: View;
  /** Id of the info hotspot whose card is open, or null. */
  card: string | null;
  language: string;
}

export type NavigationMode = 'orbit' | 'walk';
/** A guide and its step (0-based; links count from 1). */
export interface GuidePosition {
  id: string;
  step: number;
}
export type SceneStatus = 'loading' | 'ready' | 'error';
/**
 * Detail of a tiled panorama: `loading` while tiles the view needs are on their
 * way, `sharp` when all of them are drawn, `partial` when some could not be
 * loaded (the coarser image shows there). Null for scenes without tiles.
 */
export type TilesStatus = 'loading' | 'sharp' | 'partial';

/**
 * What is wrong, for the sentence the visitor reads: the file is `damaged` (or incomplete),
 * `empty`, of the `wrong-type`, needs an `unsupported` feature, is `missing` on its server, a
 * `server` error, a `network` failure, or `blocked` by this site's security policy.
 */
export type SceneErrorKind = 'damaged' | 'empty' | 'wrong-type' | 'unsupported' | 'missing' | 'server' | 'network' | 'blocked';

/** Why a scene could not be shown. */
export interface SceneError {
  /** What failed, technically (English): the card's "Details", the embed API's error message. */
  message: string;
  /** The file that failed. */
  file: string;
  /** What is wrong, in kinds the card words in the visitor's language; absent: only `message` is known. */
  kind?: SceneErrorKind;
  /** `blocked`: the origin the site does not load files from. */
  host?: string;
  /** `missing`, `server`: the HTTP status. */
  status?: number;
}

export interface Notice {
  id: number;
  message: string;
  level: 'info' | 'warning' | 'error';
  /** What an ongoing notice is about (e.g. a live refusal): one notice per cause, dismissed when the cause is over. */
  cause?: string;
}

export interface TourLoad {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Where the manifest came from; assets resolve against it. */
  url: string;
  /** Validation problems (errors when status is `error`, else warnings). */
  problems: Problem[];
  /** A failure before validation (network, not JSON). */
  message?: string;
  /** Counts the loads: a load superseded by a newer one cannot finish (see slices/tourLoad.ts). */
  id: number;
}

/**
 * A live tour as the minimap shows it (set by the live binding, source `live`): where the presenter is,
 * and for speakers how many people are where.
 */
export interface LiveMap {
  /** Whether this visitor attends or is one of the speakers. */
  role: 'attendee' | 'presenter';
  /** The presenter in control's scene and view, once known. */
  presenter: { scene: string; view: View } | null;
  /** True while this visitor looks around on their own: the minimap then shows where the presenter is. */
  detached: boolean;
  /** Speakers: attendees following (they are at the presenter's scene) and those looking around, per scene. Null until counted. */
  spots: { following: number; at: Record<string, number> } | null;
}

export interface TourState {
  /** The validated tour, or null until one is loaded. */
  tour: Tour | null;
  load: TourLoad;
  /** Current scene id; null only before a tour is loaded. */
  sceneId: string | null;
  /** Current camera view; the start view of the scene on arrival. */
  view: View | null;
  /** Who set `view` last: the viewer moves its camera only for other sources. */
  viewSource: Source;
  /** Open card (an info hotspot id) or null. */
  cardId: string | null;
  /** Visitor's language. Default: the tour's default language. */
  language: string;
  /** Model-scene navigation. Default `orbit`. */
  mode: NavigationMode;
  /** Whether the minimap (floor plan or tour map) is open. Default false; `map=1` in a link opens it. */
  mapOpen: boolean;
  /** In a live tour: the presenter's place and the people per spot, for the minimap. Null outside live tours. */
  liveMap: LiveMap | null;
  /** Something is speaking (a guide's narration, a card's recording or video): ambient sound is lowered. Default false. */
  narrating: boolean;
  /** The guide being played and its step, or null. */
  guide: GuidePosition | null;
  sceneStatus: SceneStatus;
  /** Loading progress 0..1, or null when the size is unknown. */
  progress: number | null;
  sceneError: SceneError | null;
  tiles: TilesStatus | null;
  /** Short, non-blocking messages (e.g. a link that was corrected). */
  notices: Notice[];
  /** The last change, for bindings that must not echo it back. */
  lastChange: { action: string; source: Source };
}
