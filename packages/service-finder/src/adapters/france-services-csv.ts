/**
 * Importer for the ANCT open data "Liste des structures labellisées France services" (data.gouv.fr,
 * dataset `liste-des-structures-france-services`, Licence Ouverte 2.0), the CSV the ANCT's own map
 * (github.com/anct-carto/france_services) loads.
 *
 * Published layout (vintage 2024, e.g. `liste-fs-20240801.csv`): `,`-separated, UTF-8, text fields in
 * double quotes, coordinates unquoted with a dot, empty cells bare, columns
 * `id_fs, insee_dep, lib_fs, adresse, complement_adresse, insee_com, code_postal, lib_com, latitude,
 * longitude, mail, telephone, h_lundi … h_samedi, prise_rdv, commentaire, type_fs, format_fs,
 * groupe_fs, labellisation_fs`. Day cells hold spans such as `09:00 - 12:00 / 13:30 - 17:00`
 * (`00:00 - 00:00` marks an empty half-day); `type_fs` is `Principal` or `Antenne`; `format_fs` is
 * `Fixe`, `Fixe_antenne(s)`, `Multisites`, `Bus_équivalent`, `Itinérante` (or `Mobile`); `prise_rdv`
 * is `Oui`/`Non`. An earlier layout (the ANCT map's v2.1) has `itinerance` (`oui`/`non`), `groupe`
 * and `format_fs` `Site principal`/`Antenne` instead of the INSEE columns.
 *
 * Columns are found by name, case-insensitively, accents, spaces and hyphens folded (`Code postal` =
 * `code_postal`), with a few plain-French synonyms; `;`, `,` or tab; BOM; CRLF; line breaks inside
 * quotes; a file decoded with the wrong encoding is repaired, or pass the bytes and the encoding is
 * detected. A file without the needed columns gives one `import/missing-column` problem and no
 * points. Each bad row gives a problem with its row and column; coordinates are never made up: a
 * row without usable coordinates is left out; a pair given the wrong way round is put right and
 * reported.
 */
import { FRANCE_SERVICES_SERVICES, type ServicePoint } from '../service-finder.types.js';
import { checkLocation, decodeText, findColumns, normalizePhone, organisationalEmail, parseCsv, pointId, repairMojibake, runSteps, runStepsAsync, sliced, unescapeHexText, weeksOfMonth, type ImportResult, type SliceOptions } from './common.js';

export const FRANCE_SERVICES_SOURCE = {
  name: 'ANCT, liste des structures France services',
  url: 'https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/',
  licence: 'Licence Ouverte 2.0',
} as const;

export interface FranceServicesCsvOptions {
  /** Date of the file (YYYY-MM-DD), kept as each record's source date. Default: the date in `source` (`liste-fs-20240801.csv`), else today. */
  date?: string;
  /** File name copied into problems. */
  source?: string;
  /** Prefix of the ids. Default `fs-`. */
  idPrefix?: string;
}

const DAYS = [
  ['lundi', 'Mo'],
  ['mardi', 'Tu'],
  ['mercredi', 'We'],
  ['jeudi', 'Th'],
  ['vendredi', 'Fr'],
  ['samedi', 'Sa'],
  ['dimanche', 'Su'],
] as const;
type OsmDay = (typeof DAYS)[number][1];

/** Names a column may have, folded (see `foldHeader`); the first one is the published name. */
const COLUMNS = {
  id: ['id_fs', 'id', 'identifiant', 'id_france_services'],
  name: ['lib_fs', 'nom_fs', 'nom', 'nom_france_services', 'libelle', 'nom_de_la_structure'],
  street: ['adresse', 'adresse_postale', 'voie'],
  street2: ['complement_adresse', 'complement_d_adresse', 'adresse_complement'],
  insee: ['insee_com', 'code_insee', 'code_commune', 'code_insee_commune', 'insee'],
  postcode: ['code_postal', 'cp', 'codepostal'],
  commune: ['lib_com', 'commune', 'nom_commune', 'ville', 'libelle_commune'],
  lat: ['latitude', 'lat', 'y_latitude'],
  lon: ['longitude', 'lon', 'lng', 'long', 'x_longitude'],
  coordinates: ['coordonnees', 'coordonnees_gps', 'geo_point_2d', 'geopoint'],
  email: ['mail', 'courriel', 'email', 'e_mail', 'adresse_mail', 'adresse_electronique'],
  phone: ['telephone', 'tel', 'numero_de_telephone'],
  appointment: ['prise_rdv', 'prise_de_rendez_vous', 'rdv', 'sur_rendez_vous'],
  notes: ['commentaire', 'commentaires', 'remarques'],
  type: ['type_fs', 'type'],
  format: ['format_fs', 'format'],
  itinerance: ['itinerance', 'itinerant', 'itinerante'],
  ...(Object.fromEntries(DAYS.map(([fr]) => [fr, [`h_${fr}`, fr, `horaires_${fr}`, `horaire_${fr}`]])) as Record<(typeof DAYS)[number][0], string[]>),
} satisfies Record<string, readonly string[]>;
type Field = keyof typeof COLUMNS;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One day cell → OSM spans: "09:00 - 12:00 / 13:30 - 17:00" → "09:00-12:00,13:30-17:00"; "9h-12h et
 * 14h-17h" too; "" or "Fermé" → "" (closed); `00:00 - 00:00` placeholders dropped; undefined when not
 * understood.
 */
export function franceServicesDaySpans(cell: string): string | undefined {
  const text = cell.trim();
  if (!text || /^(ferm[ée]e?|closed|-+|\/)$/i.test(text)) return '';
  const spans: [number, number][] = [];
  for (const part of text.split(/\s*[/;,]\s*|\s+et\s+/)) {
    if (!part.trim()) continue;
    const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})?\s*(?:[-–—]|à|a)\s*(\d{1,2})\s*[:hH]\s*(\d{2})?$/.exec(part.trim());
    if (!m) return undefined;
    if (Number(m[1]) > 24 || Number(m[3]) > 24 || Number(m[2] ?? 0) > 59 || Number(m[4] ?? 0) > 59) return undefined;
    const from = Number(m[1]) * 60 + Number(m[2] ?? 0);
    const to = Number(m[3]) * 60 + Number(m[4] ?? 0);
    if (from === to) continue; // "00:00 - 00:00" placeholders
    spans.push([from, to]);
  }
  // The 2024 file has "09:00 - 12:00 / 08:30 - 16:00", "09:00 - 11:00 / 11:00 - 12:00" and
  // "13:30 - 16:00 / 13:30 - 16:00": spans are sorted and overlapping or touching ones merged
  // (a span that ends past midnight, "22:00 - 02:00", is kept as it is).
  const ordered = spans.filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const span of ordered) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const hhmm = (n: number) => `${pad(Math.floor(n / 60))}:${pad(n % 60)}`;
  return [...merged, ...spans.filter(([a, b]) => a > b)].map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
}

/**
 * Day cells → an OSM string, consecutive days with the same spans grouped ("Mo-Fr …"). `weeks` restricts
 * a day to weeks of the month (`{ Sa: [1] }` → `Sa[1] 09:00-12:00`); such a day is never grouped.
 */
export function franceServicesHours(cells: Partial<Record<OsmDay, string>>, weeks: Partial<Record<OsmDay, number[]>> = {}): string {
  const rules: string[] = [];
  const days = DAYS.map(([, d]) => d);
  const key = (d: OsmDay) => `${cells[d] ?? ''}${weeks[d] ? `[${weeks[d]!.join(',')}]` : ''}`;
  let i = 0;
  while (i < days.length) {
    const day = days[i]!;
    const spans = cells[day] ?? '';
    let j = i;
    while (!weeks[day] && j + 1 < days.length && key(days[j + 1]!) === key(day)) j++;
    if (spans) rules.push(`${j > i ? `${day}-${days[j]}` : `${day}${weeks[day] ? `[${weeks[day]!.join(',')}]` : ''}`} ${spans}`);
    i = j + 1;
  }
  return rules.join('; ');
}

/**
 * A "lat, lon" cell: "46.15, 5.61" (Opendatasoft `geo_point_2d`), "46.15;5.61", "46,15 5,61" (comma
 * decimals, space between). Returns empty strings when the cell is not a pair.
 */
function splitPair(cell: string): [string, string] {
  const n = '(-?\\d+(?:[.,]\\d+)?)';
  const spaced = new RegExp(`^${n}\\s*[;\\s]\\s*${n}$`).exec(cell.trim());
  if (spaced) return [spaced[1]!, spaced[2]!];
  const comma = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(cell.trim());
  return comma ? [comma[1]!, comma[2]!] : ['', ''];
}

/** True for a row that describes a bus or an itinerant service. */
function isItinerant(format: string, itinerance: string, name: string): boolean {
  if (/^(oui|yes|true|1)$/i.test(itinerance.trim())) return true;
  return /bus|itin.?ran|mobile/i.test(format) || /^bus\b/i.test(name.trim());
}

/**
 * Imports the ANCT France services CSV. `input` is the file's text, or its bytes (then UTF-8 or
 * Windows-1252 is detected). Returns the points and a problem per row or cell that could not be used.
 */
export function importFranceServicesCsv(input: string | ArrayBuffer | Uint8Array, options: FranceServicesCsvOptions = {}): ImportResult {
  const result: ImportResult = { points: [], problems: [] };
  runSteps(importSteps(input, options, result));
  return result;
}

/**
 * The same import, giving the page a turn every `rowsPerSlice` rows (default 200) so that converting
 * the national file (2,845 rows, ~150 ms) is no long task: only the CSV parsing is done in one go.
 * `pause` defaults to a macrotask (`setTimeout(0)`).
 */
export async function importFranceServicesCsvAsync(input: string | ArrayBuffer | Uint8Array, options: FranceServicesCsvOptions & SliceOptions = {}): Promise<ImportResult> {
  const result: ImportResult = { points: [], problems: [] };
  await runStepsAsync(importSteps(input, options, result, options.rowsPerSlice ?? 200), options.pause);
  return result;
}

/** The import, yielding after every `rowsPerSlice` rows (never when 0). */
function* importSteps(
  input: string | ArrayBuffer | Uint8Array,
  options: FranceServicesCsvOptions,
  { points, problems }: ImportResult,
  rowsPerSlice = 0,
): Generator<number, void> {
  const problem = (path: string, code: string, message: string, hint?: string): void => {
    problems.push({ code: `import/${code}`, message, path, ...(hint ? { hint } : {}), ...(options.source ? { source: options.source } : {}) });
  };
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input);
    text = decoded.text;
    if (decoded.encoding === 'windows-1252') problem('$', 'encoding', 'The file is not UTF-8; it was read as Windows-1252.');
  }
  const repaired = repairMojibake(text);
  if (repaired.repaired) {
    text = repaired.text;
    problem('$', 'encoding', 'The text had been decoded with the wrong encoding ("Ã©" for "é"); it was repaired.', 'Read the file as UTF-8.');
  } else if (text.includes('\ufffd')) {
    problem('$', 'encoding', 'The text contains replacement characters (�): the file was probably Windows-1252 read as UTF-8.', 'Pass the file’s bytes (ArrayBuffer) so that the encoding is detected.');
  }

  const table = parseCsv(text);
  const col = findColumns<Field>(table.header, COLUMNS);
  const hasCoordinates = (col.lat !== undefined && col.lon !== undefined) || col.coordinates !== undefined;
  const missing = [
    col.name === undefined ? 'lib_fs' : '',
    hasCoordinates ? '' : 'latitude, longitude',
    col.postcode === undefined ? 'code_postal' : '',
    col.commune === undefined ? 'lib_com' : '',
  ].filter(Boolean);
  if (missing.length) {
    problem(
      '$.header',
      'missing-column',
      `Not an ANCT France services file: missing column(s) ${missing.join(', ')}.`,
      `Expected the columns of data.gouv.fr "Liste des structures France services" (id_fs, lib_fs, adresse, code_postal, lib_com, latitude, longitude, h_lundi…). Found: ${table.header.slice(0, 12).join(', ') || 'nothing'}${table.header.length > 12 ? '…' : ''}.`,
    );
    return;
  }
  const header = table.header;
  // The ANCT names its files by date (liste-fs-20240801.csv): that date, else today.
  const named = /(20\d\d)(\d\d)(\d\d)/.exec(options.source ?? '');
  const date = options.date ?? (named ? `${named[1]}-${named[2]}-${named[3]}` : new Date().toISOString().slice(0, 10));
  const seen = new Set<string>();

  const convert = (row: string[], index: number): void => {
    const line = table.lines[index];
    const at = (field?: Field) => `$.rows[${index}]${field !== undefined && col[field] !== undefined ? `.${header[col[field]!]}` : ''}`;
    const get = (field: Field) => (col[field] === undefined ? '' : unescapeHexText(row[col[field]!] ?? '').trim());
    const lineNote = line ? ` (line ${line})` : '';
    if (row.every((c) => !c.trim())) return;
    const name = get('name');
    if (!name) return problem(at('name'), 'missing-field', `Row ${index + 1}${lineNote} has no name.`);

    const insee = get('insee').toUpperCase();
    let postcode = get('postcode');
    if (/^\d{4}$/.test(postcode)) postcode = `0${postcode}`; // a spreadsheet dropped the leading zero
    if (!/^\d{5}$/.test(postcode)) return problem(at('postcode'), 'bad-postcode', `"${name}"${lineNote} has no 5-digit postcode ("${postcode}").`);

    const commune = get('commune');
    if (!commune) return problem(at('commune'), 'missing-field', `"${name}"${lineNote} has no commune.`);

    let latRaw: string = get('lat');
    let lonRaw: string = get('lon');
    if ((!latRaw || !lonRaw) && col.coordinates !== undefined) [latRaw, lonRaw] = splitPair(get('coordinates'));
    const where = { postcode, ...(/^(\d{5}|2[AB]\d{3})$/.test(insee) ? { insee } : {}) };
    const loc = checkLocation(latRaw, lonRaw, where);
    if (!loc.ok) {
      return problem(
        at(col.lat !== undefined ? 'lat' : 'coordinates'),
        'bad-location',
        `"${name}"${lineNote}: ${loc.message}; the row is left out.`,
        'latitude and longitude in WGS 84 degrees, e.g. 46.10 and 5.82',
      );
    }
    if (loc.swapped) problem(at('lat'), 'swapped-location', `"${name}"${lineNote}: latitude and longitude were the wrong way round; swapped.`);

    const cells: Partial<Record<OsmDay, string>> = {};
    for (const [fr, day] of DAYS) {
      const raw = get(fr);
      const spans = franceServicesDaySpans(raw);
      if (spans === undefined) problem(at(fr), 'bad-hours', `"${name}": hours "${raw}" not understood; the day is left out.`, 'e.g. 09:00 - 12:00 / 13:30 - 17:00');
      else cells[day] = spans;
    }

    let id = pointId(options.idPrefix ?? 'fs-', get('id'), String(index + 1));
    if (seen.has(id)) {
      problem(at('id'), 'duplicate-id', `"${name}": the id ${get('id')} is used twice; this row gets a suffix.`);
      id = `${id.slice(0, 120)}-${index + 1}`;
    }
    seen.add(id);

    const point: ServicePoint = {
      id,
      name,
      kinds: ['france-services'],
      services: [...FRANCE_SERVICES_SERVICES],
      address: {
        street: [get('street'), get('street2')].filter(Boolean).join(', '),
        postcode,
        commune,
        ...where.insee ? { insee: where.insee } : {},
      },
      location: { lat: loc.lat, lon: loc.lon },
      source: { ...FRANCE_SERVICES_SOURCE, date },
    };
    // "Ouvert le premier samedi du mois de 9h à 12h" (a published comment) → Sa[1]; but not "Le 2ème
    // mardi du mois : mairie de Thilay" (a visit elsewhere) nor "fermé le deuxième lundi du mois".
    const notes = get('notes');
    const weeks: Partial<Record<OsmDay, number[]>> = {};
    if (notes) DAYS.forEach(([, d], n) => {
      const w = cells[d] ? weeksOfMonth(notes, n, { requireOpening: true }) : undefined;
      if (w) weeks[d] = w;
    });
    const hours = franceServicesHours(cells, weeks);
    if (hours) point.hours = hours;
    const phone = normalizePhone(get('phone'));
    if (phone) point.phone = phone;
    const email = organisationalEmail(get('email'), [name, commune, point.address.street]);
    if (email) point.email = email;
    if (notes && /\p{L}{2}/u.test(notes)) point.notes = notes; // not a bare number (a phone typed in the wrong cell) nor "."
    if (/^(oui|yes|true|1)$/i.test(get('appointment'))) point.appointment = true;
    if (isItinerant(get('format'), get('itinerance'), name)) point.itinerant = { stops: [] };
    points.push(point);
  };
  yield* sliced(table.rows, rowsPerSlice, convert);
}
