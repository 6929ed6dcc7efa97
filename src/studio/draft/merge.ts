/**
 * Two editors saved the same tour: a three-way merge, hotspot by hotspot. `base` is the version
 * both started from, `mine` the local draft, `theirs` the one the server holds now. A hotspot
 * only one side changed takes that side; one both changed differently is a conflict the user
 * decides (`choices`: hotspot id → 'mine' | 'theirs', default mine). Scene and tour fields other
 * than hotspots: mine where I changed them, else theirs.
 */
import type { Draft, DraftHotspot, DraftScene } from './types';

export type Choice = 'mine' | 'theirs';

export interface HotspotConflict {
  id: string;
  sceneId: string;
  mine: DraftHotspot | undefined;
  theirs: DraftHotspot | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function hotspotMap(draft: Draft): Map<string, { sceneId: string; hotspot: DraftHotspot }> {
  const map = new Map<string, { sceneId: string; hotspot: DraftHotspot }>();
  for (const scene of draft.scenes) for (const hotspot of scene.hotspots ?? []) map.set(hotspot.id, { sceneId: scene.id, hotspot });
  return map;
}

/** The hotspots both sides changed, differently. */
export function hotspotConflicts(base: Draft, mine: Draft, theirs: Draft): HotspotConflict[] {
  const [b, m, t] = [hotspotMap(base), hotspotMap(mine), hotspotMap(theirs)];
  const ids = new Set([...m.keys(), ...t.keys()]);
  const conflicts: HotspotConflict[] = [];
  for (const id of ids) {
    const [was, mineNow, theirsNow] = [b.get(id), m.get(id), t.get(id)];
    if (same(mineNow, was) || same(theirsNow, was) || same(mineNow, theirsNow)) continue;
    conflicts.push({ id, sceneId: (mineNow ?? theirsNow)!.sceneId, mine: mineNow?.hotspot, theirs: theirsNow?.hotspot });
  }
  return conflicts;
}

/** The merged draft: theirs, with my changes applied where I made them (and chose them). */
export function mergeDrafts(base: Draft, mine: Draft, theirs: Draft, choices: Record<string, Choice> = {}): Draft {
  const [b, m, t] = [hotspotMap(base), hotspotMap(mine), hotspotMap(theirs)];
  const pick = (id: string) => {
    const [was, mineNow, theirsNow] = [b.get(id), m.get(id), t.get(id)];
    if (same(mineNow, was)) return theirsNow;
    if (same(theirsNow, was) || same(mineNow, theirsNow)) return mineNow;
    return (choices[id] ?? 'mine') === 'mine' ? mineNow : theirsNow;
  };

  // Scenes: theirs in their order, with scenes only I added appended; scenes I deleted (untouched by them) go.
  const baseScenes = new Map(base.scenes.map((s) => [s.id, s]));
  const mineScenes = new Map(mine.scenes.map((s) => [s.id, s]));
  const scenes: DraftScene[] = [];
  const sceneFields = (id: string, theirsScene: DraftScene | undefined): DraftScene | undefined => {
    const [was, mineScene] = [baseScenes.get(id), mineScenes.get(id)];
    if (!mineScene && was && (!theirsScene || same(strip(theirsScene), strip(was)))) return undefined; // I deleted it
    if (!theirsScene) return was ? undefined : mineScene; // they deleted it, or I added it
    const changedByMe = mineScene && was && !same(strip(mineScene), strip(was));
    return { ...(changedByMe || (!was && mineScene) ? mineScene! : theirsScene), hotspots: [] };
  };
  for (const scene of theirs.scenes) {
    const merged = sceneFields(scene.id, scene);
    if (merged) scenes.push(merged);
  }
  for (const scene of mine.scenes) if (!theirs.scenes.some((s) => s.id === scene.id) && !baseScenes.has(scene.id)) scenes.push({ ...scene, hotspots: [] });

  // Hotspots: every id either side has, in the scene the chosen version puts it, in theirs' order then mine's.
  const order = [...t.keys(), ...[...m.keys()].filter((id) => !t.has(id))];
  for (const id of order) {
    const chosen = pick(id);
    if (!chosen) continue;
    const holder = scenes.find((s) => s.id === chosen.sceneId);
    holder?.hotspots!.push(chosen.hotspot);
  }
  for (const scene of scenes) if (scene.hotspots!.length === 0 && !hadHotspots(scene.id, mine, theirs)) delete scene.hotspots;

  const top = (key: keyof Draft) => (same(mine[key], base[key]) ? theirs[key] : mine[key]);
  const merged = { ...theirs } as Record<string, unknown>;
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)]) as Set<keyof Draft>) {
    if (key === 'scenes') continue;
    const value = top(key);
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  merged.scenes = scenes;
  return merged as Draft;
}

const strip = (scene: DraftScene) => ({ ...scene, hotspots: undefined });
const hadHotspots = (id: string, ...drafts: Draft[]) => drafts.some((d) => d.scenes.find((s) => s.id === id)?.hotspots !== undefined);
