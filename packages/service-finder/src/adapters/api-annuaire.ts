/**
 * Importer for the API Annuaire de l'administration et des services publics (DILA, Service-Public.fr;
 * Opendatasoft dataset `api-lannuaire-administration` on api-lannuaire.service-public.fr, Licence
 * Ouverte 2.0), and for the JSON dump of the same base on data.gouv.fr ("Base de données locales").
 *
 * Accepted shapes: the records API v2.1 `{ total_count, results: [...] }`; the exports endpoint
 * (`/exports/json`: a bare array); the older records APIs `{ records: [{ fields }] }` (v1) and
 * `{ records: [{ record: { fields } }] }` (v2.0); the data.gouv.fr dump `{ service: [...] }`; or the
 * JSON text of any of them. In the API the nested fields `adresse`, `telephone`, `site_internet`,
 * `plage_ouverture`, `pivot` arrive as JSON **strings**; in the dump they are arrays: both are read.
 * - `pivot[].type_service_local` → kind (`mairie`, `msap`/`france_services`, `caf`, `cpam`, `sip`,
 *   `sous_pref`…), `pivot[].code_insee_commune[]` → INSEE code when `code_insee_commune` is absent;
 * - `plage_ouverture[]` (`nom_jour_debut`, `nom_jour_fin`, `valeur_heure_debut_1`, `valeur_heure_fin_1`,
 *   `…_2`, `commentaire`) → an OSM `opening_hours` string, comments → notes;
 * - `adresse[]` (`type_adresse` "Adresse" preferred over "Adresse postale", `numero_voie`,
 *   `complement1`, `code_postal`, `nom_commune`, `latitude`, `longitude` as strings, `accessibilite`
 *   ACC/DEM/NAC, `note_accessibilite`);
 * - `adresse_courriel` a string (`a@x.fr;b@x.fr`) or an array; `date_modification` ISO or
 *   `DD/MM/YYYY HH:MM:SS`.
 */
import type { ServiceKind, ServicePoint, Wheelchair } from '../service-finder.types.js';
import {
  checkLocation,
  csvObjects,
  isoDate,
  kindsFromName,
  normalizePhone,
  normalizeUrl,
  organisationalEmail,
  parseCsv,
  pointId,
  runSteps,
  runStepsAsync,
  sliced,
  servicesFromKinds,
  toNumber,
  union,
  weeksOfMonth,
  type ImportResult,
  type SliceOptions,
} from './common.js';

export const API_ANNUAIRE_SOURCE = {
  name: "Service-Public.fr (DILA), Annuaire de l'administration",
  url: 'https://api-lannuaire.service-public.fr/',
  licence: 'Licence Ouverte 2.0',
} as const;

/** `pivot.type_service_local` → kind. */
export const ANNUAIRE_PIVOT_KINDS: Record<string, ServiceKind> = {
  mairie: 'mairie',
  mairie_com: 'mairie',
  paris_mairie: 'mairie',
  mairie_mobile: 'mairie',
  mairie_annexe: 'mairie',
  msap: 'france-services',
  france_services: 'france-services',
  maison_france_services: 'france-services',
  caf: 'caf',
  cpam: 'cpam',
  pole_emploi: 'france-travail',
  france_travail: 'france-travail',
  sip: 'finances-publiques',
  sie: 'finances-publiques',
  sip_sie: 'finances-publiques',
  tresorerie: 'finances-publiques',
  centre_impots_fonciers: 'finances-publiques',
  sgc: 'finances-publiques',
  msa: 'msa',
  carsat: 'carsat',
  cnav: 'carsat',
  prefecture: 'prefecture',
  sous_pref: 'prefecture',
  prefecture_region: 'prefecture',
  ccas: 'ccas',
  cias: 'ccas',
  point_justice: 'point-justice',
  antenne_justice: 'point-justice',
  permanence_juridique: 'point-justice',
  pad: 'point-justice',
  mjd: 'point-justice',
  cdad: 'point-justice',
  maison_justice_droit: 'point-justice',
  la_poste: 'la-poste',
  bibli: 'bibliotheque',
  bibliotheque: 'bibliotheque',
  point_accueil_numerique: 'mediation-numerique',
};

const DAYS: Record<string, number> = { lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6 };
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

type Rec = Record<string, unknown>;

/** A nested field: a JSON string, an array, an object, or nothing. Returns a list of records. */
export function nestedList(value: unknown): Rec[] | undefined {
  let v = value;
  if (typeof v === 'string') {
    if (!v.trim()) return [];
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.filter((x): x is Rec => typeof x === 'object' && x !== null);
  if (typeof v === 'object') return [v as Rec];
  return undefined;
}

const hhmm = (v: unknown): string | undefined => {
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})/.exec(v.trim()) : null;
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
};

/** `plage_ouverture` entries → an OSM string; undefined when an entry cannot be read. */
export function annuaireHours(plages: Rec[]): { hours?: string; comments: string[]; unreadable: number } {
  const rules: string[] = [];
  const comments: string[] = [];
  let unreadable = 0;
  for (const p of plages) {
    const from = DAYS[String(p['nom_jour_debut'] ?? '').trim().toLowerCase()];
    const to = DAYS[String(p['nom_jour_fin'] || p['nom_jour_debut'] || '').trim().toLowerCase()];
    if (from === undefined || to === undefined) {
      unreadable++;
      continue;
    }
    const spans: string[] = [];
    for (const k of ['1', '2', '3']) {
      const a = hhmm(p[`valeur_heure_debut_${k}`]);
      const b = hhmm(p[`valeur_heure_fin_${k}`]);
      if (a && b && a !== b) spans.push(`${a}-${b}`);
    }
    if (spans.length === 0) {
      unreadable++;
      continue;
    }
    const c = typeof p['commentaire'] === 'string' ? p['commentaire'].trim() : '';
    // "Accueil ouvert uniquement le 2e et 4e samedis de chaque mois" on a Saturday entry → Sa[2,4].
    const weeks = from === to && c ? weeksOfMonth(c, from) : undefined;
    const days = from === to ? `${OSM_DAYS[from]}${weeks ? `[${weeks.join(',')}]` : ''}` : `${OSM_DAYS[from]}-${OSM_DAYS[to]}`;
    // "," joins: several entries for the same day add up instead of replacing each other.
    rules.push(`${days} ${spans.join(',')}`);
    if (c) comments.push(c);
  }
  return { ...(rules.length ? { hours: rules.join(', ') } : {}), comments, unreadable };
}

function wheelchair(v: unknown): Wheelchair | undefined {
  const s = typeof v === 'string' ? v.trim().toUpperCase() : '';
  if (!s) return undefined;
  if (s === 'ACC' || s.startsWith('ACCESSIBLE') || s === 'OUI') return s.includes('ASSIST') ? 'limited' : 'yes';
  if (s === 'DEM' || s.includes('ASSIST') || s.includes('DEMANDE')) return 'limited';
  if (s === 'NAC' || s.startsWith('NON')) return 'no';
  return undefined;
}

export interface ApiAnnuaireOptions {
  source?: string;
  idPrefix?: string;
}

/** The list of records in any of the accepted shapes, with the JSON path of each record's fields. */
function annuaireRecords(data: unknown): { records: unknown[]; path: (i: number) => string } | undefined {
  if (Array.isArray(data)) return { records: data, path: (i) => `$[${i}]` };
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Rec;
  if (Array.isArray(d['results'])) return { records: d['results'], path: (i) => `$.results[${i}]` };
  if (Array.isArray(d['service'])) return { records: d['service'], path: (i) => `$.service[${i}]` };
  if (Array.isArray(d['records'])) {
    const list = d['records'] as unknown[];
    const v20 = list.some((x) => typeof x === 'object' && x !== null && typeof (x as Rec)['record'] === 'object');
    return {
      records: list.map((x) => {
        const o = (typeof x === 'object' && x !== null ? x : {}) as Rec;
        const inner = v20 ? ((o['record'] ?? {}) as Rec) : o;
        return typeof inner['fields'] === 'object' && inner['fields'] !== null ? inner['fields'] : x;
      }),
      path: (i) => (v20 ? `$.records[${i}].record.fields` : `$.records[${i}].fields`),
    };
  }
  return undefined;
}

/**
 * Imports API Annuaire records (any accepted shape, or its JSON text). Records without a usable
 * address or coordinates are left out with a problem; nothing is guessed.
 */
export function importApiAnnuaire(data: unknown, options: ApiAnnuaireOptions = {}): ImportResult {
  const result: ImportResult = { points: [], problems: [] };
  runSteps(importApiAnnuaireSteps(data, options, result));
  return result;
}

/**
 * The same import, giving the page a turn every `rowsPerSlice` records (default 200): a large export converts with no long task.
 */
export async function importApiAnnuaireAsync(data: unknown, options: ApiAnnuaireOptions & SliceOptions = {}): Promise<ImportResult> {
  const result: ImportResult = { points: [], problems: [] };
  await runStepsAsync(importApiAnnuaireSteps(data, options, result, options.rowsPerSlice ?? 200), options.pause);
  return result;
}

function* importApiAnnuaireSteps(data: unknown, options: ApiAnnuaireOptions, result: ImportResult, rowsPerSlice = 0): Generator<number, void> {
  const { points, problems } = result;
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  let input = data;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      problem('$', 'bad-json', 'The file is not valid JSON.', 'The export may be truncated; download it again.');
      return;
    }
  }
  const found = annuaireRecords(input);
  if (!found) {
    problem('$', 'not-a-response', 'Expected an API Annuaire response ({ "results": [...] }), an export (an array), or the data.gouv.fr dump ({ "service": [...] }).');
    return;
  }
  const { records, path: recordPath } = found;
  const today = new Date().toISOString().slice(0, 10);
  const convert = (raw: unknown, index: number): void => {
    const path = recordPath(index);
    if (typeof raw !== 'object' || raw === null) return problem(path, 'not-object', 'A record must be an object.');
    const r = raw as Rec;
    const name = typeof r['nom'] === 'string' ? r['nom'].trim() : '';
    if (!name) return problem(`${path}.nom`, 'missing-field', 'The record has no name.');
    const lists: Record<string, Rec[]> = {};
    for (const field of ['adresse', 'telephone', 'site_internet', 'plage_ouverture', 'pivot']) {
      const list = nestedList(r[field]);
      if (list === undefined) {
        problem(`${path}.${field}`, 'bad-json', `"${name}": the field "${field}" is not valid JSON.`, 'The API sends nested fields as JSON strings; the file may be truncated.');
        lists[field] = [];
      } else lists[field] = list;
    }
    const addresses = lists['adresse']!;
    const hasCoordinates = (a: Rec) => toNumber(a['latitude']) !== undefined && toNumber(a['longitude']) !== undefined;
    const addressIndex = [
      addresses.findIndex((a) => a['type_adresse'] === 'Adresse' && hasCoordinates(a)),
      addresses.findIndex(hasCoordinates),
      addresses.findIndex((a) => a['type_adresse'] === 'Adresse'),
      addresses.length ? 0 : -1,
    ].find((i) => i >= 0);
    const address = addressIndex === undefined ? undefined : addresses[addressIndex]!;
    const at = `${path}.adresse${addressIndex === undefined ? '' : `[${addressIndex}]`}`;
    if (!address) return problem(`${path}.adresse`, 'bad-location', `"${name}" has no address.`);
    const postcode = String(address['code_postal'] ?? '').trim();
    if (!/^\d{5}$/.test(postcode)) return problem(`${at}.code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const commune = typeof address['nom_commune'] === 'string' ? address['nom_commune'].trim() : '';
    if (!commune) return problem(`${at}.nom_commune`, 'missing-field', `"${name}" has no commune name.`);
    // pivot[].code_insee_commune lists the communes an office serves: only a single one says where it is.
    const pivotInsee = lists['pivot']!.flatMap((p) => (Array.isArray(p['code_insee_commune']) ? p['code_insee_commune'] : [p['code_insee_commune']])).map((c) => String(c ?? '').trim()).filter(Boolean);
    const insee = [String(r['code_insee_commune'] ?? '').trim(), ...(pivotInsee.length === 1 ? pivotInsee : [])].find((c) => /^(\d{5}|2[AB]\d{3})$/.test(c));
    const loc = checkLocation(address['latitude'], address['longitude'], { postcode, ...(insee ? { insee } : {}) });
    if (!loc.ok) return problem(`${at}.latitude`, 'bad-location', `"${name}": ${loc.message}; the record is left out.`);
    if (loc.swapped) problem(`${at}.latitude`, 'swapped-location', `"${name}": latitude and longitude were the wrong way round; swapped.`);
    const pivots = lists['pivot']!.map((p) => String(p['type_service_local'] ?? '').trim()).filter(Boolean);
    let kinds = union(pivots.map((p) => ANNUAIRE_PIVOT_KINDS[p]).filter((k): k is ServiceKind => !!k), kindsFromName(name));
    if (kinds.length === 0) kinds = ['autre'];
    const point: ServicePoint = {
      id: pointId(options.idPrefix ?? 'annuaire-', r['id'], String(index)),
      name,
      kinds,
      services: servicesFromKinds(kinds),
      address: {
        street: [address['numero_voie'], address['complement1'], address['complement2']].filter((x) => typeof x === 'string' && x.trim()).join(', '),
        postcode,
        commune,
        ...(insee ? { insee } : {}),
      },
      location: { lat: loc.lat, lon: loc.lon },
      source: { ...API_ANNUAIRE_SOURCE, date: isoDate(r['date_modification']) ?? isoDate(r['date_mise_a_jour']) ?? today },
    };
    if (point.source.date === today && !isoDate(r['date_modification']) && !isoDate(r['date_mise_a_jour'])) {
      problem(`${path}.date_modification`, 'missing-date', `"${name}" has no modification date; the date of the import is used.`);
    }
    const url = typeof r['url_service_public'] === 'string' ? normalizeUrl(r['url_service_public']) : undefined;
    if (url) point.source.url = url;
    const phone = lists['telephone']!.map((t) => normalizePhone(String(t['valeur'] ?? ''))).find(Boolean);
    if (phone) point.phone = phone;
    const emails = Array.isArray(r['adresse_courriel']) ? r['adresse_courriel'] : String(r['adresse_courriel'] ?? '').split(/[;,\s]+/);
    const email = emails.map((e) => organisationalEmail(typeof e === 'string' ? e : undefined, [name, commune, point.address.street])).find(Boolean);
    if (email) point.email = email;
    const website = lists['site_internet']!.map((s) => normalizeUrl(String(s['valeur'] ?? ''))).find(Boolean);
    if (website) point.website = website;
    const { hours, comments, unreadable } = annuaireHours(lists['plage_ouverture']!);
    if (hours) point.hours = hours;
    if (unreadable) problem(`${path}.plage_ouverture`, 'bad-hours', `"${name}": ${unreadable} opening period(s) could not be read and were left out.`);
    const general = typeof r['commentaire_plage_ouverture'] === 'string' ? r['commentaire_plage_ouverture'].trim() : '';
    const notes = [...new Set([...comments, ...(general ? [general] : [])])];
    if (notes.length) point.notes = notes.join(' ');
    const wc = wheelchair(address['accessibilite']);
    const note = typeof address['note_accessibilite'] === 'string' ? address['note_accessibilite'].trim() : '';
    if (wc || note) point.accessibility = { ...(wc ? { wheelchair: wc } : {}), ...(note ? { notes: note } : {}) };
    points.push(point);
  };
  yield* sliced(records, rowsPerSlice, convert);
}

/**
 * The same records as a CSV export (Opendatasoft `/exports/csv` of `api-lannuaire-administration`:
 * `;`-separated, one record per row, the nested fields `adresse`, `telephone`, `plage_ouverture`,
 * `pivot`… as JSON strings in their cells). Problems point at `$.rows[i]…`.
 */
export function importApiAnnuaireCsv(text: string, options: ApiAnnuaireOptions = {}): ImportResult {
  const table = parseCsv(text);
  if (!table.header.includes('nom')) {
    return {
      points: [],
      problems: [
        {
          code: 'import/missing-column',
          message: `Not an API Annuaire export: no "nom" column. Found: ${table.header.slice(0, 12).join(', ') || 'nothing'}.`,
          path: '$.header',
          hint: 'Export the dataset api-lannuaire-administration as CSV, or as JSON.',
          ...(options.source ? { source: options.source } : {}),
        },
      ],
    };
  }
  const result = importApiAnnuaire(csvObjects(table), options);
  for (const problem of result.problems) if (problem.path) problem.path = problem.path.replace(/^\$\[(\d+)\]/, '$.rows[$1]');
  return result;
}
