/** What the marker layer knows of each marker it lays out (see MarkerLayer). */
import { createContext } from 'react';
import type { Vector3 } from 'three';
import type { Box } from './labelPlacement';

export interface MarkerEntry {
  id: string;
  position: Vector3;
  /** Named in a cluster's accessible name. */
  title: string;
  /** Lower first: whose label wins a collision, who leads a cluster. */
  priority: number;
  /** Order of arrival, for ties. */
  seq: number;
  button: HTMLElement | null;
  /** Half the button's width, measured when it arrives (360° markers are larger). */
  half?: number;
  occluded: boolean;
  /** The label's box around the button's centre, measured once per text. */
  label?: { text: string; box: Box };
  /** What the last layout wrote to the button, to write only changes. */
  written: { dx: number; dy: number; hidden: boolean; label: boolean };
}

/** Label priorities: Back/Next first, then other links, the 360° standpoints, info markers. */
export const PRIORITY = { sequence: 0, link: 1, standpoint: 2, info: 3 } as const;

export interface MarkerLayerApi {
  /** Adds or updates a marker. */
  update(id: string, patch: Partial<Pick<MarkerEntry, 'position' | 'title' | 'priority' | 'button' | 'occluded'>>): void;
  remove(id: string): void;
}

export const MarkerLayerContext = createContext<MarkerLayerApi | null>(null);
