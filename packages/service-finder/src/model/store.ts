/**
 * The finder's in-memory store: the points of the loaded packs, a text index, a spatial index and
 * postcode / INSEE lookups, queried with one `ServiceQuery`. Pure (no DOM, no I/O); the element builds
 * it with `createServiceStoreAsync` (sliced, the page stays responsive) or from a prebuilt index.
 */
import type { LatLon, ServiceId, ServiceKind, ServicePoint, ServiceQuery, ServiceResult } from '../service-finder.types.js';
import { SERVICE_KIND_LABELS, SERVICE_LABELS } from '../service-finder.types.js';
import { openingStatus } from './opening-hours.js';
import { buildSearchIndexAsync, SearchIndex, SearchIndexBuilder, yieldToPage, type SearchDocument, type AsyncBuildOptions } from './search-index.js';
import { SpatialIndex } from './spatial.js';
import { departementOf, timeZoneForDepartement } from './time-zone.js';

/** The searchable text of a point: its name, commune, postcode, and the French labels of its kinds. */
export function searchDocumentOf(point: ServicePoint): SearchDocument {
  const keywords = point.kinds.map((k) => `${k.replace(/-/g, ' ')} ${SERVICE_KIND_LABELS[k]?.fr ?? ''}`).join(' ');
  return { name: point.name, commune: point.address.commune, postcode: point.address.postcode, keywords };
}

/** The time zone of a point's hours: its own, else its département's, else Europe/Paris. */
export function timeZoneOf(point: ServicePoint): string {
  if (point.timeZone) return point.timeZone;
  return timeZoneForDepartement(departementOf(point.address.insee ?? point.address.postcode ?? ''));
}

/** Whether a point is known to be open at `at` (unparsed or missing hours: false). */
export function isKnownOpen(point: ServicePoint, at: Date): boolean {
  if (!point.hours) return false;
  const s = openingStatus(point.hours, at, { timeZone: timeZoneOf(point), departement: departementOf(point.address.insee ?? point.address.postcode) });
  return s.kind === 'known' && s.open;
}

export function matchesFilters(point: ServicePoint, query: Pick<ServiceQuery, 'kinds' | 'services' | 'openNow' | 'at'>): boolean {
  if (query.kinds?.length && !query.kinds.some((k: ServiceKind) => point.kinds.includes(k))) return false;
  if (query.services?.length && !query.services.every((s: ServiceId) => point.services.includes(s))) return false;
  if (query.openNow && !isKnownOpen(point, query.at ?? new Date())) return false;
  return true;
}

export class ServiceStore {
  readonly points: readonly ServicePoint[];
  readonly text: SearchIndex;
  readonly spatial: SpatialIndex;
  private readonly byPostcode = new Map<string, number[]>();
  private readonly byInsee = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();

  /**
   * @param lookupsBuilt true when `addLookups` was already called for every point (the sliced
   *   builder does it in steps); otherwise the constructor indexes ids, postcodes and INSEE codes.
   */
  constructor(points: readonly ServicePoint[], text: SearchIndex, spatial?: SpatialIndex, lookupsBuilt = false) {
    this.points = points;
    this.text = text;
    this.spatial = spatial ?? SpatialIndex.build(points.map((p) => p.location));
    if (!lookupsBuilt) this.addLookups(0, points.length);
  }

  /** Indexes points [start, end) by id, postcode and INSEE code. */
  addLookups(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const p = this.points[i]!;
      this.byId.set(p.id, i);
      push(this.byPostcode, p.address.postcode, i);
      if (p.address.insee) push(this.byInsee, p.address.insee, i);
    }
  }

  get size(): number {
    return this.points.length;
  }

  get(id: string): ServicePoint | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.points[i];
  }

  /** Points of a postcode. */
  withPostcode(postcode: string): ServicePoint[] {
    return (this.byPostcode.get(postcode.trim()) ?? []).map((i) => this.points[i]!);
  }

  /** Points of an INSEE commune code. */
  withInsee(insee: string): ServicePoint[] {
    return (this.byInsee.get(insee.trim().toUpperCase()) ?? []).map((i) => this.points[i]!);
  }

  /**
   * Text and/or proximity search with filters. With `near` only: the nearest points. With `text`
   * only: best text matches. With both: text matches sorted by distance.
   */
  query(query: ServiceQuery): ServiceResult[] {
    const limit = query.limit ?? 10;
    const at = query.at ?? new Date();
    const filter = (i: number) => matchesFilters(this.points[i]!, { ...query, at });
    const hasFilter = !!(query.kinds?.length || query.services?.length || query.openNow);
    const near = query.near;
    if (query.text?.trim()) {
      const hits = this.text.search(query.text, { limit: near ? Math.max(200, limit) : limit, ...(hasFilter ? { filter } : {}) });
      const results: ServiceResult[] = hits.map((h) => withDistance({ point: this.points[h.doc]!, score: h.score }, near));
      if (near) results.sort((a, b) => a.distanceKm! - b.distanceKm!);
      return results.slice(0, limit);
    }
    if (near) {
      return this.spatial.nearest(near, limit, hasFilter ? { filter } : {}).map((h) => ({ point: this.points[h.index]!, distanceKm: h.distanceKm }));
    }
    const out: ServiceResult[] = [];
    for (let i = 0; i < this.points.length && out.length < limit; i++) if (!hasFilter || filter(i)) out.push({ point: this.points[i]! });
    return out;
  }
}

function withDistance(result: ServiceResult, near: LatLon | undefined): ServiceResult {
  if (!near) return result;
  const { lat, lon } = result.point.location;
  const toRad = Math.PI / 180;
  const h = Math.sin(((lat - near.lat) * toRad) / 2) ** 2 + Math.cos(near.lat * toRad) * Math.cos(lat * toRad) * Math.sin(((lon - near.lon) * toRad) / 2) ** 2;
  return { ...result, distanceKm: 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h))) };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds a store synchronously (tests, workers, small packs). */
export function createServiceStore(points: readonly ServicePoint[]): ServiceStore {
  const b = new SearchIndexBuilder();
  b.add(points.map(searchDocumentOf));
  return new ServiceStore(points, new SearchIndex(b.finish()));
}

/** Builds a store in slices that yield to the page (no long task on the main thread). */
export async function createServiceStoreAsync(points: readonly ServicePoint[], options: AsyncBuildOptions = {}): Promise<ServiceStore> {
  const size = options.chunkSize ?? 1000;
  const docs: SearchDocument[] = [];
  for (let i = 0; i < points.length; i += size) {
    for (let j = i; j < Math.min(points.length, i + size); j++) docs.push(searchDocumentOf(points[j]!));
    await yieldToPage();
  }
  const text = await buildSearchIndexAsync(docs, options);
  await yieldToPage();
  const locations = points.map((p) => p.location);
  await yieldToPage();
  const spatial = SpatialIndex.build(locations);
  await yieldToPage();
  options.signal?.throwIfAborted();
  const store = new ServiceStore(points, text, spatial, true);
  for (let i = 0; i < points.length; i += size * 5) {
    store.addLookups(i, Math.min(points.length, i + size * 5));
    await yieldToPage();
  }
  return store;
}

/** Labels for a point's services in a language (for display and search keywords). */
export function serviceLabels(point: ServicePoint, lang: 'fr' | 'en'): string[] {
  return point.services.map((s) => SERVICE_LABELS[s]?.[lang] ?? s);
}
