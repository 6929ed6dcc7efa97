/**
 * The tiles of one panorama as meshes: the preview underneath, then a quad per
 * tile the view needs (deeper levels over shallower ones). The view decides
 * which tiles (VisibleTileFinder), the loader gets them, the cache keeps the
 * GPU under budget. Plain three.js driven from TiledPanorama's frame loop;
 * React never sees tiles. setView runs every frame and allocates nothing.
 */
import { Group, type Texture } from 'three';
import type { TileDescriptor } from '../../../tiles/descriptor';
import { tilePath } from '../../../tiles/pyramid';
import { levelFor, MAX_VISIBLE_TILES, VisibleTileFinder, type TileView } from '../../../tiles/visible';
import { includesKey, tileOfKey } from '../../../tiles/tileKey';
import { TileLoader } from '../../../tiles/tileLoader';
import { TileCache } from '../../../tiles/tileCache';
import { MAX_TILE_BUDGET } from '../../../tiles/budget';
import type { TilesStatus } from '../../../state/types';
import { disposeObject } from '../../dispose';
import { tileUrl } from '../../../tiles/descriptorCache';
import { fetchTile } from './fetchTile';
import { previewMeshes, tileBytes, tileMesh, type TileMesh } from './tileMeshes';

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

export class TileLayer {
  readonly group = new Group();
  /** Grows whenever the view needs another set of tiles: each set reports 'sharp' once. */
  wantedVersion = 0;
  /** Grows with each new view; the cache evicts only tiles last needed by an older one. */
  private generation = 0;
  private readonly finder = new VisibleTileFinder();
  /** The tiles of the view before, to tell whether a new view needs another set. */
  private readonly previous = new Float64Array(MAX_VISIBLE_TILES);
  private previousCount = 0;
  /** The last view as compared: yaw, pitch and fov to 0.1°, aspect to 0.001, screen height. */
  private readonly lastView = new Float64Array(5).fill(Number.NaN);
  private readonly cache: TileCache<TileMesh>;
  private readonly loader: TileLoader<ImageBitmap>;

  constructor(
    private readonly descriptor: TileDescriptor,
    descriptorUrl: string,
    private readonly options: TileLayerOptions,
  ) {
    this.cache = new TileCache(options.budgetBytes ?? MAX_TILE_BUDGET, (mesh) => {
      this.group.remove(mesh);
      disposeObject(mesh);
    });
    const loadImage = options.loadImage ?? fetchTile;
    this.loader = new TileLoader({
      load: (key, signal) => loadImage(tileUrl(descriptorUrl, tilePath(descriptor, tileOfKey(key))), signal),
      onLoaded: (key, bitmap) => this.show(key, bitmap),
      onFailed: () => options.onChange(),
      isHeld: (key) => this.cache.has(key),
      discard: (bitmap) => bitmap.close(),
      concurrency: options.concurrency,
      retryDelaysMs: options.retryDelaysMs,
    });
  }

  showPreview(texture: Texture): void {
    for (const mesh of previewMeshes(this.descriptor, texture)) this.group.add(mesh);
  }

  /** Takes the current view; cheap when it has not changed. */
  setView(view: TileView): void {
    if (!this.viewChanged(view)) return;
    this.generation += 1;
    const { finder, descriptor } = this;
    const level = levelFor(descriptor.levels, view);
    finder.find(level, descriptor.levels[level]!, view);
    if (!this.sameTilesAsBefore()) {
      this.wantedVersion += 1;
      for (let i = 0; i < finder.count; i++) this.previous[i] = finder.keys[i]!;
      this.previousCount = finder.count;
    }
    for (let i = 0; i < finder.count; i++) this.cache.touch(finder.keys[i]!, this.generation);
    this.loader.want(finder.keys, finder.count);
  }

  /** 'sharp' when every tile the view needs is drawn at its level; 'partial' when some failed to load. */
  status(): TilesStatus {
    return this.loader.progress();
  }

  /** For tests and the bench: tiles on the GPU and their bytes. */
  stats(): { tiles: number; bytes: number; loading: number; budget: number } {
    return { tiles: this.cache.size, bytes: this.cache.bytes, loading: this.loader.inFlight, budget: this.cache.budget };
  }

  dispose(): void {
    this.loader.dispose();
    disposeObject(this.group);
    this.group.clear();
    this.cache.clear();
  }

  private show(key: number, bitmap: ImageBitmap): void {
    const mesh = tileMesh(this.descriptor, tileOfKey(key), bitmap);
    this.group.add(mesh);
    // A tile that arrives after the view moved on was needed just before it.
    const lastNeeded = includesKey(this.finder.keys, this.finder.count, key) ? this.generation : this.generation - 1;
    this.cache.add(key, mesh, tileBytes(bitmap), lastNeeded, this.generation);
    this.options.onChange();
  }

  private viewChanged(view: TileView): boolean {
    const last = this.lastView;
    const yaw = Math.round(view.yaw * 10);
    const pitch = Math.round(view.pitch * 10);
    const fov = Math.round(view.fov * 10);
    const aspect = Math.round(view.aspect * 1000);
    if (yaw === last[0] && pitch === last[1] && fov === last[2] && aspect === last[3] && view.screenHeight === last[4]) return false;
    last[0] = yaw;
    last[1] = pitch;
    last[2] = fov;
    last[3] = aspect;
    last[4] = view.screenHeight;
    return true;
  }

  /** Whether the found tiles are the set of the view before (each set holds a tile once). */
  private sameTilesAsBefore(): boolean {
    const { finder } = this;
    if (finder.count !== this.previousCount) return false;
    for (let i = 0; i < finder.count; i++) if (!includesKey(this.previous, this.previousCount, finder.keys[i]!)) return false;
    return true;
  }
}
