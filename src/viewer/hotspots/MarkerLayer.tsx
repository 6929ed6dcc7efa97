/**
 * Lays out the markers inside it (HotspotMarker, StandpointMarker) as one
 * picture: markers that overlap on screen spread apart (two) or fold into one
 * marker with a count (three or more) that fans out on click or Enter and
 * folds back on a second click or Esc; on a model's overview, short labels
 * stay visible wherever they fit without covering another label or marker.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { useTour } from '../../state/hooks';
import { strings } from '../../ui/strings';
import { MarkerLayerContext, type MarkerEntry, type MarkerLayerApi } from './markerEntry';
import { layoutMarkers, type Cluster } from './layoutPass';
import { coveredAreas, onCoveredAreasChange } from './coveredAreas';

interface Props {
  /** Show labels at rest where they fit (the model overview); otherwise on hover and focus only. */
  restingLabels: boolean;
  children: ReactNode;
}

export function MarkerLayer({ restingLabels, children }: Props) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const t = strings(useTour((s) => s.language));
  const entries = useRef(new Map<string, MarkerEntry>()).current;
  const previous = useRef(new Map<string, string>()).current;
  const clusterButtons = useRef(new Map<string, HTMLElement>()).current;
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [expanded, setExpanded] = useState<string | null>(null);
  const expandedRef = useRef<string | null>(null);
  const shownKeys = useRef('');

  const api = useMemo<MarkerLayerApi>(() => {
    let seq = 0;
    return {
      update(id, patch) {
        let entry = entries.get(id);
        if (!entry) {
          if (!patch.position && !patch.button) return;
          entry = { id, position: patch.position!, title: '', priority: 9, seq: seq++, button: null, occluded: false, written: { dx: 0, dy: 0, hidden: false, label: false } };
          entries.set(id, entry);
        }
        if (patch.button !== undefined && patch.button !== entry.button) {
          entry.written = { dx: 0, dy: 0, hidden: false, label: false };
          if (patch.button) entry.half = patch.button.offsetWidth / 2 || undefined;
        }
        Object.assign(entry, patch);
        invalidate();
      },
      remove(id) {
        entries.delete(id);
        invalidate();
      },
    };
  }, [entries, invalidate]);

  const layout = useCallback(() => {
    const placed = [...entries.values()].filter((e) => e.position);
    // Covered areas are in viewport pixels; the layout works in the canvas's.
    const covered = coveredAreas().map((box) => ({ ...box, x: box.x - size.left, y: box.y - size.top }));
    const next = layoutMarkers({ entries: placed, camera, size, previous, expanded: expandedRef.current, restingLabels, covered });
    const keys = next.map((c) => c.key).join('\0');
    if (keys !== shownKeys.current) {
      shownKeys.current = keys;
      setClusters(next);
      // A fanned-out group that no longer exists (the camera moved) folds away.
      if (expandedRef.current && !next.some((c) => c.key === expandedRef.current)) {
        expandedRef.current = null;
        setExpanded(null);
      }
    }
  }, [entries, camera, size, previous, restingLabels]);
  useFrame(layout);
  useEffect(() => onCoveredAreasChange(invalidate), [invalidate]);

  const toggle = useCallback(
    (cluster: Cluster) => {
      const open = expandedRef.current !== cluster.key;
      expandedRef.current = open ? cluster.key : null;
      setExpanded(expandedRef.current);
      layout();
      invalidate();
      if (open) entries.get(cluster.ids[0]!)?.button?.focus();
    },
    [layout, invalidate, entries],
  );

  // Esc on a fanned-out group (its count or a member) folds it and puts the keyboard back on its count.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = expandedRef.current;
      const button = key ? clusterButtons.get(key) : undefined;
      if (event.key !== 'Escape' || !key || !(event.target instanceof Node)) return;
      const members = key.split('\n').map((id) => entries.get(id)?.button);
      if (event.target !== button && !members.includes(event.target as HTMLElement)) return;
      expandedRef.current = null;
      setExpanded(null);
      layout();
      invalidate();
      button?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [layout, invalidate, clusterButtons, entries]);

  return (
    <MarkerLayerContext.Provider value={api}>
      {children}
      {clusters.map((cluster) => {
        const titles = cluster.ids.map((id) => entries.get(id)?.title ?? '').join(', ');
        return (
          <Html key={cluster.key} position={cluster.centroid} center zIndexRange={[20, 10]}>
            <button
              type="button"
              ref={(el) => void (el ? clusterButtons.set(cluster.key, el) : clusterButtons.delete(cluster.key))}
              className="hotspot hotspot--cluster"
              data-cluster={cluster.ids.join(' ')}
              aria-expanded={expanded === cluster.key}
              aria-label={`${cluster.ids.length} ${t.placesHere}: ${titles}`}
              onClick={() => toggle(cluster)}
            >
              <span className="hotspot__icon" aria-hidden="true">
                {cluster.ids.length}
              </span>
            </button>
          </Html>
        );
      })}
    </MarkerLayerContext.Provider>
  );
}
