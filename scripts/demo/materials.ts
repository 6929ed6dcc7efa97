/** The PBR materials of the pilot hall: metal, painted steel, concrete, glass, emissive lamps and screens. */
import { type V3 } from './vec';

export type MatId =
  | 'stainless'
  | 'cladding'
  | 'paintBlue'
  | 'paintGreen'
  | 'paintYellow'
  | 'paintRed'
  | 'steelGrey'
  | 'grating'
  | 'concrete'
  | 'wallPanel'
  | 'whitePanel'
  | 'darkSteel'
  | 'glass'
  | 'marking'
  | 'lamp'
  | 'screen'
  | 'timber'
  | 'grass'
  | 'water'
  | 'asphalt'
  | 'roofDark'
  | 'brick';

export interface MatSpec {
  name: string;
  /** sRGB hex, converted to linear for glTF. */
  color: string;
  metallic: number;
  roughness: number;
  alpha?: number;
  emissive?: string;
}

export const MATERIALS: Record<MatId, MatSpec> = {
  stainless: { name: 'stainless-steel-brushed', color: '#c6c9cc', metallic: 1, roughness: 0.3 },
  cladding: { name: 'aluminium-insulation-cladding', color: '#b7bcc1', metallic: 0.9, roughness: 0.45 },
  paintBlue: { name: 'painted-steel-blue', color: '#1d4f91', metallic: 0.15, roughness: 0.45 },
  paintGreen: { name: 'painted-steel-green', color: '#2f7a4d', metallic: 0.15, roughness: 0.5 },
  paintYellow: { name: 'painted-steel-safety-yellow', color: '#f2b705', metallic: 0.1, roughness: 0.5 },
  paintRed: { name: 'painted-steel-red', color: '#b3261e', metallic: 0.1, roughness: 0.5 },
  steelGrey: { name: 'painted-steel-grey', color: '#5d6670', metallic: 0.3, roughness: 0.55 },
  grating: { name: 'galvanised-grating', color: '#8c9196', metallic: 0.7, roughness: 0.6 },
  concrete: { name: 'concrete', color: '#8f8e88', metallic: 0, roughness: 0.92 },
  wallPanel: { name: 'wall-sandwich-panel', color: '#d2d6d9', metallic: 0.1, roughness: 0.7 },
  whitePanel: { name: 'control-room-panel', color: '#eceeee', metallic: 0, roughness: 0.6 },
  darkSteel: { name: 'dark-steel', color: '#2c3036', metallic: 0.4, roughness: 0.6 },
  glass: { name: 'glass', color: '#a9c9d9', metallic: 0, roughness: 0.05, alpha: 0.3 },
  marking: { name: 'floor-marking-yellow', color: '#f5c400', metallic: 0, roughness: 0.6 },
  lamp: { name: 'lamp-emissive', color: '#fffaf0', metallic: 0, roughness: 0.5, emissive: '#fff4dc' },
  screen: { name: 'screen-emissive', color: '#10151c', metallic: 0, roughness: 0.2, emissive: '#3c7ac8' },
  // the Northern Sweden sites (scripts/demo/sites.ts)
  timber: { name: 'timber-glulam', color: '#c9995f', metallic: 0, roughness: 0.75 },
  grass: { name: 'ground-grass', color: '#6f8a4e', metallic: 0, roughness: 0.95 },
  water: { name: 'water', color: '#3f6f8f', metallic: 0.1, roughness: 0.15 },
  asphalt: { name: 'asphalt', color: '#4a4c4f', metallic: 0, roughness: 0.9 },
  roofDark: { name: 'roof-dark', color: '#3a3f45', metallic: 0.3, roughness: 0.6 },
  brick: { name: 'falu-red-facade', color: '#8e2f23', metallic: 0, roughness: 0.85 },
};
export const MAT_IDS = Object.keys(MATERIALS) as MatId[];

export const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
export function hexToLinear(hex: string): V3 {
  const n = Number.parseInt(hex.slice(1), 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}
