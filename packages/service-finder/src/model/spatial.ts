/**
 * Nearest-N service points by great-circle distance. A static grid index (cells of `cellDeg` degrees,
 * 0.1 by default,
 * points sorted by cell in typed arrays): the search scans rings of cells around the query until the
 * N-th nearest found is closer than anything outside the rings can be, then sorts by haversine
 * distance. Far from every point (or when a filter leaves too few) it falls back to a full scan, so a
 * result is always exact. Serialisable (typed arrays) for a worker or a prebuilt file.
 *
 * (kdbush is not installed here; this index needs no dependency and stays well under 1 ms for
 * nearest-20 among 60,000 points.)
 */
import type { LatLon } from '../service-finder.types.js';

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const KM_PER_DEG = EARTH_RADIUS_KM * RAD;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface NearestHit {
  /** Index of the point in the array the index was built from. */
  index: number;
  distanceKm: number;
}

export interface NearestOptions {
  /** Keep only points for which this returns true. */
  filter?: (index: number) => boolean;
  /** Ignore points farther than this. */
  maxKm?: number;
}

/** The serialisable form (structured-clone and transfer friendly). */
export interface SerializedSpatialIndex {
  cellDeg: number;
  lat: Float64Array;
  lon: Float64Array;
  /** Point indices sorted by cell. */
  order: Uint32Array;
  /** Cell keys (sorted) and the start of each cell in `order` (length keys + 1). */
  cellKeys: Float64Array;
  cellStarts: Uint32Array;
  maxAbsLat: number;
}

const key = (cx: number, cy: number) => cx * 100_000 + cy;

export class SpatialIndex {
  readonly size: number;
  private readonly cells = new Map<number, [number, number]>();
  private readonly minCx: number;
  private readonly maxCx: number;
  private readonly minCy: number;
  private readonly maxCy: number;

  private constructor(private readonly data: SerializedSpatialIndex) {
    this.size = data.lat.length;
    let minCx = Infinity;
    let maxCx = -Infinity;
    let minCy = Infinity;
    let maxCy = -Infinity;
    for (let i = 0; i < data.cellKeys.length; i++) {
      const k = data.cellKeys[i]!;
      this.cells.set(k, [data.cellStarts[i]!, data.cellStarts[i + 1]!]);
      const cx = Math.round(k / 100_000);
      const cy = k - cx * 100_000;
      minCx = Math.min(minCx, cx);
      maxCx = Math.max(maxCx, cx);
      minCy = Math.min(minCy, cy);
      maxCy = Math.max(maxCy, cy);
    }
    this.minCx = minCx;
    this.maxCx = maxCx;
    this.minCy = minCy;
    this.maxCy = maxCy;
  }

  /** Builds the index from points (O(n log n)). */
  static build(points: readonly LatLon[], cellDeg = 0.1): SpatialIndex {
    const n = points.length;
    const lat = new Float64Array(n);
    const lon = new Float64Array(n);
    const keys = new Float64Array(n);
    let maxAbsLat = 0;
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      lat[i] = p.lat;
      lon[i] = p.lon;
      maxAbsLat = Math.max(maxAbsLat, Math.abs(p.lat));
      keys[i] = key(Math.floor((p.lon + 180) / cellDeg), Math.floor((p.lat + 90) / cellDeg));
    }
    // One native numeric sort of (cell key, index) packed in a float64 (key < 2^28, index < 2^24).
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keys[i]! * 16_777_216 + i;
    packed.sort();
    const order = new Uint32Array(n);
    for (let j = 0; j < n; j++) order[j] = packed[j]! % 16_777_216;
    const cellKeys: number[] = [];
    const cellStarts: number[] = [];
    for (let j = 0; j < n; j++) {
      const k = keys[order[j]!]!;
      if (cellKeys.length === 0 || cellKeys[cellKeys.length - 1] !== k) {
        cellKeys.push(k);
        cellStarts.push(j);
      }
    }
    cellStarts.push(n);
    return new SpatialIndex({ cellDeg, lat, lon, order, cellKeys: Float64Array.from(cellKeys), cellStarts: Uint32Array.from(cellStarts), maxAbsLat });
  }

  static fromSerialized(data: SerializedSpatialIndex): SpatialIndex {
    return new SpatialIndex(data);
  }

  serialize(): SerializedSpatialIndex {
    return this.data;
  }

  /** The `n` nearest points to `from`, nearest first (ties by index). */
  nearest(from: LatLon, n: number, options: NearestOptions = {}): NearestHit[] {
    if (n <= 0 || this.size === 0) return [];
    const { cellDeg, lat, lon, order, maxAbsLat } = this.data;
    const { filter, maxKm = Infinity } = options;
    const cx = Math.floor((from.lon + 180) / cellDeg);
    const cy = Math.floor((from.lat + 90) / cellDeg);
    let hits: NearestHit[] = [];
    // Distance of the n-th best found so far: farther candidates cannot make the answer.
    let worst = maxKm;
    const fromLat = from.lat * RAD;
    const cosFrom = Math.cos(fromLat);
    const consider = (i: number) => {
      const pLat = lat[i]! * RAD;
      const h = Math.sin((pLat - fromLat) / 2) ** 2 + cosFrom * Math.cos(pLat) * Math.sin(((lon[i]! - from.lon) * RAD) / 2) ** 2;
      const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
      if (d > worst || (filter && !filter(i))) return;
      hits.push({ index: i, distanceKm: d });
    };
    const keepBest = () => {
      hits.sort(byDistance);
      if (hits.length > n) hits = hits.slice(0, n);
      if (hits.length === n) worst = Math.min(worst, hits[n - 1]!.distanceKm);
    };
    // Lower bound (km) of the distance to any point outside the square of rings 0..r.
    const cosMax = Math.cos(Math.min(89.9, Math.max(maxAbsLat, Math.abs(from.lat))) * RAD);
    const lonLo = (cx * cellDeg - 180 - from.lon) * -1;
    const latLo = (cy * cellDeg - 90 - from.lat) * -1;
    const boundAfter = (r: number) => {
      const dLatDeg = Math.min(latLo + r * cellDeg, (r + 1) * cellDeg - latLo);
      const dLonDeg = Math.min(lonLo + r * cellDeg, (r + 1) * cellDeg - lonLo);
      return 0.99 * Math.min(dLatDeg * KM_PER_DEG, dLonDeg * KM_PER_DEG * cosMax);
    };
    const maxRing = Math.max(Math.abs(cx - this.minCx), Math.abs(cx - this.maxCx), Math.abs(cy - this.minCy), Math.abs(cy - this.maxCy));
    const RING_LIMIT = 40;
    let r = 0;
    for (; r <= Math.min(maxRing, RING_LIMIT); r++) {
      for (let x = cx - r; x <= cx + r; x++) {
        const edge = x === cx - r || x === cx + r;
        for (let y = cy - r; y <= cy + r; y += edge ? 1 : 2 * r) {
          const cell = this.cells.get(key(x, y));
          if (cell) for (let j = cell[0]; j < cell[1]; j++) consider(order[j]!);
          if (r === 0) break;
        }
      }
      const bound = boundAfter(r);
      if (bound > maxKm) break;
      if (hits.length >= n) {
        keepBest();
        if (hits[n - 1]!.distanceKm <= bound) return hits;
      }
    }
    if (r <= Math.min(maxRing, RING_LIMIT) || r > maxRing) {
      // Everything within reach was scanned (maxKm or the grid's extent).
      keepBest();
      return hits;
    }
    // Far from everything, or a sparse filter: exact full scan.
    hits = [];
    worst = maxKm;
    for (let i = 0; i < this.size; i++) consider(i);
    keepBest();
    return hits;
  }

  /** Points within `radiusKm`, nearest first. */
  within(from: LatLon, radiusKm: number, filter?: (index: number) => boolean): NearestHit[] {
    return this.nearest(from, this.size, { maxKm: radiusKm, ...(filter ? { filter } : {}) });
  }
}

const byDistance = (a: NearestHit, b: NearestHit) => a.distanceKm - b.distanceKm || a.index - b.index;
