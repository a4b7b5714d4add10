/**
 * Importer for the ANCT open data "Liste des structures France services" (data.gouv.fr, Licence
 * Ouverte 2.0): a CSV with one row per house or bus, columns
 * `id_fs, insee_dep, lib_fs, adresse, complement_adresse, insee_com, code_postal, lib_com, latitude,
 * longitude, mail, telephone, h_lundi … h_samedi, prise_rdv, commentaire, type_fs, format_fs,
 * groupe_fs, labellisation_fs`. Day columns hold spans like `09:00 - 12:00 / 13:30 - 17:00`; they are
 * turned into an OSM `opening_hours` string (`Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00`).
 * `format_fs` "Bus…" or "Itinérant…" marks an itinerant house. Separator `,` or `;`, UTF-8 with or
 * without BOM, CRLF or LF.
 */
import type { AncreProblem } from '@ancre/core';
import { FRANCE_SERVICES_SERVICES, type ServicePoint } from '../service-finder.types.js';
import { normalizePhone, organisationalEmail, parseCsv, toNumber, validLocation, type ImportResult } from './common.js';

export const FRANCE_SERVICES_SOURCE = {
  name: 'ANCT, liste des structures France services',
  url: 'https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/',
  licence: 'Licence Ouverte 2.0',
} as const;

export interface FranceServicesCsvOptions {
  /** Date of the file (YYYY-MM-DD), kept as each record's source date. Default: today. */
  date?: string;
  /** File name copied into problems. */
  source?: string;
  /** Prefix of the ids. Default `fs-`. */
  idPrefix?: string;
}

const DAY_COLUMNS = [
  ['h_lundi', 'Mo'],
  ['h_mardi', 'Tu'],
  ['h_mercredi', 'We'],
  ['h_jeudi', 'Th'],
  ['h_vendredi', 'Fr'],
  ['h_samedi', 'Sa'],
  ['h_dimanche', 'Su'],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:00 - 12:00 / 13:30 - 17:00" → "09:00-12:00,13:30-17:00"; "" → ""; undefined when not understood. */
export function franceServicesDaySpans(cell: string): string | undefined {
  const text = cell.trim();
  if (!text) return '';
  const spans: string[] = [];
  for (const part of text.split(/\s*[/;]\s*|\s+et\s+/)) {
    if (!part.trim()) continue;
    const m = /^(\d{1,2})[:hH](\d{2})?\s*[-–à]\s*(\d{1,2})[:hH](\d{2})?$/.exec(part.trim());
    if (!m) return undefined;
    const from = `${pad(Number(m[1]))}:${m[2] ?? '00'}`;
    const to = `${pad(Number(m[3]))}:${m[4] ?? '00'}`;
    if (from === to) continue; // "00:00 - 00:00" placeholders
    if (Number(m[1]) > 24 || Number(m[3]) > 24) return undefined;
    spans.push(`${from}-${to}`);
  }
  return spans.join(',');
}

/** Day cells → an OSM string, consecutive days with the same spans grouped ("Mo-Fr …"). */
export function franceServicesHours(cells: Partial<Record<(typeof DAY_COLUMNS)[number][1], string>>): string {
  const rules: string[] = [];
  let i = 0;
  const days = DAY_COLUMNS.map(([, d]) => d);
  while (i < days.length) {
    const spans = cells[days[i]!] ?? '';
    let j = i;
    while (j + 1 < days.length && (cells[days[j + 1]!] ?? '') === spans) j++;
    if (spans) rules.push(`${j > i ? `${days[i]}-${days[j]}` : days[i]} ${spans}`);
    i = j + 1;
  }
  return rules.join('; ');
}

export function importFranceServicesCsv(text: string, options: FranceServicesCsvOptions = {}): ImportResult {
  const table = parseCsv(text);
  const problems: AncreProblem[] = [];
  const points: ServicePoint[] = [];
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const where = (row: number, column?: string) => `$.rows[${row}]${column ? `.${column}` : ''}`;
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  for (const required of ['lib_fs', 'latitude', 'longitude', 'code_postal', 'lib_com']) {
    if (!table.header.includes(required)) {
      problem('$.header', 'missing-column', `The column "${required}" is missing.`, `Expected the columns of the ANCT France services file (found: ${table.header.slice(0, 8).join(', ')}…).`);
    }
  }
  if (problems.length) return { points, problems };
  const col = (row: string[], name: string) => (row[table.header.indexOf(name)] ?? '').trim();

  table.rows.forEach((row, index) => {
    const line = table.lines[index];
    const at = (c?: string) => `${where(index, c)}${c === undefined && line ? ` (line ${line})` : ''}`;
    const name = col(row, 'lib_fs');
    if (!name) return problem(at('lib_fs'), 'missing-field', `Row ${index + 1} has no name.`);
    const lat = toNumber(col(row, 'latitude'));
    const lon = toNumber(col(row, 'longitude'));
    if (!validLocation(lat, lon)) return problem(at('latitude'), 'bad-location', `"${name}" has no usable coordinates.`, 'latitude and longitude in WGS 84 degrees, e.g. 46.10, 5.82');
    const postcode = col(row, 'code_postal').padStart(5, '0');
    if (!/^\d{5}$/.test(postcode)) return problem(at('code_postal'), 'bad-postcode', `"${name}" has no 5-digit postcode.`);
    const cells: Record<string, string> = {};
    for (const [column, day] of DAY_COLUMNS) {
      const spans = franceServicesDaySpans(col(row, column));
      if (spans === undefined) problem(at(column), 'bad-hours', `"${name}": hours "${col(row, column)}" not understood; the day is left out.`, 'e.g. 09:00 - 12:00 / 13:30 - 17:00');
      else cells[day] = spans;
    }
    const format = col(row, 'format_fs');
    const point: ServicePoint = {
      id: `${options.idPrefix ?? 'fs-'}${col(row, 'id_fs') || String(index + 1)}`,
      name,
      kinds: ['france-services'],
      services: [...FRANCE_SERVICES_SERVICES],
      address: {
        street: [col(row, 'adresse'), col(row, 'complement_adresse')].filter(Boolean).join(', '),
        postcode,
        commune: col(row, 'lib_com'),
        ...(/^(\d{5}|2[AB]\d{3})$/.test(col(row, 'insee_com')) ? { insee: col(row, 'insee_com') } : {}),
      },
      location: { lat: lat!, lon: lon! },
      source: { ...FRANCE_SERVICES_SOURCE, date },
    };
    const hours = franceServicesHours(cells);
    if (hours) point.hours = hours;
    const phone = normalizePhone(col(row, 'telephone'));
    if (phone) point.phone = phone;
    const email = organisationalEmail(col(row, 'mail'));
    if (email) point.email = email;
    const notes = col(row, 'commentaire');
    if (notes) point.notes = notes;
    const rdv = col(row, 'prise_rdv').toLowerCase();
    if (rdv === 'oui') point.appointment = true;
    if (/bus|itin/i.test(format)) point.itinerant = { stops: [] };
    points.push(point);
  });
  return { points, problems };
}
