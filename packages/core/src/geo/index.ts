// Geography keyed on INSEE commune codes: distances, the commune index, commune search.
export { haversine, distanceToBox, EARTH_RADIUS_M, type LatLon } from './haversine.js';
export {
  COMMUNE_PRECISIONS,
  departementOf,
  normalizeCode,
  parseCommuneIndex,
  parseDepartementFile,
  searchCommunes,
  communesWithPostcode,
  toCommune,
  type Box,
  type Commune,
  type CommuneAlias,
  type CommuneEntry,
  type CommuneHit,
  type CommuneLookup,
  type CommuneMatch,
  type CommunePoint,
  type CommunePrecision,
  type SearchOptions,
} from './communes.js';
export {
  createCommuneIndex,
  getSharedCommuneIndex,
  getDefaultCommunesBaseUrl,
  setDefaultCommunesBaseUrl,
  type CommuneIndex,
  type CommuneIndexOptions,
  type NearestCommune,
  type NearestOptions,
} from './commune-index.js';
