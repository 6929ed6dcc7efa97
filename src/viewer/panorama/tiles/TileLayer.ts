/**
 * The tiles of one panorama: loads what the view needs in view order, draws
 * each as a quad over the preview (deeper levels over shallower ones), and
 * keeps GPU memory under a budget by evicting the least recently needed tiles.
 * Plain three.js driven from TiledPanorama's frame loop; React never sees tiles.
 */
import { DoubleSide, Group, LinearMipmapLinearFilter, Mesh, MeshBasicMaterial, type Texture } from 'three';
import type { TileDescriptor } from '../../../tiles/descriptor';
import { tilePath, tileUvRect, type TileAddress } from '../../../tiles/pyramid';
import { visibleTiles, type TileView } from '../../../tiles/visible';
import { bitmapTexture, decodeImage } from './loadTiles';
import { tileUrl } from './descriptorCache';
import { faceQuad } from './faceQuad';

export interface TileLayerOptions {
  /** GPU bytes the tiles may hold (RGBA + mipmaps). Default 192 MB: about 140 tiles of 512 px. */
  budgetBytes?: number;
  /** Parallel tile requests. Default 6, the browser's HTTP/1.1 limit per host. */
  concurrency?: number;
  /** Called when a tile appeared, so an on-demand canvas renders. */
  onChange: () => void;
  /** Fetches and decodes one tile. Default: fetch + createImageBitmap (tests pass their own). */
  loadImage?: (url: string, signal: AbortSignal) => Promise<ImageBitmap>;
}

async function fetchImage(url: string, signal: AbortSignal): Promise<ImageBitmap> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status}`);
  return decodeImage(await response.blob());
}

type Status = 'loading' | 'ready' | 'failed';

interface Entry {
  address: TileAddress;
  status: Status;
  mesh: Mesh<ReturnType<typeof faceQuad>, MeshBasicMaterial> | null;
  bytes: number;
  /** The view generation that last needed this tile, for LRU eviction. */
  lastNeeded: number;
}

/** Tiles draw after the preview (-100) and before hotspots (0); deeper levels over shallower. */
const PREVIEW_ORDER = -100;
const tileOrder = (level: number) => -50 + level;
const keyOf = (t: TileAddress) => `${t.level}/${t.face}/${t.row}/${t.col}`;

export class TileLayer {
  readonly group = new Group();
  private readonly entries = new Map<string, Entry>();
  private wanted: TileAddress[] = [];
  private wantedKey = '';
  /** Grows whenever the view needs another set of tiles: each set reports 'sharp' once. */
  wantedVersion = 0;
  private generation = 0;
  private inFlight = 0;
  private viewKey = '';
  private readonly abort = new AbortController();
  private readonly budget: number;
  private readonly concurrency: number;

  constructor(
    private readonly descriptor: TileDescriptor,
    private readonly descriptorUrl: string,
    private readonly options: TileLayerOptions,
  ) {
    this.budget = options.budgetBytes ?? 192 * 1024 * 1024;
    this.concurrency = options.concurrency ?? 6;
  }

  /** The preview strip on the six faces, each face's UVs inset half a texel so no face samples its neighbour. */
  showPreview(texture: Texture): void {
    const n = this.descriptor.faces.length;
    const edge = this.descriptor.preview.faceSize;
    const half = 0.5 / edge;
    const material = new MeshBasicMaterial({ map: texture, side: DoubleSide, depthWrite: false, depthTest: false, toneMapped: false });
    this.descriptor.faces.forEach((face, i) => {
      const s0 = (i + half) / n;
      const s1 = (i + 1 - half) / n;
      const mesh = new Mesh(faceQuad(face, 0, 0, 1, 1, s0, half, s1, 1 - half), material);
      mesh.renderOrder = PREVIEW_ORDER;
      mesh.name = `preview-${face}`;
      this.group.add(mesh);
    });
  }

  /** Takes the current view; cheap when it has not changed. */
  setView(view: TileView): void {
    const key = [view.yaw.toFixed(1), view.pitch.toFixed(1), view.fov.toFixed(1), view.aspect.toFixed(3), view.screenHeight].join();
    if (key === this.viewKey) return;
    this.viewKey = key;
    this.generation += 1;
    this.wanted = visibleTiles(this.descriptor.levels, view).tiles;
    const wantedKey = this.wanted.map(keyOf).sort().join();
    if (wantedKey !== this.wantedKey) {
      this.wantedKey = wantedKey;
      this.wantedVersion += 1;
    }
    for (const tile of this.wanted) {
      const entry = this.entries.get(keyOf(tile));
      if (entry) entry.lastNeeded = this.generation;
    }
    this.pump();
  }

  /** 'sharp' when every tile the view needs is drawn at its level; 'partial' when some failed to load. */
  status(): 'loading' | 'sharp' | 'partial' {
    let failed = false;
    for (const tile of this.wanted) {
      const status = this.entries.get(keyOf(tile))?.status;
      if (status === undefined || status === 'loading') return 'loading';
      if (status === 'failed') failed = true;
    }
    return failed ? 'partial' : 'sharp';
  }

  /** For tests and the bench: tiles on the GPU and their bytes. */
  stats(): { tiles: number; bytes: number; loading: number } {
    let tiles = 0;
    let bytes = 0;
    for (const entry of this.entries.values()) {
      if (entry.status === 'ready') tiles += 1;
      bytes += entry.bytes;
    }
    return { tiles, bytes, loading: this.inFlight };
  }

  dispose(): void {
    this.abort.abort();
    const seen = new Set<unknown>();
    this.group.traverse((node) => {
      if (!(node instanceof Mesh)) return;
      node.geometry.dispose();
      const material = node.material as MeshBasicMaterial;
      if (seen.has(material)) return;
      seen.add(material);
      material.map?.dispose();
      material.dispose();
    });
    this.group.clear();
    this.entries.clear();
  }

  /** Starts the next wanted tiles, nearest to the view centre first. */
  private pump(): void {
    for (const tile of this.wanted) {
      if (this.inFlight >= this.concurrency || this.abort.signal.aborted) return;
      const key = keyOf(tile);
      if (this.entries.has(key)) continue;
      const entry: Entry = { address: tile, status: 'loading', mesh: null, bytes: 0, lastNeeded: this.generation };
      this.entries.set(key, entry);
      this.inFlight += 1;
      void this.load(entry).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async load(entry: Entry): Promise<void> {
    const { descriptor } = this;
    const url = tileUrl(this.descriptorUrl, tilePath(descriptor, entry.address));
    try {
      const bitmap = await (this.options.loadImage ?? fetchImage)(url, this.abort.signal);
      if (this.abort.signal.aborted) return bitmap.close();
      entry.mesh = this.tileMesh(entry.address, bitmap);
      entry.bytes = Math.round(bitmap.width * bitmap.height * 4 * (4 / 3));
      entry.status = 'ready';
      this.group.add(entry.mesh);
      this.evict();
      this.options.onChange();
    } catch {
      // A missing or broken tile leaves the coarser image underneath: still a picture, and status() says 'partial'.
      if (!this.abort.signal.aborted) {
        entry.status = 'failed';
        this.options.onChange();
      }
    }
  }

  private tileMesh(address: TileAddress, bitmap: ImageBitmap): Mesh<ReturnType<typeof faceQuad>, MeshBasicMaterial> {
    const level = this.descriptor.levels[address.level]!;
    const { u0, v0, u1, v1 } = tileUvRect(level, address.row, address.col);
    const texture = bitmapTexture(bitmap);
    // Clamped edges and exact quad corners: neighbouring tiles meet without a seam or a gap.
    texture.minFilter = LinearMipmapLinearFilter;
    const material = new MeshBasicMaterial({ map: texture, side: DoubleSide, depthWrite: false, depthTest: false, toneMapped: false });
    const mesh = new Mesh(faceQuad(address.face, u0, v0, u1, v1), material);
    mesh.renderOrder = tileOrder(address.level);
    mesh.name = `tile-${keyOf(address)}`;
    return mesh;
  }

  /** Drops the least recently needed tiles, never one the current view needs, until under budget. */
  private evict(): void {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.bytes;
    if (total <= this.budget) return;
    const candidates = [...this.entries.entries()]
      .filter(([, e]) => e.status !== 'loading' && e.lastNeeded < this.generation)
      .sort((a, b) => a[1].lastNeeded - b[1].lastNeeded);
    for (const [key, entry] of candidates) {
      if (total <= this.budget) break;
      if (entry.mesh) {
        this.group.remove(entry.mesh);
        entry.mesh.geometry.dispose();
        entry.mesh.material.map?.dispose();
        entry.mesh.material.dispose();
      }
      total -= entry.bytes;
      this.entries.delete(key);
    }
  }
}
