/**
 * A stylised map of the Swedish coast from Örnsköldsvik to Skellefteå for the
 * Northern Sweden tour's minimap: land, sea, the Kvarken corner of Finland, two
 * islands, two rivers and a graticule, drawn in this script (no map tiles, no
 * fonts: the places' names are the minimap's buttons). The coastline is a hand
 * simplification roughened deterministically, not a survey. Same bytes on
 * every run: a scanline rasteriser with 4×4 supersampling in a fixed order.
 */
import sharp from 'sharp';

/** Frame of the map: longitudes and latitudes (degrees). */
const LON0 = 18.4, LON1 = 21.7, LAT0 = 63.1, LAT1 = 64.95;
export const MAP_WIDTH = 800;
/** Equirectangular at the frame's middle latitude: true shapes, north up. */
export const MAP_HEIGHT = Math.round((MAP_WIDTH * (LAT1 - LAT0)) / ((LON1 - LON0) * Math.cos(((LAT0 + LAT1) / 2) * (Math.PI / 180))));

/** Pixel position of a longitude/latitude on the map. */
export function mapPixel(lon: number, lat: number): [number, number] {
  return [Math.round(((lon - LON0) / (LON1 - LON0)) * MAP_WIDTH), Math.round(((LAT1 - lat) / (LAT1 - LAT0)) * MAP_HEIGHT)];
}

type LonLat = [number, number];
/** The Swedish mainland's coast from south to north (closed outside the frame, along its west edge). */
const SWEDEN: LonLat[] = [
  [18.3, 63.0], [18.55, 63.05], [18.62, 63.12], [18.7, 63.22], [18.72, 63.28], [18.8, 63.25], [18.95, 63.27], [19.15, 63.33], [19.3, 63.42],
  [19.45, 63.5], [19.6, 63.55], [19.85, 63.6], [20.05, 63.63], [20.3, 63.67], [20.4, 63.72], [20.5, 63.8], [20.65, 63.88], [20.8, 63.95],
  [20.95, 64.02], [21.05, 64.1], [21.15, 64.2], [21.3, 64.3], [21.45, 64.4], [21.45, 64.52], [21.35, 64.6], [21.3, 64.66], [21.25, 64.7],
  [21.35, 64.76], [21.42, 64.85], [21.36, 64.95], [21.45, 65.05],
];
const SWEDEN_CLOSE: LonLat[] = [[18.3, 65.05]];
const FINLAND: LonLat[] = [[21.8, 63.0], [21.55, 63.02], [21.45, 63.08], [21.5, 63.18], [21.62, 63.27], [21.8, 63.33]];
const ISLANDS: LonLat[][] = [
  [[20.82, 63.78], [20.9, 63.76], [20.97, 63.82], [20.93, 63.86], [20.85, 63.84]], // Holmön
  [[21.28, 63.2], [21.42, 63.18], [21.46, 63.27], [21.35, 63.3]], // Replot
];
const RIVERS: LonLat[][] = [
  [[20.35, 63.7], [20.26, 63.83], [20.05, 63.93], [19.75, 64.05], [19.4, 64.2], [18.9, 64.3]], // Umeälven
  [[21.25, 64.7], [21.1, 64.73], [20.95, 64.75], [20.6, 64.8], [20.1, 64.86], [19.5, 64.9]], // Skellefteälven
  [[18.72, 63.28], [18.6, 63.4], [18.4, 63.55]], // Moälven
];

/** A deterministic hash in [0, 1). */
const hash = (n: number) => {
  const s = Math.sin(n * 127.1 + 311.7) * 43758.5453;
  return s - Math.floor(s);
};

/** Midpoint displacement: a hand-drawn line made to look like a coast. */
function roughen(points: LonLat[], depth: number, amount: number, seed: number, closed: boolean): [number, number][] {
  let px: [number, number][] = points.map(([lon, lat]) => mapPixel(lon, lat) as [number, number]);
  for (let d = 0; d < depth; d++) {
    const next: [number, number][] = [];
    const n = closed ? px.length : px.length - 1;
    for (let i = 0; i < n; i++) {
      const a = px[i]!, b = px[(i + 1) % px.length]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const off = (hash(seed + d * 1000 + i) - 0.5) * amount * len;
      next.push(a, [(a[0] + b[0]) / 2 - ((b[1] - a[1]) / (len || 1)) * off, (a[1] + b[1]) / 2 + ((b[0] - a[0]) / (len || 1)) * off]);
    }
    if (!closed) next.push(px[px.length - 1]!);
    px = next;
  }
  return px;
}

const SS = 4;

/** Coverage (0..1) of closed polygons, even-odd, by scanlines at SS×SS samples per pixel. */
function fill(polygons: [number, number][][]): Float32Array {
  const cover = new Float32Array(MAP_WIDTH * MAP_HEIGHT);
  const xs: number[] = [];
  for (let sy = 0; sy < MAP_HEIGHT * SS; sy++) {
    const y = (sy + 0.5) / SS;
    xs.length = 0;
    for (const poly of polygons) {
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i]!, b = poly[(i + 1) % poly.length]!;
        if ((a[1] <= y) !== (b[1] <= y)) xs.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
      }
    }
    xs.sort((p, q) => p - q);
    const row = Math.floor(sy / SS) * MAP_WIDTH;
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k]! * SS - 0.5)), to = Math.min(MAP_WIDTH * SS - 1, Math.floor(xs[k + 1]! * SS - 0.5));
      for (let sx = from; sx <= to; sx++) cover[row + Math.floor(sx / SS)]! += 1 / (SS * SS);
    }
  }
  return cover;
}

/** Coverage of polylines `width` px wide (distance to the nearest segment, antialiased over one pixel). */
function stroke(lines: [number, number][][], width: number, closed: boolean): Float32Array {
  const cover = new Float32Array(MAP_WIDTH * MAP_HEIGHT);
  for (const line of lines) {
    const n = closed ? line.length : line.length - 1;
    for (let i = 0; i < n; i++) {
      const a = line[i]!, b = line[(i + 1) % line.length]!;
      const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0]) - width)), x1 = Math.min(MAP_WIDTH - 1, Math.ceil(Math.max(a[0], b[0]) + width));
      const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1]) - width)), y1 = Math.min(MAP_HEIGHT - 1, Math.ceil(Math.max(a[1], b[1]) + width));
      const dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy || 1;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const t = Math.max(0, Math.min(1, ((x + 0.5 - a[0]) * dx + (y + 0.5 - a[1]) * dy) / l2));
          const d = Math.hypot(x + 0.5 - a[0] - t * dx, y + 0.5 - a[1] - t * dy);
          const c = Math.max(0, Math.min(1, width / 2 - d + 0.5));
          const k = y * MAP_WIDTH + x;
          if (c > cover[k]!) cover[k] = c;
        }
      }
    }
  }
  return cover;
}

const SEA = [170, 205, 228], SEA_DEEP = [142, 184, 214], LAND = [231, 234, 218], FOREST = [214, 224, 200], COAST = [92, 128, 156], RIVER = [150, 192, 222], GRID = [255, 255, 255];

/** Renders the map as WebP; returns its bytes. */
export async function renderCoastMap(): Promise<Buffer> {
  // Only the coast is roughened: the edges that close a country outside the frame stay straight.
  const outside = (points: LonLat[]) => points.map(([lon, lat]) => mapPixel(lon, lat) as [number, number]);
  const coasts = [[...roughen(SWEDEN, 4, 0.35, 1, false), ...outside(SWEDEN_CLOSE)], roughen(FINLAND, 4, 0.35, 2, false), ...ISLANDS.map((island, i) => roughen(island, 3, 0.3, 3 + i, true))];
  const land = fill(coasts);
  const coast = stroke(coasts, 1.6, true);
  const rivers = stroke(RIVERS.map((r, i) => roughen(r, 3, 0.25, 10 + i, false)), 2, false);
  const gridLines: [number, number][][] = [];
  for (let lon = 18.5; lon < LON1; lon += 0.5) gridLines.push([mapPixel(lon, LAT0 - 1), mapPixel(lon, LAT1 + 1)]);
  for (let lat = 63.5; lat < LAT1; lat += 0.5) gridLines.push([mapPixel(LON0 - 1, lat), mapPixel(LON1 + 1, lat)]);
  const grid = stroke(gridLines, 1, false);
  const out = Buffer.alloc(MAP_WIDTH * MAP_HEIGHT * 3);
  for (let y = 0; y < MAP_HEIGHT; y++) {
    for (let x = 0; x < MAP_WIDTH; x++) {
      const k = y * MAP_WIDTH + x;
      // deeper water away from the coast (east), forest inland (west): a hint of relief
      const east = x / MAP_WIDTH;
      const inland = Math.max(0, 1 - x / (MAP_WIDTH * 0.6));
      for (let c = 0; c < 3; c++) {
        const sea = SEA[c]! + (SEA_DEEP[c]! - SEA[c]!) * east;
        const ground = LAND[c]! + (FOREST[c]! - LAND[c]!) * inland;
        let v = sea + (ground - sea) * land[k]!;
        v += (RIVER[c]! - v) * rivers[k]! * land[k]!;
        v += (GRID[c]! - v) * grid[k]! * (0.35 - 0.2 * land[k]!);
        v += (COAST[c]! - v) * coast[k]!;
        out[k * 3 + c] = Math.round(v);
      }
    }
  }
  return sharp(out, { raw: { width: MAP_WIDTH, height: MAP_HEIGHT, channels: 3 } }).webp({ quality: 80, effort: 6 }).toBuffer();
}
