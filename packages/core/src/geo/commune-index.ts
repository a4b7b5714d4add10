// Loading side of the commune index: the national lookup once, département files on demand, all
// through fetchJson (AbortSignal, timeout, no credentials, no referrer). Nothing typed is ever sent:
// queries run over the files in memory.
import { AncreError } from '../errors.js';
import { fetchJson } from '../packs/fetch-json.js';
import { distanceToBox, haversine } from './haversine.js';
import {
  communesWithPostcode,
  normalizeCode,
  parseCommuneIndex,
  parseDepartementFile,
  searchCommunes,
  toCommune,
  type Commune,
  type CommuneEntry,
  type CommuneLookup,
  type CommuneMatch,
  type CommunePoint,
  type SearchOptions,
} from './communes.js';

export interface CommuneIndexOptions {
  /**
   * Folder holding `index.json` and `departements/*.json` (written by `scripts/build-communes.mjs`),
   * absolute or relative to the page. Default: `getDefaultCommunesBaseUrl()`.
   */
  baseUrl?: string | URL;
  /** Replaces `fetch` (tests). */
  fetchImpl?: typeof fetch;
  /** Per-file timeout in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Aborts every load of this index (an element passes one it aborts on disconnect). */
  signal?: AbortSignal;
}

/** A commune near a point, with its distance in metres. */
export interface NearestCommune extends Commune {
  distance: number;
}

export interface NearestOptions {
  /** Ignore communes farther than this, in metres. Default 50 000. */
  maxDistance?: number;
}

/** Lookups over the commune files; every method loads what it needs once and caches it. */
export interface CommuneIndex {
  /** The resolved folder URL. */
  readonly baseUrl: string;
  /** A commune by INSEE code (`69123`, `2A004`, `75116` is not a code: undefined). */
  byCode(code: string): Promise<Commune | undefined>;
  /** Every commune sharing a postcode, municipal arrondissements first (69003 → Lyon 3e, Lyon). */
  byPostcode(postcode: string): Promise<Commune[]>;
  /** Communes for what a person types: a name, a postcode or a département (see `searchCommunes`). */
  search(query: string, options?: SearchOptions): Promise<CommuneMatch[]>;
  /**
   * The commune whose point is closest to a place ("autour de moi"). It is the nearest commune
   * *centre*, not a point-in-polygon answer. Lyon and Marseille give their arrondissement; Paris
   * gives Paris (its arrondissements have no point of their own). Communes placed only at their
   * département's centre are skipped.
   */
  nearest(lat: number, lon: number, options?: NearestOptions): Promise<NearestCommune | undefined>;
  /** The national lookup (loads it): for custom searches with `searchCommunes`. */
  lookup(): Promise<CommuneLookup>;
  /** Attribution to show with the data (Licence Ouverte + GeoNames CC BY 4.0). */
  attribution(): Promise<string>;
}

// Default folder: next to the built module (`dist/geo/` → `dist/data/communes/`). A bundle that moves
// the data (the CDN build) calls setDefaultCommunesBaseUrl once.
let defaultBaseUrl: string | URL | undefined;

/** Sets where the commune files are for every index and element created without a `baseUrl`. */
export function setDefaultCommunesBaseUrl(url: string | URL): void {
  defaultBaseUrl = url;
}

/** Where the commune files are by default: the last `setDefaultCommunesBaseUrl`, else `../data/communes/` from this module. */
export function getDefaultCommunesBaseUrl(): string {
  return String(defaultBaseUrl ?? new URL('../data/communes/', import.meta.url));
}

function resolveBase(url: string | URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let href: string;
  try {
    href = new URL(String(url), base).href;
  } catch {
    throw new AncreError({
      code: 'load/url',
      message: `"${String(url)}" is not a valid address for the commune files.`,
      hint: 'Give a folder URL such as "/assets/communes/".',
    });
  }
  return href.endsWith('/') ? href : `${href}/`;
}

/** Creates an index over one folder of commune files. Nothing is loaded until a method is called. */
export function createCommuneIndex(options: CommuneIndexOptions = {}): CommuneIndex {
  const baseUrl = resolveBase(options.baseUrl ?? getDefaultCommunesBaseUrl());
  const load = (file: string) =>
    fetchJson(new URL(file, baseUrl), {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });

  // A failed load is not cached, so that a later call (a "try again" button) loads again.
  let lookupPromise: Promise<CommuneLookup> | undefined;
  const lookup = (): Promise<CommuneLookup> => {
    lookupPromise ??= load('index.json')
      .then((json) => parseCommuneIndex(json, new URL('index.json', baseUrl).href))
      .catch((error: unknown) => {
        lookupPromise = undefined;
        throw error;
      });
    return lookupPromise;
  };
  const departements = new Map<string, Promise<Map<string, CommunePoint>>>();
  const departement = (dep: string): Promise<Map<string, CommunePoint>> => {
    let promise = departements.get(dep);
    if (!promise) {
      const file = `departements/${encodeURIComponent(dep)}.json`;
      promise = load(file)
        .then((json) => parseDepartementFile(json, new URL(file, baseUrl).href))
        .catch((error: unknown) => {
          departements.delete(dep);
          throw error;
        });
      departements.set(dep, promise);
    }
    return promise;
  };

  const communes = new Map<string, Commune>();
  async function materialize(l: CommuneLookup, entries: readonly CommuneEntry[]): Promise<Commune[]> {
    const files = await Promise.all([...new Set(entries.map((e) => e.departement))].map(async (dep) => [dep, await departement(dep)] as const));
    const points = new Map(files);
    return entries.map((entry) => {
      let commune = communes.get(entry.code);
      if (!commune) {
        commune = toCommune(entry, points.get(entry.departement)?.get(entry.code), l.departementNames.get(entry.departement) ?? entry.departement);
        communes.set(entry.code, commune);
      }
      return commune;
    });
  }

  return {
    baseUrl,
    lookup,
    async attribution() {
      return (await lookup()).attribution;
    },
    async byCode(code) {
      const l = await lookup();
      const entry = l.byCode.get(normalizeCode(code));
      if (!entry) return undefined;
      return (await materialize(l, [entry]))[0];
    },
    async byPostcode(postcode) {
      const l = await lookup();
      return materialize(l, communesWithPostcode(l, postcode));
    },
    async search(query, searchOptions) {
      const l = await lookup();
      const hits = searchCommunes(l, query, searchOptions);
      const found = await materialize(l, hits.map((h) => h.entry));
      return found.map((commune, i) => ({
        ...commune,
        postcode: hits[i]!.postcode,
        ...(hits[i]!.formerName ? { formerName: hits[i]!.formerName } : {}),
      }));
    },
    async nearest(lat, lon, nearestOptions = {}) {
      const maxDistance = nearestOptions.maxDistance ?? 50_000;
      const l = await lookup();
      const here = { lat, lon };
      // Départements by distance to their box; the box distance is a lower bound (with a margin for
      // the flat clamp), so once one is beyond the best distance found, the rest can be skipped.
      const candidates = [...l.boxes]
        .map(([dep, box]) => ({ dep, bound: distanceToBox(here, box) * 0.95 }))
        .filter((c) => c.bound <= maxDistance)
        .sort((a, b) => a.bound - b.bound);
      let best: { entry: CommuneEntry; distance: number } | undefined;
      for (const { dep, bound } of candidates) {
        if (best && bound > best.distance) break;
        const points = await departement(dep);
        const entries = l.byDepartement.get(dep) ?? [];
        // Lyon and Marseille: their arrondissements have points of their own, so the commune's
        // single point would only hide them.
        const dividedCommunes = new Set(entries.filter((e) => e.parent && points.get(e.code)?.precision === 'commune').map((e) => e.parent));
        for (const entry of entries) {
          const point = points.get(entry.code);
          if (!point || point.precision === 'departement' || point.precision === 'none' || point.precision === 'parent') continue;
          if (dividedCommunes.has(entry.code)) continue;
          const distance = haversine(here, point);
          if (distance <= maxDistance && (!best || distance < best.distance)) best = { entry, distance };
        }
      }
      if (!best) return undefined;
      const [commune] = await materialize(l, [best.entry]);
      return { ...commune!, distance: best.distance };
    },
  };
}

const shared = new Map<string, CommuneIndex>();

/**
 * One index per folder for the whole page, so that several elements share the loaded files.
 * (No signal: loads are small, idempotent and useful to the next element.)
 */
export function getSharedCommuneIndex(baseUrl?: string | URL): CommuneIndex {
  const key = resolveBase(baseUrl ?? getDefaultCommunesBaseUrl());
  let index = shared.get(key);
  if (!index) shared.set(key, (index = createCommuneIndex({ baseUrl: key })));
  return index;
}
