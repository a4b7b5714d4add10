/**
 * Importer for data·inclusion (GIP Plateforme de l'inclusion; schema gip-inclusion/data-inclusion-schema,
 * data under Licence Ouverte 2.0): **structures** (`id`, `nom`, `commune`, `code_postal`, `code_insee`,
 * `adresse`, `complement_adresse`, `latitude`, `longitude`, `telephone`, `courriel`, `site_web`,
 * `horaires_accueil` (v1) or `horaires_ouverture` (v0), OSM syntax, `typologie`, `labels_nationaux`,
 * `thematiques`, `source`, `date_maj`, `accessibilite` (an acceslibre URL)), optionally enriched with
 * **services** (`structure_id`, `thematiques`, `nom`) whose thematics add to their structure's services.
 * Accepts an array, `{ items: [...] }` (API pages) or `{ results: [...] }`.
 */
import type { AncreProblem } from '@ancre/core';
import type { ServiceKind, ServicePoint } from '../service-finder.types.js';
import {
  isoDate,
  kindsFromName,
  normalizePhone,
  normalizeUrl,
  organisationalEmail,
  servicesFromKinds,
  servicesFromLabels,
  toNumber,
  TYPOLOGIE_KINDS,
  union,
  validLocation,
  type ImportResult,
} from './common.js';

export const DATA_INCLUSION_SOURCE = {
  url: 'https://www.data.inclusion.beta.gouv.fr/',
  licence: 'Licence Ouverte 2.0',
} as const;

type Rec = Record<string, unknown>;

function listOf(data: unknown): { list: unknown[]; base: string } | undefined {
  if (Array.isArray(data)) return { list: data, base: '$' };
  if (typeof data === 'object' && data !== null) {
    for (const k of ['items', 'results', 'data']) {
      const v = (data as Rec)[k];
      if (Array.isArray(v)) return { list: v, base: `$.${k}` };
    }
  }
  return undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(str).filter(Boolean) : typeof v === 'string' ? v.split(/[,;|]/).map((s) => s.trim()).filter(Boolean) : [];

/** Thematics ("numerique--realiser-des-demarches-administratives") read as words for the service patterns. */
const thematicWords = (list: string[]) => list.map((t) => t.replace(/[-_]+/g, ' '));

export interface DataInclusionOptions {
  source?: string;
  idPrefix?: string;
}

export function importDataInclusion(structures: unknown, services?: unknown, options: DataInclusionOptions = {}): ImportResult {
  const problems: AncreProblem[] = [];
  const points: ServicePoint[] = [];
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  const input = listOf(structures);
  if (!input) {
    problem('$', 'not-a-list', 'Expected an array of data·inclusion structures (or { "items": [...] }).');
    return { points, problems };
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
  input.list.forEach((raw, index) => {
    const path = `${input.base}[${index}]`;
    if (typeof raw !== 'object' || raw === null) return problem(path, 'not-object', 'A structure must be an object.');
    const r = raw as Rec;
    const id = str(r['id']);
    const name = str(r['nom']);
    if (!id) return problem(`${path}.id`, 'missing-field', 'The structure has no id.');
    if (!name) return problem(`${path}.nom`, 'missing-field', `Structure ${id} has no name.`);
    const lat = toNumber(r['latitude']);
    const lon = toNumber(r['longitude']);
    if (!validLocation(lat, lon)) return problem(`${path}.latitude`, 'bad-location', `"${name}" has no coordinates.`, 'latitude and longitude in WGS 84 degrees');
    const postcode = str(r['code_postal']);
    if (!/^\d{5}$/.test(postcode)) return problem(`${path}.code_postal`, 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const labels = strings(r['labels_nationaux']).map((l) => l.toLowerCase());
    const typologies = strings(r['typologie']).map((t) => TYPOLOGIE_KINDS[t.toUpperCase()]).filter((k): k is ServiceKind => !!k);
    let kinds = union(
      labels.some((l) => l.startsWith('france-service')) ? (['france-services'] as ServiceKind[]) : [],
      typologies,
      kindsFromName(name),
      labels.some((l) => l.includes('conseiller-numerique') || l.includes('aidants-connect')) ? (['mediation-numerique'] as ServiceKind[]) : [],
    );
    if (kinds.length === 0) kinds = ['autre'];
    const themes = [...thematicWords(strings(r['thematiques'])), ...(extra.get(id) ?? [])];
    const insee = str(r['code_insee']);
    const point: ServicePoint = {
      id: `${options.idPrefix ?? 'di-'}${id}`,
      name,
      kinds,
      services: union(servicesFromKinds(kinds), servicesFromLabels(themes)),
      address: {
        street: [str(r['adresse']), str(r['complement_adresse'])].filter(Boolean).join(', '),
        postcode,
        commune: str(r['commune']),
        ...(/^(\d{5}|2[AB]\d{3})$/.test(insee) ? { insee } : {}),
      },
      location: { lat: lat!, lon: lon! },
      source: {
        name: str(r['source']) ? `data·inclusion (${str(r['source'])})` : 'data·inclusion',
        url: normalizeUrl(str(r['lien_source'])) ?? DATA_INCLUSION_SOURCE.url,
        licence: DATA_INCLUSION_SOURCE.licence,
        date: isoDate(r['date_maj']) ?? '',
      },
    };
    if (!point.source.date) problem(`${path}.date_maj`, 'missing-date', `"${name}" has no update date.`);
    const phone = normalizePhone(str(r['telephone']));
    if (phone) point.phone = phone;
    const email = organisationalEmail(str(r['courriel']));
    if (email) point.email = email;
    const website = normalizeUrl(str(r['site_web']));
    if (website) point.website = website;
    const hours = str(r['horaires_accueil']) || str(r['horaires_ouverture']);
    if (hours) point.hours = hours;
    const access = normalizeUrl(str(r['accessibilite']));
    if (access) point.accessibility = { notes: access };
    points.push(point);
  });
  return { points, problems };
}
