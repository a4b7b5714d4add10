/**
 * Loaded on demand by `<ancre-service-finder>` when it loads data (`import('./data-loading.js')`):
 * the JSON fetcher, the pack loader, the service-point validator and their messages, and the
 * per-département files, none of which is needed to paint the title and the loading message.
 * (The `points` property needs none of it: the element takes those points as they are.)
 */
import { AncreError, fetchJson, loadPack, type Locale } from '@ancre/core';
import type { FinderDataInfo } from './service-finder.machine.js';
import type { ServicePoint, ServicesIndexEntry, ServicesIndexFile, ServicesPack } from './service-finder.types.js';
import { validateServicePoint } from './model/validate.js';

export { fetchJson, loadPack, validateServicePoint };

/** A loaded services dataset: one pack, or a per-département index whose shards load on demand. */
export interface Dataset {
  points: ServicePoint[];
  info: FinderDataInfo;
  /**
   * Per-département files, loaded once each and shared by the searches (so a search cancelled by new
   * filters does not cancel a file the next search needs); aborted when the element leaves the page.
   */
  shards?: DatasetShards;
}

export interface DatasetShards {
  url: string;
  index: ServicesIndexFile;
  loaded: Map<string, Promise<ServicePoint[]>>;
  controller: AbortController;
  merged?: { key: string; points: ServicePoint[] };
}

export interface DatasetSource {
  /** A pack given as an object or a JSON string (wins over the child script and `src`). */
  inline: ServicesPack | string | undefined;
  /** The element: its child `<script type="application/json">` is a pack. */
  host: HTMLElement;
  /** URL of a pack or of a per-département `index.json`. */
  src: string;
  signal: AbortSignal;
  /** Language of the problems reported. */
  locale: Locale;
}

/** Loads the pack given inline, in a child script, or at `src` (a pack or a per-département index). */
export async function loadDataset({ inline, host, src, signal, locale }: DatasetSource): Promise<Dataset> {
  const validateItem = validateServicePoint;
  const hasScript = host.querySelector(':scope > script[type="application/json"]') !== null;
  if (inline !== undefined || hasScript) {
    const { pack } = await loadPack<ServicePoint>({ kind: 'ancre/services', validateItem, inline, host, signal, locale });
    return { points: pack.items, info: packInfo(pack) };
  }
  const json = await fetchJson(src, { signal });
  if ((json as { kind?: unknown } | null)?.kind === 'ancre/services-index') {
    const index = json as ServicesIndexFile;
    const url = new URL(src, document.baseURI).href;
    if (!Array.isArray(index.departements)) {
      throw new AncreError({ code: 'services/index', message: 'The index lists no département.', source: url, path: '$.departements' });
    }
    return {
      points: [],
      info: {
        count: index.departements.reduce((n, d) => n + (d.count ?? 0), 0),
        attribution: index.attribution,
        licence: index.licence,
        date: index.date,
      },
      shards: { url, index, loaded: new Map(), controller: new AbortController() },
    };
  }
  // A pack: loaded again through loadPack from its URL, so that a relative `extends` resolves
  // against the pack's own address (the second request is normally served by the HTTP cache).
  const { pack } = await loadPack<ServicePoint>({ kind: 'ancre/services', validateItem, src, signal, locale });
  return { points: pack.items, info: packInfo(pack) };
}

/**
 * The points of the département files `wanted`, each file loaded once and kept (a failed one is
 * tried again next time). The same array for the same set of files, so that its spatial index is
 * built once.
 */
export async function pointsOfShards(shards: DatasetShards, wanted: readonly ServicesIndexEntry[], locale: Locale): Promise<ServicePoint[]> {
  const { url, loaded, controller } = shards;
  const lists = await Promise.all(
    wanted.map((entry) => {
      let promise = loaded.get(entry.code);
      if (!promise) {
        promise = loadPack<ServicePoint>({ kind: 'ancre/services', src: new URL(entry.file, url).href, signal: controller.signal, locale }).then((r) => r.pack.items);
        promise.catch(() => loaded.delete(entry.code));
        loaded.set(entry.code, promise);
      }
      return promise;
    }),
  );
  const points = lists.flat();
  const key = wanted.map((entry) => entry.code).sort().join(',');
  const cached = shards.merged;
  if (cached?.key === key) return cached.points;
  shards.merged = { key, points };
  return points;
}

function packInfo(pack: { items: unknown[]; sources?: { name: string; licence?: string; date?: string }[]; licence?: string; attribution?: string }): FinderDataInfo {
  const attribution =
    pack.attribution ??
    (pack.sources ?? [])
      .map((s) => [s.name, s.licence].filter(Boolean).join(', '))
      .filter(Boolean)
      .join(' ; ');
  return {
    count: pack.items.length,
    ...(attribution ? { attribution } : {}),
    ...(pack.licence ? { licence: pack.licence } : {}),
  };
}
