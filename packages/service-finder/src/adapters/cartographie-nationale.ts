/**
 * Importer for the "schéma des lieux de médiation numérique" (ANCT, Licence Ouverte 2.0): the records of
 * the cartographie nationale des lieux d'inclusion numérique (`@gouvfr-anct/cartographie-nationale`,
 * `assets/data/source.json`, used by `scripts/build-service-points.mjs` for the default data), and the
 * national export of the same schema published on data.gouv.fr (*Lieux de médiation numérique sur le
 * territoire national*, CSV or JSON). Flat records: `id`, `pivot` (SIRET), `nom`, `commune`,
 * `code_postal`, `code_insee`, `adresse`, `complement_adresse`, `latitude`, `longitude`, `typologie`
 * codes, `telephone`, `courriels` (or `courriel`, several joined by `|` or `;`), `site_web`, `horaires`
 * (OSM syntax), `services` joined by `;` (or `|`), `dispositif_programmes_nationaux` (or
 * `labels_nationaux`: "France Services", "Conseillers numériques", "Aidants Connect"…), `itinerance`,
 * `prise_rdv` (a booking URL), `fiche_acces_libre` (an acceslibre URL), `source`, `date_maj`.
 * Input: the array of records, the JSON text of it, or the CSV text (`,` or `;`, cells as strings).
 */
import type { ServiceKind, ServicePoint } from '../service-finder.types.js';
import {
  checkLocation,
  csvObjects,
  isoDate,
  parseCsv,
  kindsFromName,
  normalizePhone,
  normalizeUrl,
  organisationalEmail,
  pointId,
  servicesFromKinds,
  servicesFromLabels,
  tidyCase,
  TYPOLOGIE_KINDS,
  union,
  type ImportResult,
  runSteps,
  runStepsAsync,
  sliced,
  type SliceOptions,
} from './common.js';
import { isJsonText } from './detect.js';

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

/** Several values in one cell: `a|b`, `a;b`, `a, b` (the schema joins lists with `|`). */
const list = (v: unknown): string[] =>
  (text(v) ?? '')
    .split(/[|;]|,(?=\s*\S+@)/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Labels of national programmes that make a place a France services house. */
const FRANCE_SERVICES_LABEL = /france\s*services?|maison\s+de\s+services?\s+au\s+public|\bmsap\b/i;

export function importCartographieNationale(input: unknown, options: CartographieImportOptions = {}): ImportResult {
  const result: ImportResult = { points: [], problems: [] };
  runSteps(importCartographieNationaleSteps(input, options, result));
  return result;
}

/**
 * The same import, giving the page a turn every `rowsPerSlice` places (default 200): the national export converts with no long task.
 */
export async function importCartographieNationaleAsync(input: unknown, options: CartographieImportOptions & SliceOptions = {}): Promise<ImportResult> {
  const result: ImportResult = { points: [], problems: [] };
  await runStepsAsync(importCartographieNationaleSteps(input, options, result, options.rowsPerSlice ?? 200), options.pause);
  return result;
}

function* importCartographieNationaleSteps(input: unknown, options: CartographieImportOptions, result: ImportResult, rowsPerSlice = 0): Generator<number, void> {
  const prefix = options.idPrefix ?? 'anct-';
  const { points, problems } = result;
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  let records = input;
  let rowPath = (index: number) => `$[${index}]`;
  if (typeof input === 'string') {
    const body = input.replace(/^\uFEFF/, '');
    if (isJsonText(body)) {
      try {
        records = JSON.parse(body);
      } catch {
        problem('$', 'bad-json', 'The file is not valid JSON.', 'The export may be truncated; download it again.');
        return;
      }
    } else {
      records = csvObjects(parseCsv(body));
      rowPath = (index) => `$.rows[${index}]`;
    }
  }
  if (records && typeof records === 'object' && !Array.isArray(records)) {
    const wrapped = ['data', 'items', 'results'].map((k) => (records as Rec)[k]).find(Array.isArray);
    if (wrapped) records = wrapped;
  }
  if (!Array.isArray(records)) {
    problem('$', 'not-array', 'The file must hold a JSON array of places.');
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const convert = (raw: unknown, index: number): void => {
    const path = rowPath(index);
    if (typeof raw !== 'object' || raw === null) return problem(path, 'not-object', 'A place must be an object.');
    const r = raw as Rec;
    const id = text(r['id']) ?? (typeof r['id'] === 'number' ? String(r['id']) : undefined);
    const name = text(r['nom']);
    if (!id) return problem(`${path}.id`, 'missing-field', 'The place has no id.');
    if (!name) return problem(`${path}.nom`, 'missing-field', 'The place has no name.');
    const postcode = text(r['code_postal']) ?? '';
    const insee = /^(\d{5}|2[AB]\d{3})$/i.test(text(r['code_insee']) ?? '') ? text(r['code_insee'])!.toUpperCase() : undefined;
    const loc = checkLocation(r['latitude'], r['longitude'], { postcode, ...(insee ? { insee } : {}) });
    if (!loc.ok) return problem(`${path}.latitude`, 'bad-location', `"${name}": ${loc.message}; the place is left out.`, 'latitude and longitude in WGS 84 degrees');
    if (!/^\d{5}$/.test(postcode)) return problem(`${path}.code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    if (loc.swapped) problem(`${path}.latitude`, 'swapped-location', `"${name}": latitude and longitude were the wrong way round; swapped.`);
    const { lat, lon } = loc;
    const commune = tidyCase(text(r['commune']) ?? '');
    if (!commune) return problem(`${path}.commune`, 'missing-field', `"${name}" has no commune.`);

    const typologie = (text(r['typologie']) ?? '').split(/[;,|]/).map((t) => TYPOLOGIE_KINDS[t.trim().toUpperCase()]).filter((k): k is ServiceKind => !!k);
    const programmes = [...list(r['dispositif_programmes_nationaux']), ...list(r['labels_nationaux'])];
    let kinds = union(typologie, kindsFromName(name));
    if (programmes.some((p) => FRANCE_SERVICES_LABEL.test(p))) kinds = union(['france-services'] as ServiceKind[], kinds);
    // Every record of this dataset is a place of digital help.
    kinds = union(kinds, ['mediation-numerique'] as ServiceKind[]);
    const labels = list(r['services']);
    const services = union(servicesFromKinds(kinds), servicesFromLabels(labels));

    const point: ServicePoint = {
      id: pointId(prefix, id, String(index + 1)),
      name: name.replace(/\s+/g, ' '),
      kinds,
      services,
      address: {
        street: tidyCase([text(r['adresse']), text(r['complement_adresse'])].filter(Boolean).join(', ')),
        postcode,
        commune,
        ...(insee ? { insee } : {}),
      },
      location: { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 },
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
    const rawEmails = [...list(r['courriels']), ...list(r['courriel'])];
    const email = rawEmails.map((e) => organisationalEmail(e, [name, commune, point.address.street])).find(Boolean);
    if (email) point.email = email;
    else if (rawEmails.length && options.dropped) options.dropped.personalEmails++;
    const website = normalizeUrl(text(r['site_web']));
    if (website) point.website = website;
    else if (text(r['site_web']) && options.dropped) options.dropped.badUrls++;
    const hours = text(r['horaires']);
    if (hours) point.hours = hours;
    if (/itin/i.test(text(r['itinerance']) ?? '')) point.itinerant = { stops: [] };
    const booking = text(r['prise_rdv']);
    if (booking) point.appointment = true;
    const access = normalizeUrl(text(r['fiche_acces_libre']));
    if (access) point.accessibility = { notes: access };
    points.push(point);
  };
  yield* sliced(records, rowsPerSlice, convert);
}
