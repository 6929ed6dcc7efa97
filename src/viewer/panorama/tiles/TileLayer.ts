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
import { MAX_TILE_BUDGET } from '../../../tiles/budget';
import type { TilesStatus } from '../../../state/types';

export interface TileLayerOptions {
  /** GPU bytes the tiles may hold (RGBA + mipmaps). Default MAX_TILE_BUDGET (192 MB): about 140 tiles of 512 px. */
  budgetBytes?: number;
  /** Parallel tile requests. Default 6, the browser's HTTP/1.1 limit per host. */
  concurrency?: number;
  /** Called when a tile appeared, so an on-demand canvas renders. */
  onChange: () => void;
  /** Fetches and decodes one tile. Default: fetch + createImageBitmap (tests pass their own). */
  loadImage?: (url: string, signal: AbortSignal) => Promise<ImageBitmap>;
  /** Waits before each retry of a tile that failed on the way (not one that is missing). Default 1 s, 3 s, 8 s. */
  retryDelaysMs?: readonly number[];
}

/** A tile that could not be had; `transient` when asking again may help (network, 5xx, 408, 429). */
export class TileLoadError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

const TRANSIENT_HTTP = new Set([408, 425, 429]);

async function fetchImage(url: string, signal: AbortSignal): Promise<ImageBitmap> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new TileLoadError(`network error for ${url}`, true);
  }
  if (!response.ok) throw new TileLoadError(`HTTP ${response.status} for ${url}`, response.status >= 500 || TRANSIENT_HTTP.has(response.status));
  return decodeImage(await response.blob());
}

/** `due`: failed on the way, waited, and queued to be asked for again. */
type Status = 'loading' | 'due' | 'ready' | 'failed';

interface Entry {
  address: TileAddress;
  status: Status;
  mesh: Mesh<ReturnType<typeof faceQuad>, MeshBasicMaterial> | null;
  bytes: number;
  /** The view generation that last needed this tile, for LRU eviction. */
  lastNeeded: number;
  /** Failed loads so far; a transient failure is retried while retryDelaysMs has a delay for it. */
  failures: number;
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
  private readonly retryDelays: readonly number[];
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly descriptor: TileDescriptor,
    private readonly descriptorUrl: string,
    private readonly options: TileLayerOptions,
  ) {
    this.budget = options.budgetBytes ?? MAX_TILE_BUDGET;
    this.concurrency = options.concurrency ?? 6;
    this.retryDelays = options.retryDelaysMs ?? [1000, 3000, 8000];
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
  status(): TilesStatus {
    let failed = false;
    for (const tile of this.wanted) {
      const status = this.entries.get(keyOf(tile))?.status;
      if (status === undefined || status === 'loading' || status === 'due') return 'loading';
      if (status === 'failed') failed = true;
    }
    return failed ? 'partial' : 'sharp';
  }

  /** For tests and the bench: tiles on the GPU and their bytes. */
  stats(): { tiles: number; bytes: number; loading: number; budget: number } {
    let tiles = 0;
    let bytes = 0;
    for (const entry of this.entries.values()) {
      if (entry.status === 'ready') tiles += 1;
      bytes += entry.bytes;
    }
    return { tiles, bytes, loading: this.inFlight, budget: this.budget };
  }

  dispose(): void {
    this.abort.abort();
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
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
      const existing = this.entries.get(key);
      if (existing?.status === 'due') this.start(existing);
      if (existing) continue;
      const entry: Entry = { address: tile, status: 'loading', mesh: null, bytes: 0, lastNeeded: this.generation, failures: 0 };
      this.entries.set(key, entry);
      this.start(entry);
    }
  }

  /** Starts loading an entry (new, or failed and due for a retry). */
  private start(entry: Entry): void {
    entry.status = 'loading';
    this.inFlight += 1;
    void this.load(entry).finally(() => {
      this.inFlight -= 1;
      this.pump();
    });
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
    } catch (error) {
      if (this.abort.signal.aborted) return;
      const delay = error instanceof TileLoadError && error.transient ? this.retryDelays[entry.failures] : undefined;
      entry.failures += 1;
      if (delay !== undefined) {
        // Still 'loading' to status(): the view is not sharp yet, and not given up on.
        this.retryLater(entry, delay);
        return;
      }
      // A missing or broken tile leaves the coarser image underneath: still a picture, and status() says 'partial'.
      entry.status = 'failed';
      this.options.onChange();
    }
  }

  /** Queues a retry after `delay` if the view still needs the tile then; otherwise forgets it, so a later view asks afresh. */
  private retryLater(entry: Entry, delay: number): void {
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      if (this.abort.signal.aborted) return;
      const key = keyOf(entry.address);
      if (this.wanted.some((t) => keyOf(t) === key)) {
        entry.status = 'due';
        this.pump();
      } else this.entries.delete(key);
    }, delay);
    this.retryTimers.add(timer);
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
