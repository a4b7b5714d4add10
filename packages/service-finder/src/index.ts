// @ancre/service-finder — no side effects: importing this module defines no element (see define.ts).
export { AncreServiceFinder, type FinderCommuneLookup, type FinderGeolocation } from './service-finder.js';
export * from './service-finder.machine.js';
export * from './service-finder.events.js';
export * from './service-finder.types.js';
export { fr as finderStringsFr, type FinderStrings } from './translations/fr.js';
export { en as finderStringsEn } from './translations/en.js';
export type { MapRenderer, MapRenderOptions } from './map/types.js';
// Model (pure: opening hours, holidays, time zones, validation) and importers.
export * from './model/opening-hours.js';
export * from './model/opening-hours-describe.js';
export * from './model/holidays.js';
export * from './model/time-zone.js';
export * from './model/validate.js';
export * from './model/search-index.js';
export * from './model/spatial.js';
export * from './model/store.js';
// Importer helpers (the public part: CSV parsing and contact normalisation).
export { parseCsv, csvObjects, normalizePhone, organisationalEmail, type ImportResult } from './adapters/common.js';
export * from './adapters/cartographie-nationale.js';
export * from './adapters/api-annuaire.js';
export * from './adapters/data-inclusion.js';
export * from './adapters/france-services-csv.js';
