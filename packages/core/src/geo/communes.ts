// Pure side of the commune index: file formats, parsing with clear problems, name/postcode search.
// No I/O here (see commune-index.ts for loading).
import { AncreError } from '../errors.js';
import { editDistance, foldPlaceName, foldText } from '../text/normalize.js';

/**
 * How precise a commune's point is:
 * - `commune`: a GeoNames point of this commune (or of this Lyon/Marseille arrondissement);
 * - `parent`: an arrondissement without its own point, placed at its commune's point (Paris);
 * - `postcode`: the centroid of the communes sharing its postcode that have a point;
 * - `departement`: the centroid of its département's points;
 * - `none`: no point at all (a few overseas territories); `lat`/`lon` are `NaN`.
 */
export type CommunePrecision = 'commune' | 'parent' | 'postcode' | 'departement' | 'none';
export const COMMUNE_PRECISIONS = ['commune', 'parent', 'postcode', 'departement', 'none'] as const satisfies readonly CommunePrecision[];

/** A French commune (or a municipal arrondissement of Paris, Lyon, Marseille), keyed by its INSEE code. */
export interface Commune {
  /** INSEE code (COG), e.g. `69123` for Lyon, `69383` for Lyon 3e, `2A004` for Ajaccio. */
  code: string;
  /** Official name, e.g. "Saint-Étienne", "Lyon 3e Arrondissement". */
  name: string;
  /** La Poste postcodes, sorted. One postcode can be shared by several communes. */
  postcodes: string[];
  /** Département code: `69`, `2A`, `974`. */
  departement: string;
  /** Département name: "Rhône". */
  departementName: string;
  /** Municipal population (INSEE) when known. */
  population?: number;
  /** Latitude (WGS 84), `NaN` when precision is `none`. */
  lat: number;
  /** Longitude (WGS 84), `NaN` when precision is `none`. */
  lon: number;
  /** How precise `lat`/`lon` are. */
  precision: CommunePrecision;
  /** For a municipal arrondissement: the INSEE code of its commune (75056, 69123, 13055). */
  parent?: string;
}

/** A search result: a commune, the postcode to show with it, and the former name it was found by. */
export interface CommuneMatch extends Commune {
  /** The postcode that matched the query, else the commune's first postcode ('' for Paris, Lyon, Marseille). */
  postcode: string;
  /** When found by the name of a former commune (déléguée or associée) now part of it. */
  formerName?: string;
}

/** Département of an INSEE code: 2 characters, 3 overseas (97x, 98x). */
export function departementOf(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** One commune of the national lookup (no coordinates). */
export interface CommuneEntry {
  code: string;
  name: string;
  /** `foldPlaceName(name)`. */
  folded: string;
  /** `folded` without spaces, to match "saintetienne" or "st etienne" typed in one block. */
  compact: string;
  postcodes: string[];
  departement: string;
  /** Population rounded to 2 significant digits, to rank results. */
  rank: number;
  parent?: string;
}

/** A former commune's name leading to the current commune. */
export interface CommuneAlias {
  name: string;
  folded: string;
  compact: string;
  code: string;
}

export type Box = readonly [minLat: number, minLon: number, maxLat: number, maxLon: number];

/** The parsed national lookup. */
export interface CommuneLookup {
  entries: CommuneEntry[];
  byCode: Map<string, CommuneEntry>;
  byPostcode: Map<string, CommuneEntry[]>;
  byDepartement: Map<string, CommuneEntry[]>;
  aliases: CommuneAlias[];
  boxes: Map<string, Box>;
  departementNames: Map<string, string>;
  /** Communes divided into municipal arrondissements (Paris, Lyon, Marseille). */
  divided: Set<string>;
  attribution: string;
}

/** One point of a département file. */
export interface CommunePoint {
  lat: number;
  lon: number;
  precision: CommunePrecision;
  population?: number;
}

const PRECISION_BY_LETTER: Record<string, CommunePrecision> = { c: 'commune', a: 'parent', p: 'postcode', d: 'departement', n: 'none' };

/** foldPlaceName, skipping its word-by-word pass for names with no "st"/"ste" word (nearly all). */
const foldName = (name: string): string => {
  const folded = foldText(name);
  return /(^| )st(e?s?)( |$)/.test(folded) ? foldPlaceName(name) : folded;
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isNumberArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((s) => typeof s === 'number');

function formatError(source: string, path: string, message: string): AncreError {
  return new AncreError({
    code: 'communes/format',
    message,
    source,
    path,
    hint: 'Rebuild the commune files with `node scripts/build-communes.mjs` and serve the whole folder.',
  });
}

/**
 * Reads `index.json` (format `ancre-communes-index` v1). Throws an `AncreError` (code
 * `communes/format`, with the JSON path) when the file is not what the build script writes.
 */
export function parseCommuneIndex(json: unknown, source = 'index.json'): CommuneLookup {
  if (!isRecord(json) || json['format'] !== 'ancre-communes-index' || json['version'] !== 1) {
    throw formatError(source, '$.format', 'This is not a commune index (format "ancre-communes-index", version 1).');
  }
  const { departements, counts, codes, names: communeNames, postcodes, population } = json;
  if (!isStringArray(departements)) throw formatError(source, '$.departements', 'Expected the list of départements.');
  if (!isNumberArray(counts) || counts.length !== departements.length) {
    throw formatError(source, '$.counts', 'Expected one count per département.');
  }
  const total = counts.reduce((s, n) => s + n, 0);
  if (!isNumberArray(codes) || codes.length !== total) throw formatError(source, '$.codes', `Expected ${total} numbers.`);
  for (const [key, column] of [['names', communeNames], ['postcodes', postcodes]] as const) {
    if (!isStringArray(column) || column.length !== total) throw formatError(source, `$.${key}`, `Expected ${total} strings.`);
  }
  if (!isNumberArray(population) || population.length !== total) {
    throw formatError(source, '$.population', `Expected ${total} numbers.`);
  }
  const names = isRecord(json['departementNames']) ? json['departementNames'] : {};
  const parents = isRecord(json['parents']) ? json['parents'] : {};
  const lookup: CommuneLookup = {
    entries: [],
    byCode: new Map(),
    byPostcode: new Map(),
    byDepartement: new Map(),
    aliases: [],
    boxes: new Map(),
    departementNames: new Map(),
    divided: new Set(Object.values(parents).filter((p): p is string => typeof p === 'string')),
    attribution: typeof json['attribution'] === 'string' ? json['attribution'] : '',
  };
  let i = 0;
  departements.forEach((dep, d) => {
    const list: CommuneEntry[] = [];
    let suffix = 0;
    for (const end = i + counts[d]!; i < end; i++) {
      suffix += codes[i]!;
      const code = dep + String(suffix).padStart(5 - dep.length, '0');
      const name = (communeNames as string[])[i]!;
      const folded = foldName(name);
      const parent = parents[code];
      const entry: CommuneEntry = {
        code,
        name,
        folded,
        compact: folded.replace(/ /g, ''),
        postcodes: (postcodes as string[])[i]!.split(' ').filter(Boolean),
        departement: dep,
        rank: population[i]!,
        ...(typeof parent === 'string' ? { parent } : {}),
      };
      list.push(entry);
      lookup.entries.push(entry);
      lookup.byCode.set(code, entry);
      for (const p of entry.postcodes) {
        let shared = lookup.byPostcode.get(p);
        if (!shared) lookup.byPostcode.set(p, (shared = []));
        shared.push(entry);
      }
    }
    lookup.byDepartement.set(dep, list);
    const depName = names[dep];
    lookup.departementNames.set(dep, typeof depName === 'string' ? depName : dep);
  });
  const aliases = json['aliases'];
  if (Array.isArray(aliases)) {
    aliases.forEach((row, i) => {
      if (!isStringArray(row) || row.length < 2) throw formatError(source, `$.aliases[${i}]`, 'Expected [name, code].');
      const folded = foldName(row[0]!);
      if (lookup.byCode.has(row[1]!)) lookup.aliases.push({ name: row[0]!, folded, compact: folded.replace(/ /g, ''), code: row[1]! });
    });
  }
  if (isRecord(json['boxes'])) {
    for (const [dep, box] of Object.entries(json['boxes'])) {
      if (isNumberArray(box) && box.length === 4) lookup.boxes.set(dep, box as unknown as Box);
    }
  }
  return lookup;
}

/**
 * Reads a département file (format `ancre-communes-departement` v1) into points by INSEE code.
 * Throws an `AncreError` (`communes/format`) when it is not one.
 */
export function parseDepartementFile(json: unknown, source = 'departement.json'): Map<string, CommunePoint> {
  if (!isRecord(json) || json['format'] !== 'ancre-communes-departement' || json['version'] !== 1) {
    throw formatError(source, '$.format', 'This is not a commune département file (format "ancre-communes-departement", version 1).');
  }
  const rows = json['communes'];
  if (!Array.isArray(rows)) throw formatError(source, '$.communes', 'The list of communes is missing.');
  const points = new Map<string, CommunePoint>();
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[3] !== 'string' || !(row[3] in PRECISION_BY_LETTER)) {
      throw formatError(source, `$.communes[${i}]`, 'Expected [code, lat, lon, precision, population].');
    }
    const [code, lat, lon, precision, population] = row as [string, unknown, unknown, string, unknown];
    points.set(code, {
      lat: typeof lat === 'number' ? lat : NaN,
      lon: typeof lon === 'number' ? lon : NaN,
      precision: PRECISION_BY_LETTER[precision]!,
      ...(typeof population === 'number' ? { population } : {}),
    });
  });
  return points;
}

/** Builds a `Commune` from its lookup entry and its département point. */
export function toCommune(entry: CommuneEntry, point: CommunePoint | undefined, departementName: string): Commune {
  return {
    code: entry.code,
    name: entry.name,
    postcodes: entry.postcodes,
    departement: entry.departement,
    departementName,
    ...(point?.population !== undefined ? { population: point.population } : {}),
    lat: point?.lat ?? NaN,
    lon: point?.lon ?? NaN,
    precision: point?.precision ?? 'none',
    ...(entry.parent ? { parent: entry.parent } : {}),
  };
}

/** What `searchCommunes` found: the entry, the postcode to show, a former name when found by it. */
export interface CommuneHit {
  entry: CommuneEntry;
  postcode: string;
  formerName?: string;
}

export interface SearchOptions {
  /** Most results. Default 8. */
  limit?: number;
}

const POSTCODE = /^\d{5}$/;
/** Municipal arrondissements before the commune itself, then the most populated first. */
function byPostcodeOrder(a: CommuneEntry, b: CommuneEntry): number {
  return Number(!!b.parent) - Number(!!a.parent) || b.rank - a.rank || a.code.localeCompare(b.code);
}

/** Every commune sharing a postcode, arrondissements first (69003 → Lyon 3e Arrondissement, Lyon). */
export function communesWithPostcode(lookup: CommuneLookup, postcode: string): CommuneEntry[] {
  return [...(lookup.byPostcode.get(postcode.trim()) ?? [])].sort(byPostcodeOrder);
}

/** The postcode shown with a commune found by name: its first one; none for Paris, Lyon, Marseille (one per arrondissement). */
function defaultPostcode(lookup: CommuneLookup, entry: CommuneEntry): string {
  return lookup.divided.has(entry.code) ? '' : (entry.postcodes[0] ?? '');
}

/** Canonical form of a code typed by a person: trimmed, `2a` → `2A`. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Finds communes for what a person types (pure; runs over the in-memory lookup):
 * - 5 digits: a postcode — every commune sharing it (else an INSEE code);
 * - 2–4 characters with a digit (`69`, `2A`, `974`, `690`): the communes of that département, or of
 *   postcodes starting with those digits, most populated first;
 * - a name: accent-, case-, hyphen- and apostrophe-insensitive, `st`/`ste` = `saint`/`sainte`, matched
 *   while typing (prefix of the name or of one of its words); exact names first, then prefixes, then
 *   word prefixes, then — only when those are fewer than `limit` — names with one typo (queries of 5
 *   letters or more; two from 8 letters; same first letter); within a group the most populated first. A former commune's name leads to the commune it belongs to now.
 *   A 5-digit postcode or a `2A`/`2B` written after the name narrows the results ("Lyon 69003").
 */
export function searchCommunes(lookup: CommuneLookup, query: string, options: SearchOptions = {}): CommuneHit[] {
  const limit = Math.max(1, options.limit ?? 8);
  const raw = query.trim();
  if (!raw) return [];
  const compactRaw = raw.replace(/\s+/g, '');
  if (POSTCODE.test(compactRaw)) {
    const shared = communesWithPostcode(lookup, compactRaw);
    if (shared.length) return shared.slice(0, limit).map((entry) => ({ entry, postcode: compactRaw }));
    const byCode = lookup.byCode.get(compactRaw);
    return byCode ? [{ entry: byCode, postcode: defaultPostcode(lookup, byCode) }] : [];
  }
  if (/^(?=.*\d)[\dab]{2,4}$/i.test(compactRaw) || /^2[ab]$/i.test(compactRaw)) {
    const code = normalizeCode(compactRaw);
    const inDep = lookup.byDepartement.get(code);
    const found = inDep
      ? [...inDep]
      : /^\d+$/.test(code)
        ? lookup.entries.filter((e) => e.postcodes.some((p) => p.startsWith(code)))
        : [];
    found.sort((a, b) => b.rank - a.rank || a.code.localeCompare(b.code));
    return found.slice(0, limit).map((entry) => ({
      entry,
      postcode: (inDep ? undefined : entry.postcodes.find((p) => p.startsWith(code))) ?? defaultPostcode(lookup, entry),
    }));
  }
  // A name, possibly followed by a postcode or a Corsican département ("Lyon 3e Arrondissement (69003)").
  const tokens = foldPlaceName(raw).split(' ').filter(Boolean);
  let postcodeFilter: string | undefined;
  let depFilter: string | undefined;
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!;
    if (POSTCODE.test(last) && !postcodeFilter) postcodeFilter = last;
    else if (/^2[ab]$/.test(last) && !depFilter) depFilter = last.toUpperCase();
    else break;
    tokens.pop();
  }
  const folded = tokens.join(' ');
  if (!folded) return [];
  const compact = folded.replace(/ /g, '');
  const letters = compact.replace(/\d/g, '').length;
  const maxTypos = letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
  const accept = (e: CommuneEntry) =>
    (!postcodeFilter || e.postcodes.includes(postcodeFilter)) && (!depFilter || e.departement === depFilter);

  // Pass 1: exact (0), prefix (1), word prefix or prefix ignoring spaces (2).
  const exactTier = (name: string, nameCompact: string): number =>
    name === folded ? 0 : name.startsWith(folded) ? 1 : name.includes(` ${folded}`) || nameCompact.startsWith(compact) ? 2 : -1;
  // Pass 2, only when pass 1 found fewer than `limit`: a typo in what was typed so far, compared with
  // the beginning of the name of the same length (the person may still be typing) and with the whole
  // name; names must start with the same letter (keeps it fast; a wrong first letter is rare).
  const typoTier = (nameCompact: string): number => {
    if (nameCompact.charCodeAt(0) !== compact.charCodeAt(0)) return -1;
    const d = Math.min(
      editDistance(compact, nameCompact.slice(0, compact.length), maxTypos),
      editDistance(compact, nameCompact, maxTypos),
    );
    return d <= maxTypos ? 2 + d : -1;
  };
  const best = new Map<string, { entry: CommuneEntry; tier: number; formerName?: string }>();
  const consider = (entry: CommuneEntry, tier: number, formerName?: string) => {
    if (tier < 0 || !accept(entry)) return;
    const previous = best.get(entry.code);
    if (previous && previous.tier <= tier) return;
    best.set(entry.code, formerName ? { entry, tier, formerName } : { entry, tier });
  };
  // A former name ranks just after current names of the same kind of match.
  for (const entry of lookup.entries) consider(entry, exactTier(entry.folded, entry.compact));
  for (const alias of lookup.aliases) {
    const tier = exactTier(alias.folded, alias.compact);
    if (tier >= 0) consider(lookup.byCode.get(alias.code)!, tier + 0.5, alias.name);
  }
  if (maxTypos > 0 && best.size < limit) {
    for (const entry of lookup.entries) if (!best.has(entry.code)) consider(entry, typoTier(entry.compact));
    for (const alias of lookup.aliases) {
      const tier = typoTier(alias.compact);
      if (tier >= 0) consider(lookup.byCode.get(alias.code)!, tier + 0.5, alias.name);
    }
  }
  const ranked = [...best.values()];
  ranked.sort((a, b) => a.tier - b.tier || b.entry.rank - a.entry.rank || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  return ranked.slice(0, limit).map(({ entry, formerName }) => ({
    entry,
    postcode: postcodeFilter ?? defaultPostcode(lookup, entry),
    ...(formerName ? { formerName } : {}),
  }));
}
