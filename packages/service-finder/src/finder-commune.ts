// A commune as core's commune index, <ancre-commune-search> or a page gives it, mapped to the
// finder's `FinderCommune` (shared by the element and the lazily loaded search module).
import type { FinderCommune } from './service-finder.machine.js';
import type { LatLon } from './service-finder.types.js';

export type CommuneLike = {
  code: string;
  name: string;
  postcodes?: readonly string[];
  postcode?: string;
  departement?: string;
  lat?: number;
  lon?: number;
  location?: LatLon;
};

export function toFinderCommune(c: CommuneLike): FinderCommune {
  const postcodes = c.postcode ? [c.postcode, ...(c.postcodes ?? []).filter((p) => p !== c.postcode)] : [...(c.postcodes ?? [])];
  return {
    code: c.code,
    name: c.name,
    postcodes,
    ...(c.departement ? { departement: c.departement } : {}),
    location: c.location ?? { lat: c.lat ?? Number.NaN, lon: c.lon ?? Number.NaN },
  };
}
