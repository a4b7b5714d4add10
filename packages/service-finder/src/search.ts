/**
 * The searching part of `<ancre-service-finder>`, loaded lazily (`import('./search.js')`): the
 * element requests it when it connects, in parallel with the data, and its `resolveQuery` and
 * `findNearby` actors await it. It holds what is needed only once the data is there: the commune
 * lookup (core's commune index), the spatial index of the points, the filters and the opening hours
 * behind "open now". Pure functions over the points given; the element keeps the I/O.
 */
import { distanceToBox, foldPlaceName, getSharedCommuneIndex, type CommuneIndex } from '@ancre/core';
import type { FinderCommune, FinderFilters, FinderResolution, ResolveQueryInput } from './service-finder.machine.js';
import type { LatLon, ServicePoint, ServiceResult, ServicesIndexFile } from './service-finder.types.js';
import { toFinderCommune } from './finder-commune.js';
import { openingStatus } from './model/opening-hours.js';
import { departementOf } from './model/time-zone.js';
import { matchesFilters, searchDocumentOf, timeZoneOf } from './model/store.js';
import { buildSearchIndex, buildSearchIndexAsync, queryWords, type SearchIndex } from './model/search-index.js';
import { SpatialIndex } from './model/spatial.js';

/** Time zone and holidays of a point's hours (its own zone, else its département's). */
export function hoursOptions(point: ServicePoint): { timeZone: string; departement?: string } {
  const code = point.address.insee ?? point.address.postcode;
  return { timeZone: timeZoneOf(point), ...(code ? { departement: departementOf(code) } : {}) };
}

/** Open now: the point's hours, or (a bus) the hours of any of its stops. */
export function isOpenNow(point: ServicePoint, at: Date): boolean {
  const hours = [point.hours, ...(point.itinerant?.stops ?? []).map((s) => s.hours)].filter((h): h is string => !!h);
  const options = hoursOptions(point);
  return hours.some((h) => {
    const status = openingStatus(h, at, options);
    return status.kind === 'known' && status.open;
  });
}

// ---------------------------------------------------------------------------------------------
// Nearest points
// ---------------------------------------------------------------------------------------------

/** A spatial index over the points and the stops of itinerant points (`owner`: entry → point index). */
interface PointIndex {
  spatial: SpatialIndex;
  owner: Uint32Array;
}
const pointIndexes = new WeakMap<readonly ServicePoint[], PointIndex>();

function pointIndexOf(points: readonly ServicePoint[]): PointIndex {
  let index = pointIndexes.get(points);
  if (!index) {
    const locations: LatLon[] = [];
    const owner: number[] = [];
    points.forEach((p, i) => {
      locations.push(p.location);
      owner.push(i);
      for (const stop of p.itinerant?.stops ?? []) {
        locations.push(stop.location);
        owner.push(i);
      }
    });
    index = { spatial: SpatialIndex.build(locations), owner: Uint32Array.from(owner) };
    pointIndexes.set(points, index);
  }
  return index;
}

/**
 * The `limit` nearest points kept by `keep`, nearest first; an itinerant point counts at its nearest
 * stop. Asks the spatial index for more entries until enough distinct points are found.
 */
function nearestPoints(points: readonly ServicePoint[], origin: LatLon, limit: number, keep: (i: number) => boolean): ServiceResult[] {
  const { spatial, owner } = pointIndexOf(points);
  for (let k = limit * 2; ; k *= 2) {
    const hits = spatial.nearest(origin, k, { filter: (entry) => keep(owner[entry]!) });
    const seen = new Set<number>();
    const results: ServiceResult[] = [];
    for (const hit of hits) {
      const i = owner[hit.index]!;
      if (seen.has(i)) continue;
      seen.add(i);
      results.push({ point: points[i]!, distanceKm: hit.distanceKm });
      if (results.length === limit) return results;
    }
    if (hits.length < k || k >= spatial.size) return results;
  }
}

/**
 * The `limit` nearest points of `points` around `origin` that pass the filters. Kinds: any of those
 * ticked; services: all of those ticked (the model's rule). Opening hours, the costly check, only on
 * the points the spatial index visits.
 */
export function findNearby(points: readonly ServicePoint[], origin: LatLon, filters: FinderFilters, limit: number, at: Date): ServiceResult[] {
  const { kinds, services, openNow } = filters;
  const checked = new Map<number, boolean>();
  const keep = (i: number): boolean => {
    let ok = checked.get(i);
    if (ok === undefined) {
      const point = points[i]!;
      ok = matchesFilters(point, { kinds, services }) && (!openNow || isOpenNow(point, at));
      checked.set(i, ok);
    }
    return ok;
  };
  return nearestPoints(points, origin, limit, keep);
}

/** The département files to load around a place: the ones within 30 km, at least the nearest two (six at most). */
export function shardsNear(index: ServicesIndexFile, origin: LatLon): ServicesIndexFile['departements'] {
  return index.departements
    .map((entry) => {
      const [west, south, east, north] = entry.bbox;
      return { entry, distance: distanceToBox(origin, [south, west, north, east]) };
    })
    .sort((a, b) => a.distance - b.distance)
    .filter((r, i) => i < 2 || r.distance <= 30_000)
    .slice(0, 6)
    .map((r) => r.entry);
}

// ---------------------------------------------------------------------------------------------
// Communes
// ---------------------------------------------------------------------------------------------

/** Where communes are looked up: the page's own lookup, else core's commune index (`dataBase`). */
export interface CommuneSource {
  communeIndex: Pick<CommuneIndex, 'byCode' | 'search'> | undefined;
  dataBase: string | undefined;
}

/** The communes of the points themselves (name, postcode, centre of their points): a fallback with no commune data. */
const pointCommunes = new WeakMap<readonly ServicePoint[], FinderCommune[]>();
function communesOfPoints(points: readonly ServicePoint[]): FinderCommune[] {
  let communes = pointCommunes.get(points);
  if (!communes) pointCommunes.set(points, (communes = groupCommunes(points)));
  return communes;
}

function groupCommunes(points: readonly ServicePoint[]): FinderCommune[] {
  const byCode = new Map<string, { name: string; postcodes: Set<string>; lat: number; lon: number; n: number }>();
  for (const p of points) {
    const code = p.address.insee ?? `${p.address.postcode}:${p.address.commune}`;
    let c = byCode.get(code);
    if (!c) byCode.set(code, (c = { name: p.address.commune, postcodes: new Set(), lat: 0, lon: 0, n: 0 }));
    c.postcodes.add(p.address.postcode);
    c.lat += p.location.lat;
    c.lon += p.location.lon;
    c.n++;
  }
  return [...byCode].map(([code, c]) => ({ code, name: c.name, postcodes: [...c.postcodes].sort(), location: { lat: c.lat / c.n, lon: c.lon / c.n } }));
}

interface Picked {
  communes: FinderCommune[];
  /** True when the communes are exactly what was typed (a postcode, or the name itself). */
  exact: boolean;
}

/**
 * From communes matching a query, those a person meant: a postcode gives every commune sharing it;
 * a name gives its exact matches (homonyms are several), else the close ones to choose from.
 * `filter`: the list is not pre-filtered by a search (the communes of the points).
 */
function pickCommunes(query: string, communes: FinderCommune[], filter = false): Picked {
  const raw = query.trim();
  const compact = raw.replace(/\s+/g, '');
  if (/^\d{5}$/.test(compact)) {
    const list = filter ? communes.filter((c) => c.postcodes?.includes(compact) || c.code === compact) : communes;
    return { communes: list, exact: list.length > 0 };
  }
  const folded = foldPlaceName(raw);
  const exact = communes.filter((c) => foldPlaceName(c.name) === folded);
  if (exact.length) return { communes: exact, exact: true };
  if (!filter) return { communes, exact: false };
  return { communes: communes.filter((c) => foldPlaceName(c.name).startsWith(folded)).slice(0, 12), exact: false };
}

/**
 * What a query means: the communes from the commune lookup (an INSEE code, a name or a postcode), else
 * (no commune data reachable, or no exact match there) from the communes of the points; and, when the
 * text is not exactly a commune or a postcode, the places it names (`allPoints`: every point of the
 * data, loaded then).
 */
export async function resolveQuery(
  input: ResolveQueryInput,
  points: readonly ServicePoint[],
  source: CommuneSource,
  options: { allPoints?: () => Promise<readonly ServicePoint[]>; at?: Date } = {},
): Promise<FinderResolution> {
  const { communes, exact } = await resolveCommunes(input, points, source);
  if (exact || input.by === 'code' || !options.allPoints) return { communes, exact };
  const places = await findByName(await options.allPoints(), input.query, input.filters, input.limit ?? 10, options.at ?? new Date());
  return { communes, exact, places };
}

async function resolveCommunes(input: ResolveQueryInput, points: readonly ServicePoint[], source: CommuneSource): Promise<Picked> {
  const fromPoints = communesOfPoints(points);
  let found: Picked = { communes: [], exact: false };
  try {
    const lookup = source.communeIndex ?? (source.dataBase ? getSharedCommuneIndex(source.dataBase) : getSharedCommuneIndex());
    if (input.by === 'code') {
      const commune = await lookup.byCode(input.query);
      found = { communes: commune ? [toFinderCommune(commune)] : [], exact: true };
    } else {
      found = pickCommunes(input.query, (await lookup.search(input.query, { limit: 12 })).map(toFinderCommune));
    }
  } catch (error) {
    // No commune data reachable (a page with its own pack and no commune files): use the communes of the points.
    if (source.communeIndex) throw error;
  }
  if (!found.exact || found.communes.length === 0) {
    // The communes of the points: an exact match there beats close names from the commune index.
    const local = input.by === 'code' ? { communes: fromPoints.filter((c) => c.code === input.query), exact: true } : pickCommunes(input.query, fromPoints, true);
    if ((local.exact && local.communes.length) || found.communes.length === 0) found = local;
  }
  return { communes: found.communes.filter((c) => Number.isFinite(c.location.lat) && Number.isFinite(c.location.lon)), exact: found.exact };
}

// ---------------------------------------------------------------------------------------------
// Places by name
// ---------------------------------------------------------------------------------------------

const nameIndexes = new WeakMap<readonly ServicePoint[], Promise<SearchIndex>>();

/** The text index of a set of points, built once (in slices that yield to the page when large). */
function nameIndexOf(points: readonly ServicePoint[]): Promise<SearchIndex> {
  let index = nameIndexes.get(points);
  if (!index) {
    const docs = points.map(searchDocumentOf);
    nameIndexes.set(points, (index = points.length > 5000 ? buildSearchIndexAsync(docs) : Promise.resolve(buildSearchIndex(docs))));
  }
  return index;
}

/**
 * Places whose name or kind matches every word typed (accents, case and one typo forgiven), best first,
 * kept by the filters. A place matched only by its commune or postcode is left out: that query means
 * the commune, and is answered by distance. No distance: there is no place to measure from.
 */
export async function findByName(
  points: readonly ServicePoint[],
  query: string,
  filters: FinderFilters | undefined,
  limit: number,
  at: Date,
): Promise<ServiceResult[]> {
  const words = queryWords(query);
  if (words.length === 0 || /^\d+$/.test(words.join(''))) return [];
  const index = await nameIndexOf(points);
  const hasFilter = !!(filters && (filters.kinds.length || filters.services.length || filters.openNow));
  const hits = index.search(query, {
    limit: limit * 4,
    allWords: true,
    ...(hasFilter ? { filter: (i: number) => matchesFilters(points[i]!, { ...filters!, at }) } : {}),
  });
  const results: ServiceResult[] = [];
  for (const hit of hits) {
    const point = points[hit.doc]!;
    const place = queryWords(`${point.address.commune} ${point.address.postcode}`);
    const onlyPlace = words.every((w) => place.some((p) => p.startsWith(w)));
    if (!onlyPlace) results.push({ point, score: hit.score });
    if (results.length === limit) break;
  }
  return results;
}
