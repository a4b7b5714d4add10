/**
 * Importer for the records of the ANCT "cartographie nationale des lieux d'inclusion numérique"
 * (`@gouvfr-anct/cartographie-nationale`, `assets/data/source.json`, Licence Ouverte 2.0): flat
 * records of the schéma des lieux de médiation numérique (`id`, `nom`, `services` joined by `;`,
 * `commune`, `code_postal`, `adresse`, `latitude`, `longitude`, `telephone`, `courriel`, `site_web`,
 * `horaires` in OSM syntax, `source`, `date_maj`, optional `typologie` codes).
 * Used by `scripts/build-service-points.mjs` for the default data.
 */
import type { AncreProblem } from '@ancre/core';
import type { ServiceKind, ServicePoint } from '../service-finder.types.js';
import {
  isoDate,
  kindsFromName,
  normalizePhone,
  normalizeUrl,
  organisationalEmail,
  pointId,
  servicesFromKinds,
  servicesFromLabels,
  tidyCase,
  toNumber,
  TYPOLOGIE_KINDS,
  union,
  validLocation,
  type ImportResult,
} from './common.js';

export const CARTOGRAPHIE_NATIONALE_SOURCE = {
  url: 'https://cartographie.societenumerique.gouv.fr/',
  licence: 'Licence Ouverte 2.0',
} as const;

export interface CartographieImportOptions {
  /** Prefix of the generated ids. Default `anct-`. */
  idPrefix?: string;
  /** File name copied into problems. */
  source?: string;
  /** Counts of what was dropped, filled in place (for the build report). */
  dropped?: { personalEmails: number; badPhones: number; badUrls: number };
}

type Rec = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function importCartographieNationale(records: unknown, options: CartographieImportOptions = {}): ImportResult {
  const prefix = options.idPrefix ?? 'anct-';
  const problems: AncreProblem[] = [];
  const points: ServicePoint[] = [];
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  if (!Array.isArray(records)) {
    problem('$', 'not-array', 'The file must hold a JSON array of places.');
    return { points, problems };
  }
  const today = new Date().toISOString().slice(0, 10);
  records.forEach((raw, index) => {
    const path = `$[${index}]`;
    if (typeof raw !== 'object' || raw === null) return problem(path, 'not-object', 'A place must be an object.');
    const r = raw as Rec;
    const id = text(r['id']) ?? (typeof r['id'] === 'number' ? String(r['id']) : undefined);
    const name = text(r['nom']);
    const lat = toNumber(r['latitude']);
    const lon = toNumber(r['longitude']);
    if (!id) return problem(`${path}.id`, 'missing-field', 'The place has no id.');
    if (!name) return problem(`${path}.nom`, 'missing-field', 'The place has no name.');
    if (!validLocation(lat, lon)) return problem(`${path}.latitude`, 'bad-location', `"${name}" has no usable coordinates.`, 'latitude and longitude in WGS 84 degrees');
    const postcode = text(r['code_postal']) ?? '';
    if (!/^\d{5}$/.test(postcode)) return problem(`${path}.code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const commune = tidyCase(text(r['commune']) ?? '');
    if (!commune) return problem(`${path}.commune`, 'missing-field', `"${name}" has no commune.`);

    const typologie = (text(r['typologie']) ?? '').split(/[;,|]/).map((t) => TYPOLOGIE_KINDS[t.trim().toUpperCase()]).filter((k): k is ServiceKind => !!k);
    let kinds = union(typologie, kindsFromName(name));
    // Every record of this dataset is a place of digital help.
    kinds = union(kinds, ['mediation-numerique'] as ServiceKind[]);
    const labels = (text(r['services']) ?? '').split(';').map((s) => s.trim()).filter(Boolean);
    const services = union(servicesFromKinds(kinds), servicesFromLabels(labels));

    const point: ServicePoint = {
      id: pointId(prefix, id, String(index + 1)),
      name: name.replace(/\s+/g, ' '),
      kinds,
      services,
      address: { street: tidyCase(text(r['adresse']) ?? ''), postcode, commune },
      location: { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon! * 1e6) / 1e6 },
      source: {
        name: text(r['source']) ? `${text(r['source'])} (cartographie nationale des lieux d'inclusion numérique, ANCT)` : "Cartographie nationale des lieux d'inclusion numérique (ANCT)",
        url: CARTOGRAPHIE_NATIONALE_SOURCE.url,
        licence: CARTOGRAPHIE_NATIONALE_SOURCE.licence,
        date: isoDate(r['date_maj']) ?? today,
      },
    };
    if (!isoDate(r['date_maj'])) problem(`${path}.date_maj`, 'missing-date', `"${name}" has no update date; the date of the import is used.`);
    const phone = normalizePhone(text(r['telephone']));
    if (phone) point.phone = phone;
    else if (text(r['telephone']) && options.dropped) options.dropped.badPhones++;
    const rawEmail = text(r['courriel']);
    const email = organisationalEmail(rawEmail, [name, commune, point.address.street]);
    if (email) point.email = email;
    else if (rawEmail && options.dropped) options.dropped.personalEmails++;
    const website = normalizeUrl(text(r['site_web']));
    if (website) point.website = website;
    else if (text(r['site_web']) && options.dropped) options.dropped.badUrls++;
    const hours = text(r['horaires']);
    if (hours) point.hours = hours;
    points.push(point);
  });
  return { points, problems };
}
