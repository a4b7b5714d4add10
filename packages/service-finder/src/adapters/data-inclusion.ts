/**
 * Importer for data·inclusion (GIP Plateforme de l'inclusion; schema gip-inclusion/data-inclusion-schema,
 * data under Licence Ouverte 2.0): **structures**, optionally enriched with **services** whose thematics
 * add to their structure's services.
 *
 * Structures, schema v1 (2025): `source`, `id`, `nom`, `description`, `date_maj`, `siret`, `commune`,
 * `code_postal`, `code_insee`, `adresse`, `complement_adresse`, `longitude`, `latitude`, `telephone`,
 * `courriel`, `site_web`, `horaires_accueil` (OSM opening_hours), `accessibilite_lieu` (an acceslibre
 * URL), `reseaux_porteurs` (`france-service`, `communes`, `caf`, `france-travail`…). Schema v0 (up to
 * 2024) has instead `typologie` (`RFS`, `MUNI`, `CAF`…), `labels_nationaux`, `thematiques`,
 * `horaires_ouverture`, `accessibilite`, `presentation_resume`, `lien_source`: both are read.
 * Services: `structure_id`, `nom`, `thematiques` (`numerique--…`, `acces-aux-droits-et-citoyennete--…`).
 *
 * Accepts an array, `{ items: [...] }` (API pages), `{ results: [...] }`, `{ data: [...] }`, or the file's
 * text: JSON, or CSV (lists in CSV cells as `["a","b"]`, `{a,b}` or `a,b`).
 */
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
  TYPOLOGIE_KINDS,
  union,
  checkLocation,
  csvObjects,
  parseCsv,
  type ImportResult,
  runSteps,
  runStepsAsync,
  sliced,
  type SliceOptions,
} from './common.js';
import { isJsonText } from './detect.js';

export const DATA_INCLUSION_SOURCE = {
  url: 'https://www.data.inclusion.beta.gouv.fr/',
  licence: 'Licence Ouverte 2.0',
} as const;

type Rec = Record<string, unknown>;

/** `reseaux_porteurs` (schema v1) → kinds. */
export const RESEAUX_PORTEURS_KINDS: Record<string, ServiceKind> = {
  'france-service': 'france-services',
  msap: 'france-services',
  caf: 'caf',
  cpam: 'cpam',
  'france-travail': 'france-travail',
  'mutualite-sociale-agricole': 'msa',
  'la-poste': 'la-poste',
  'points-justice': 'point-justice',
  cidff: 'association',
  'ccas-cias': 'ccas',
  'conseillers-numeriques': 'mediation-numerique',
  'espaces-publics-numeriques': 'mediation-numerique',
  'aidants-connect': 'mediation-numerique',
  mjc: 'association',
  fcsf: 'association',
  'pimms-mediation': 'association',
};

function listOf(data: unknown): { list: unknown[]; base: string } | undefined {
  let d = data;
  if (typeof d === 'string') {
    const text = d.charCodeAt(0) === 0xfeff ? d.slice(1) : d;
    if (isJsonText(text)) {
      try {
        d = JSON.parse(text);
      } catch {
        return undefined;
      }
    } else {
      const table = parseCsv(text);
      if (!table.header.includes('id') && !table.header.includes('structure_id')) return undefined;
      return { list: csvObjects(table), base: '$.rows' };
    }
  }
  if (Array.isArray(d)) return { list: d, base: '$' };
  if (typeof d === 'object' && d !== null) {
    for (const k of ['items', 'results', 'data']) {
      const v = (d as Rec)[k];
      if (Array.isArray(v)) return { list: v, base: `$.${k}` };
    }
  }
  return undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const strings = (v: unknown): string[] => {
  if (Array.isArray(v)) return v.map(str).filter(Boolean);
  if (typeof v !== 'string') return [];
  const t = v.trim();
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map(str).filter(Boolean);
    } catch {
      // not JSON: split below
    }
  }
  return t.replace(/^[[{]|[\]}]$/g, '').split(/[,;|]/).map((s) => s.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
};

/** Thematics ("numerique--realiser-des-demarches-administratives") read as words for the service patterns. */
const thematicWords = (list: string[]) => list.map((t) => t.replace(/[-_]+/g, ' '));

export interface DataInclusionOptions {
  source?: string;
  idPrefix?: string;
}

export function importDataInclusion(structures: unknown, services?: unknown, options: DataInclusionOptions = {}): ImportResult {
  const result: ImportResult = { points: [], problems: [] };
  runSteps(importDataInclusionSteps(structures, services, options, result));
  return result;
}

/**
 * The same import, giving the page a turn every `rowsPerSlice` structures (default 200): a large export converts with no long task.
 */
export async function importDataInclusionAsync(structures: unknown, services?: unknown, options: DataInclusionOptions & SliceOptions = {}): Promise<ImportResult> {
  const result: ImportResult = { points: [], problems: [] };
  await runStepsAsync(importDataInclusionSteps(structures, services, options, result, options.rowsPerSlice ?? 200), options.pause);
  return result;
}

function* importDataInclusionSteps(structures: unknown, services: unknown, options: DataInclusionOptions, result: ImportResult, rowsPerSlice = 0): Generator<number, void> {
  const { points, problems } = result;
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  const input = listOf(structures);
  if (!input) {
    problem('$', 'not-a-list', 'Expected an array of data·inclusion structures (or { "items": [...] }).');
    return;
  }
  // Thematics of services, by structure id.
  const extra = new Map<string, string[]>();
  if (services !== undefined) {
    const s = listOf(services);
    if (!s) problem('$services', 'not-a-list', 'Expected an array of data·inclusion services (or { "items": [...] }).');
    else
      s.list.forEach((raw, i) => {
        const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Rec;
        const sid = str(r['structure_id']);
        if (!sid) return problem(`$services${s.base.slice(1)}[${i}].structure_id`, 'missing-field', 'A service has no structure_id.');
        extra.set(sid, [...(extra.get(sid) ?? []), ...thematicWords(strings(r['thematiques'])), str(r['nom'])]);
      });
  }
  const today = new Date().toISOString().slice(0, 10);
  const convert = (raw: unknown, index: number): void => {
    const path = `${input.base}[${index}]`;
    if (typeof raw !== 'object' || raw === null) return problem(path, 'not-object', 'A structure must be an object.');
    const r = raw as Rec;
    const id = str(r['id']);
    const name = str(r['nom']);
    if (!id) return problem(`${path}.id`, 'missing-field', 'The structure has no id.');
    if (!name) return problem(`${path}.nom`, 'missing-field', `Structure ${id} has no name.`);
    const rawPostcode = str(r['code_postal']);
    const postcode = /^\d{4}$/.test(rawPostcode) ? `0${rawPostcode}` : rawPostcode; // a spreadsheet dropped the leading zero
    if (!/^\d{5}$/.test(postcode)) return problem(`${path}.code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const insee = str(r['code_insee']).toUpperCase();
    const validInsee = /^(\d{5}|2[AB]\d{3})$/.test(insee) ? insee : undefined;
    const loc = checkLocation(r['latitude'], r['longitude'], { postcode, ...(validInsee ? { insee: validInsee } : {}) });
    if (!loc.ok) return problem(`${path}.latitude`, 'bad-location', `"${name}": ${loc.message}; the structure is left out.`, 'latitude and longitude in WGS 84 degrees');
    const commune = str(r['commune']);
    if (!commune) return problem(`${path}.commune`, 'missing-field', `"${name}" has no commune.`);
    if (loc.swapped) problem(`${path}.latitude`, 'swapped-location', `"${name}": latitude and longitude were the wrong way round; swapped.`);
    const labels = strings(r['labels_nationaux']).map((l) => l.toLowerCase());
    const typologies = strings(r['typologie']).map((t) => TYPOLOGIE_KINDS[t.toUpperCase()]).filter((k): k is ServiceKind => !!k);
    let kinds = union(
      labels.some((l) => l.startsWith('france-service')) ? (['france-services'] as ServiceKind[]) : [],
      typologies,
      kindsFromName(name),
      labels.some((l) => l.includes('conseiller-numerique') || l.includes('aidants-connect')) ? (['mediation-numerique'] as ServiceKind[]) : [],
      strings(r['reseaux_porteurs']).map((x) => RESEAUX_PORTEURS_KINDS[x.toLowerCase()]).filter((k): k is ServiceKind => !!k),
    );
    if (kinds.length === 0) kinds = ['autre'];
    const themes = [...thematicWords(strings(r['thematiques'])), ...(extra.get(id) ?? [])];
    const point: ServicePoint = {
      id: pointId(options.idPrefix ?? 'di-', id, String(index + 1)),
      name,
      kinds,
      services: union(servicesFromKinds(kinds), servicesFromLabels(themes)),
      address: {
        street: [str(r['adresse']), str(r['complement_adresse'])].filter(Boolean).join(', '),
        postcode,
        commune,
        ...(validInsee ? { insee: validInsee } : {}),
      },
      location: { lat: loc.lat, lon: loc.lon },
      source: {
        name: str(r['source']) ? `data·inclusion (${str(r['source'])})` : 'data·inclusion',
        url: normalizeUrl(str(r['lien_source'])) ?? DATA_INCLUSION_SOURCE.url,
        licence: DATA_INCLUSION_SOURCE.licence,
        date: isoDate(r['date_maj']) ?? today,
      },
    };
    if (!isoDate(r['date_maj'])) problem(`${path}.date_maj`, 'missing-date', `"${name}" has no update date; the date of the import is used.`);
    const phone = normalizePhone(str(r['telephone']));
    if (phone) point.phone = phone;
    const email = organisationalEmail(str(r['courriel']), [name, commune, point.address.street]);
    if (email) point.email = email;
    const website = normalizeUrl(str(r['site_web']));
    if (website) point.website = website;
    const hours = str(r['horaires_accueil']) || str(r['horaires_ouverture']);
    if (hours) point.hours = hours;
    const access = normalizeUrl(str(r['accessibilite_lieu']) || str(r['accessibilite']));
    if (access) point.accessibility = { notes: access };
    points.push(point);
  };
  yield* sliced(input.list, rowsPerSlice, convert);
}
