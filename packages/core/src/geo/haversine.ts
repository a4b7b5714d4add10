/** A point in WGS 84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Great-circle distance between two points, in metres (haversine formula on a sphere; the error
 * against the ellipsoid stays under 0.5 %, far below what a commune centre means).
 * Paris–Lyon ≈ 392 km.
 */
export function haversine(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Lower bound of the distance from a point to a box `[minLat, minLon, maxLat, maxLon]`, in metres
 * (0 inside): the distance to the closest point of the box. Used to skip départements that cannot
 * hold anything nearer than what was already found.
 */
export function distanceToBox(point: LatLon, box: readonly [number, number, number, number]): number {
  const [minLat, minLon, maxLat, maxLon] = box;
  const lat = Math.min(Math.max(point.lat, minLat), maxLat);
  const lon = Math.min(Math.max(point.lon, minLon), maxLon);
  return haversine(point, { lat, lon });
}
