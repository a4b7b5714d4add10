/**
 * Importer for the API Annuaire de l'administration (DILA, Service-Public.fr; dataset
 * `api-lannuaire-administration` on api-lannuaire.service-public.fr, Licence Ouverte 2.0). A response
 * is `{ total_count, results: [...] }` (a bare array is accepted too). In each record the nested fields
 * `adresse`, `telephone`, `site_internet`, `plage_ouverture` and `pivot` arrive as JSON **strings**
 * (or, in some exports, already as arrays): they are parsed here.
 * - `pivot[].type_service_local` → kind (mairie, france_services, caf, cpam, …);
 * - `plage_ouverture[]` (`nom_jour_debut`, `nom_jour_fin`, `valeur_heure_debut_1`, `valeur_heure_fin_1`,
 *   `…_2`, `commentaire`) → an OSM `opening_hours` string;
 * - `adresse[]` (`type_adresse` "Adresse" preferred over "Adresse postale", `numero_voie`,
 *   `complement1`, `code_postal`, `nom_commune`, `latitude`, `longitude`, `accessibilite`,
 *   `note_accessibilite`).
 */
import type { AncreProblem } from '@ancre/core';
import type { ServiceKind, ServicePoint, Wheelchair } from '../service-finder.types.js';
import { isoDate, kindsFromName, normalizePhone, normalizeUrl, organisationalEmail, servicesFromKinds, toNumber, union, validLocation, type ImportResult } from './common.js';

export const API_ANNUAIRE_SOURCE = {
  name: "Service-Public.fr (DILA), Annuaire de l'administration",
  url: 'https://api-lannuaire.service-public.fr/',
  licence: 'Licence Ouverte 2.0',
} as const;

/** `pivot.type_service_local` → kind. */
export const ANNUAIRE_PIVOT_KINDS: Record<string, ServiceKind> = {
  mairie: 'mairie',
  mairie_mobile: 'mairie',
  mairie_annexe: 'mairie',
  france_services: 'france-services',
  maison_france_services: 'france-services',
  msap: 'france-services',
  caf: 'caf',
  cpam: 'cpam',
  pole_emploi: 'france-travail',
  france_travail: 'france-travail',
  sip: 'finances-publiques',
  sie: 'finances-publiques',
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
  pad: 'point-justice',
  mjd: 'point-justice',
  cdad: 'point-justice',
  maison_justice_droit: 'point-justice',
  la_poste: 'la-poste',
  bibliotheque: 'bibliotheque',
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
    const to = DAYS[String(p['nom_jour_fin'] ?? p['nom_jour_debut'] ?? '').trim().toLowerCase()];
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
    const days = from === to ? OSM_DAYS[from] : `${OSM_DAYS[from]}-${OSM_DAYS[to]}`;
    // "," joins: several entries for the same day add up instead of replacing each other.
    rules.push(`${days} ${spans.join(',')}`);
    const c = typeof p['commentaire'] === 'string' ? p['commentaire'].trim() : '';
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

export function importApiAnnuaire(data: unknown, options: ApiAnnuaireOptions = {}): ImportResult {
  const problems: AncreProblem[] = [];
  const points: ServicePoint[] = [];
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  const base = Array.isArray(data) ? '$' : '$.results';
  const records = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as Rec)['results']) ? ((data as Rec)['results'] as unknown[]) : undefined;
  if (!records) {
    problem('$', 'not-a-response', 'Expected an API Annuaire response ({ "results": [...] }) or an array of records.');
    return { points, problems };
  }
  records.forEach((raw, index) => {
    const path = `${base}[${index}]`;
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
    const address = addresses.find((a) => a['type_adresse'] === 'Adresse') ?? addresses.find((a) => toNumber(a['latitude']) !== undefined) ?? addresses[0];
    const lat = toNumber(address?.['latitude']);
    const lon = toNumber(address?.['longitude']);
    if (!address || !validLocation(lat, lon)) return problem(`${path}.adresse`, 'bad-location', `"${name}" has no address with coordinates.`);
    const postcode = String(address['code_postal'] ?? '').trim();
    if (!/^\d{5}$/.test(postcode)) return problem(`${path}.adresse[0].code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const pivots = lists['pivot']!.map((p) => String(p['type_service_local'] ?? '').trim()).filter(Boolean);
    let kinds = union(pivots.map((p) => ANNUAIRE_PIVOT_KINDS[p]).filter((k): k is ServiceKind => !!k), kindsFromName(name));
    if (kinds.length === 0) kinds = ['autre'];
    const insee = String(r['code_insee_commune'] ?? '').trim();
    const point: ServicePoint = {
      id: `${options.idPrefix ?? 'annuaire-'}${String(r['id'] ?? index)}`,
      name,
      kinds,
      services: servicesFromKinds(kinds),
      address: {
        street: [address['numero_voie'], address['complement1'], address['complement2']].filter((x) => typeof x === 'string' && x.trim()).join(', '),
        postcode,
        commune: String(address['nom_commune'] ?? '').trim(),
        ...(/^(\d{5}|2[AB]\d{3})$/.test(insee) ? { insee } : {}),
      },
      location: { lat: lat!, lon: lon! },
      source: { ...API_ANNUAIRE_SOURCE, date: isoDate(r['date_modification']) ?? isoDate(r['date_mise_a_jour']) ?? '' },
    };
    if (!point.source.date) problem(`${path}.date_modification`, 'missing-date', `"${name}" has no modification date.`);
    const url = typeof r['url_service_public'] === 'string' ? normalizeUrl(r['url_service_public']) : undefined;
    if (url) point.source.url = url;
    const phone = lists['telephone']!.map((t) => normalizePhone(String(t['valeur'] ?? ''))).find(Boolean);
    if (phone) point.phone = phone;
    const email = organisationalEmail(typeof r['adresse_courriel'] === 'string' ? r['adresse_courriel'] : undefined);
    if (email) point.email = email;
    const website = lists['site_internet']!.map((s) => normalizeUrl(String(s['valeur'] ?? ''))).find(Boolean);
    if (website) point.website = website;
    const { hours, comments, unreadable } = annuaireHours(lists['plage_ouverture']!);
    if (hours) point.hours = hours;
    if (unreadable) problem(`${path}.plage_ouverture`, 'bad-hours', `"${name}": ${unreadable} opening period(s) could not be read and were left out.`);
    if (comments.length) point.notes = [...new Set(comments)].join(' ');
    const wc = wheelchair(address['accessibilite']);
    const note = typeof address['note_accessibilite'] === 'string' ? address['note_accessibilite'].trim() : '';
    if (wc || note) point.accessibility = { ...(wc ? { wheelchair: wc } : {}), ...(note ? { notes: note } : {}) };
    points.push(point);
  });
  return { points, problems };
}
