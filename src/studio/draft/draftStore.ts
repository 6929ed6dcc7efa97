/**
 * The studio's store (vanilla zustand, like the visitor's): the draft tour, what is selected, and
 * undo as data — `past` and `future` are whole drafts, each with the selection it was made in, so
 * Undo also goes back to the scene where the edit happened. A drag is one gesture: one undo step.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Draft, Selection } from './types';

/** Undo reaches this many edits back. */
export const UNDO_DEPTH = 200;

interface Step {
  draft: Draft;
  selection: Selection;
}

export type Placing = 'info' | 'link' | null;

export interface DraftState {
  tourId: string;
  draft: Draft;
  /** The server's version the draft builds on (sent as If-Match); null before the first save of a new copy. */
  baseVersion: string | null;
  /** The draft as the server last confirmed it: the draft is unsaved while it differs. */
  saved: Draft;
  selection: Selection;
  /** Waiting for a click on the view to place a hotspot of this kind. */
  placing: Placing;
  /** Waiting for a click on the model where this panorama was taken (its standpoint); null otherwise. */
  standpointFor: string | null;
  /** Whether a panorama with a standpoint shows its model's edges (to line the heading up). */
  edgesShown: boolean;
  past: Step[];
  future: Step[];
  /** The step a gesture (a drag) started from; null outside gestures. */
  gesture: Step | null;
  /** The field the last edit typed into, so that its next keystroke joins the same undo step. */
  typing: string | null;
}

export interface DraftActions {
  /**
   * Makes an edit: one undo step. Inside a gesture, edits replace each other; edits with the same
   * `typing` key in a row (keystrokes in one field) also make one step.
   */
  edit(change: (draft: Draft) => Draft, selection?: Partial<Selection>, typing?: string): void;
  beginGesture(): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  setPlacing(placing: Placing): void;
  /** Starts (a panorama's id) or stops (null) picking where a panorama was taken on its model. */
  pickStandpoint(panoramaId: string | null): void;
  showEdges(shown: boolean): void;
  /** The server confirmed `draft` as `version`. */
  confirmSaved(draft: Draft, version: string): void;
  /** Starts over on a draft from elsewhere (the server, a restored version): no undo past it. */
  reset(draft: Draft, version: string | null, saved?: Draft): void;
}

export type DraftStore = StoreApi<DraftState & DraftActions>;

const firstScene = (draft: Draft) => draft.startScene ?? draft.scenes[0]?.id ?? '';

export function createDraftStore(tourId: string, draft: Draft, version: string | null): DraftStore {
  return createStore<DraftState & DraftActions>()((set, get) => {
    const step = (): Step => ({ draft: get().draft, selection: get().selection });
    const travel = (from: 'past' | 'future', to: 'past' | 'future') => {
      const source = get()[from];
      const target = source[source.length - 1];
      if (!target || get().gesture) return;
      set({ [from]: source.slice(0, -1), [to]: [...get()[to], step()], draft: target.draft, selection: target.selection, placing: null, standpointFor: null, typing: null } as Partial<DraftState>);
    };
    return {
      tourId,
      draft,
      baseVersion: version,
      saved: draft,
      selection: { sceneId: firstScene(draft), hotspotId: null },
      placing: null,
      standpointFor: null,
      edgesShown: true,
      past: [],
      future: [],
      gesture: null,
      typing: null,
      edit(change, selection, typing) {
        const before = step();
        const next = change(before.draft);
        if (next === before.draft) return;
        const moved = { ...before.selection, ...selection };
        if (get().gesture || (typing !== undefined && typing === get().typing)) return set({ draft: next, selection: moved });
        set({ draft: next, selection: moved, past: [...get().past, before].slice(-UNDO_DEPTH), future: [], typing: typing ?? null });
      },
      beginGesture() {
        if (!get().gesture) set({ gesture: step(), typing: null });
      },
      endGesture() {
        const start = get().gesture;
        if (!start) return;
        if (start.draft === get().draft) return set({ gesture: null });
        set({ gesture: null, past: [...get().past, start].slice(-UNDO_DEPTH), future: [] });
      },
      undo: () => travel('past', 'future'),
      redo: () => travel('future', 'past'),
      select(selection) {
        // Another scene ends picking a standpoint: the click it waits for is on the model it showed.
        const leaves = selection.sceneId !== undefined && selection.sceneId !== get().selection.sceneId;
        set({ selection: { ...get().selection, ...selection }, typing: null, ...(leaves ? { standpointFor: null } : {}) });
      },
      setPlacing(placing) {
        set({ placing, standpointFor: null });
      },
      pickStandpoint(standpointFor) {
        set({ standpointFor, placing: null });
      },
      showEdges(edgesShown) {
        set({ edgesShown });
      },
      confirmSaved(saved, version) {
        set({ saved, baseVersion: version });
      },
      reset(next, version, saved = next) {
        const sceneId = next.scenes.some((s) => s.id === get().selection.sceneId) ? get().selection.sceneId : firstScene(next);
        set({ draft: next, baseVersion: version, saved, past: [], future: [], gesture: null, typing: null, placing: null, standpointFor: null, selection: { sceneId, hotspotId: null } });
      },
    };
  });
}

/** Unsaved: the draft differs from what the server last confirmed. */
export const isDirty = (s: DraftState) => s.draft !== s.saved && JSON.stringify(s.draft) !== JSON.stringify(s.saved);
