/**
 * Helpers shared by the importers: a tiny CSV parser, phone/email/URL normalisation, kinds and services
 * guessed from names and published labels. Pure functions, no DOM, no I/O.
 */
import type { AncreProblem } from '@ancre/core';
import { foldText } from '@ancre/core/text.js';
import { FRANCE_SERVICES_SERVICES, type ServiceId, type ServiceKind, type ServicePoint } from '../service-finder.types.js';

/** What every importer returns: the points it could read, and a problem for each row it could not. */
export interface ImportResult {
  points: ServicePoint[];
  problems: AncreProblem[];
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

export interface CsvTable {
  header: string[];
  /** Data rows (header excluded), as published (no trimming). */
  rows: string[][];
  /** 1-based line number of each row's first line in the file (for problem paths). */
  lines: number[];
  separator: string;
}

/**
 * Parses CSV text: `;` or `,` separator (guessed from the header line unless given), double-quoted
 * fields with `""` escapes and line breaks inside quotes, a UTF-8 BOM, CRLF or LF line ends.
 * Empty lines are skipped. Never throws.
 */
export function parseCsv(text: string, separator?: string): CsvTable {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!s.endsWith('\n')) s += '\n';
  const firstLine = s.slice(0, s.indexOf('\n'));
  const sep = separator ?? ([';', ',', '\t'].map((c) => [c, firstLine.split(c).length] as const).sort((a, b) => b[1] - a[1])[0]![0]);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      record.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      // handled by the \n
    } else if (c === '\n') {
      record.push(field);
      if (!(record.length === 1 && record[0] === '')) {
        records.push(record);
        lines.push(recordLine);
      }
      record = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  const header = (records.shift() ?? []).map((h) => h.trim());
  lines.shift();
  return { header, rows: records, lines, separator: sep };
}

/** How an importer's `…Async` variant slices its work. */
export interface SliceOptions {
  /** Rows or records converted between two turns given to the page. Default 200. */
  rowsPerSlice?: number;
  /** How to give the page its turn. Default: a macrotask (`setTimeout(0)`). */
  pause?: () => Promise<void>;
}

/**
 * Converts `items` one by one, yielding after every `rowsPerSlice` of them (never when 0, nor after the
 * last): the loop of every importer's steps, which `runSteps` runs at once and `runStepsAsync` with pauses.
 */
export function* sliced<T>(items: readonly T[], rowsPerSlice: number, convert: (item: T, index: number) => void): Generator<number, void> {
  for (let index = 0; index < items.length; index++) {
    convert(items[index]!, index);
    if (rowsPerSlice > 0 && (index + 1) % rowsPerSlice === 0 && index + 1 < items.length) yield index + 1;
  }
}

/** Runs an importer's steps to the end, at once. */
export function runSteps(steps: Iterable<unknown>): void {
  for (const step of steps) void step;
}

/** Runs an importer's steps, pausing between them (the page stays responsive during a large import). */
export async function runStepsAsync(steps: Iterable<unknown>, pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<void> {
  for (const step of steps) {
    void step;
    await pause();
  }
}

/** Rows as objects keyed by header name (extra cells dropped, missing ones empty). */
export function csvObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? ''])));
}

// ---------------------------------------------------------------------------------------------
// Contacts
// ---------------------------------------------------------------------------------------------

/**
 * A French phone number in the usual grouping ("04 50 73 00 00", from "+33450730000" or
 * "04.50.73.00.00"); other international numbers are kept as digits with their "+" prefix; 4-digit
 * short numbers (3939) are kept. Returns undefined for anything that is not a number.
 */
export function normalizePhone(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const first = String(raw).split(/[;/]|\bou\b/)[0]!;
  let digits = first.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+33')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, '$1 ').trim();
  if (/^\d{9}$/.test(digits)) return `0${digits}`.replace(/(\d{2})(?=\d)/g, '$1 ').trim();
  if (/^\+\d{8,15}$/.test(digits)) return digits;
  if (/^3\d{3}$/.test(digits)) return digits; // short numbers: 3939, 3646
  return undefined;
}

/** Personal mailbox providers: an address there is a person's, unless it names a role. */
const PERSONAL_PROVIDERS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.fr', 'yahoo.com', 'hotmail.fr', 'hotmail.com', 'outlook.fr', 'outlook.com',
  'live.fr', 'live.com', 'msn.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net',
  'aliceadsl.fr', 'bbox.fr', 'icloud.com', 'me.com', 'aol.com', 'aol.fr', 'gmx.fr', 'gmx.com', 'numericable.fr', 'club-internet.fr', 'proton.me', 'protonmail.com',
]);

/** Beginnings of local parts that name a role, a service or a place, not a person. */
const ROLE_PREFIXES = [
  'contact', 'accueil', 'mairie', 'secretariat', 'info', 'direction', 'admin', 'biblio', 'mediatheque', 'media', 'ludo',
  'mjc', 'afr', 'epn', 'cyber', 'centre', 'social', 'msap', 'mfs', 'france', 'relais', 'club', 'asso', 'pij', 'bij', 'espace',
  'maison', 'mpt', 'foyer', 'fjep', 'numerique', 'atelier', 'ccas', 'cias', 'pole', 'mission', 'carrefour', 'famille', 'secours',
  'csc', 'emploi', 'insertion', 'animation', 'culture', 'communication', 'conseillernumerique', 'mediation', 'fablab', 'tiers',
  'permanence', 'agence', 'ville', 'commune', 'standard', 'service', 'bm', 'mds', 'mdh', 'ml', 'cs',
  'efs', 'msp', 'coop', 'pimms', 'pref', 'referent', 'guichet', 'point', 'public', 'usagers', 'proximite', 'solidarit', 'bus', 'ccas', 'rsp',
  'fs', 'pfsp', 'antenne', 'siege', 'forum', 'itinerant',
];

/** Words that, anywhere in a mailbox name at a personal provider, say it is a service's ("vailly.franceservices@orange.fr"). */
const ORGANISATION_WORDS = ['franceservice', 'france-service', 'france.service', 'laposte', 'mairie', 'msap', 'relaisservice', 'servicespublic', 'servicepublic', 'secretariat', 'accueil', 'mediatheque', 'bibliotheque', 'ccas', 'cyberbase', 'espacenumerique', 'famillesrurales'];

/** Common French first names: an address with one of them as a part is a person's. */
const FIRST_NAMES = new Set(
  ('marie jean pierre michel philippe alain nicolas christophe patrick daniel david laurent frederic eric stephane julien ' +
    'sebastien thomas francois pascal olivier vincent christian jerome thierry bernard sylvain guillaume antoine romain ' +
    'maxime alexandre mathieu matthieu anthony kevin cedric fabrice franck bruno didier dominique gilles herve yves serge ' +
    'jacques claude paul louis lucas hugo leo theo nathan enzo clement quentin florian benjamin arnaud damien jeremy loic ' +
    'adrien baptiste remi simon samuel hicham karim mohamed ahmed soufiane mehdi yann yannick gerard andre rene roger ' +
    'nathalie isabelle sylvie catherine christine sandrine valerie veronique stephanie sophie celine laetitia aurelie ' +
    'emilie julie camille pauline chloe laura sarah lea manon emma ines jade louise alice anne annie brigitte monique ' +
    'martine nicole francoise helene claire caroline virginie delphine karine patricia corinne florence laurence agnes ' +
    'elodie audrey melanie marion charlotte lucie amelie margaux mathilde juliette clara elise fanny linda andree apolline ' +
    'elisabeth chantal jacqueline josiane odile colette denise sabrina vanessa jessica marine morgane oceane anais ' +
    'justine alexandra severine nadia samia fatima leila myriam muriel beatrice evelyne danielle mireille ghislaine').split(' '),
);

/** Lower-case, accent-free words of 3+ letters of the record's own name, commune and address. */
function contextWords(context: readonly (string | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const c of context) {
    if (typeof c !== 'string') continue;
    for (const w of foldText(c).split(/[^a-z]+/)) if (w.length >= 3) words.add(w);
  }
  return words;
}

/**
 * Keeps an organisational email and drops one that looks personal: a part that is a common first
 * name or an initial (`thomas.dupont@`, `d.dupont@`), an adviser's own mailbox
 * (`@conseiller-numerique.fr`), and any address at a personal mailbox provider (gmail, orange,
 * wanadoo…) unless it begins with a role or place word (`mairie.x@orange.fr`, `bibliotheque…@`),
 * and `word.word@` where neither word is a role word or a word of `context` (the record's name,
 * commune, address: pass them, else `brest.pontanezen@pimmsmediation.fr` reads as a person's).
 * Returns the lower-cased address or undefined.
 */
export function organisationalEmail(raw: string | undefined | null, context: readonly (string | undefined)[] = []): string | undefined {
  if (!raw) return undefined;
  const email = String(raw).trim().split(/[;,\s]+/)[0]!.toLowerCase();
  const m = /^([^\s@]+)@([a-z0-9.-]+\.[a-z]{2,})$/.exec(email);
  if (!m) return undefined;
  const local = m[1]!;
  const domain = m[2]!;
  const parts = local.split(/[._-]+/).filter(Boolean).map((p) => p.replace(/\d+$/, ''));
  if (domain === 'france-services.gouv.fr') return email; // the houses' own mailboxes
  if (parts.some((p) => FIRST_NAMES.has(p))) return undefined;
  const organisational = (s: string) => ROLE_PREFIXES.some((r) => s.startsWith(r)) || ORGANISATION_WORDS.some((w) => s.includes(w));
  // An initial then a name ("d.dupont@"), unless the rest is a role word ("f.services@", "m.numerique@").
  const initial = /^[a-z][._]([a-z]{2,}.*)$/.exec(local);
  if ((initial && !organisational(initial[1]!)) || /^[a-z]{3,}[._][a-z]$/.test(local)) return undefined;
  if (domain === 'conseiller-numerique.fr') return undefined;
  const place = contextWords(context);
  // At a personal provider, a mailbox naming the record's place is the service's ("saulnotefs@gmail.com"
  // for Saulnot, "cbvauclin@wanadoo.fr" for Le Vauclin).
  const letters = local.replace(/[^a-z]/g, '');
  const namesPlace = [...place].some((w) => w.length >= 4 && letters.includes(w));
  if (PERSONAL_PROVIDERS.has(domain) && !organisational(local) && !namesPlace) return undefined;
  // "firstname.lastname@" with a first name not in our list ("nasmaa.kharbouch@bondy.fr", 2024 ANCT
  // file): two words of at least 3 letters, neither a role word nor a word of the record's own name,
  // commune or address ("brest.pontanezen@", "antenne.picauville@", "fs.chaussin@" are kept).
  const pair = /^([a-z]{3,})\.([a-z]{3,})$/.exec(local);
  if (pair && !pair.slice(1).some((w) => organisational(w) || place.has(w))) return undefined;
  return email;
}

/** An http(s) URL (adds https:// to a bare domain); the first of a `;`-separated list. */
export function normalizeUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const first = String(raw).split(/[;\s]+/).find(Boolean);
  if (!first) return undefined;
  const withScheme = /^https?:\/\//i.test(first) ? first : /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(first) ? `https://${first}` : undefined;
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pack id from a published identifier: `prefix` + the identifier with accents removed and every run
 * of characters other than letters, digits, `.`, `_`, `:`, `-` turned into `-` (ids must match
 * `[A-Za-z0-9][A-Za-z0-9._:-]*`, at most 128 characters). `fallback` (the row number) when nothing
 * usable is left. Strings and finite numbers are read; anything else gives the fallback.
 */
export function pointId(prefix: string, raw: unknown, fallback: string): string {
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '');
  return `${prefix}${slug || fallback}`.slice(0, 128);
}

/**
 * Undoes `\xHH` and `\uHHHH` escapes left as text by an export tool: the 2024 ANCT file has a comment
 * "Lundi\xA0\x3A\x20Quillan\x2D\x20Mardi…" for "Lundi : Quillan- Mardi…". Such sequences never
 * mean themselves in a French place name, address or comment.
 */
export function unescapeHexText(raw: string): string {
  if (!raw.includes('\\x') && !raw.includes('\\u')) return raw;
  // The same file has `\u2019` and `\u2013` left as text too (rows 1763 and 2522).
  return raw.replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_, hex2: string | undefined, hex4: string | undefined) => {
    const code = parseInt(hex2 ?? hex4!, 16);
    return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : String.fromCharCode(code);
  });
}

/** "SAINT-GENIS-LES-OLLIERES" → "Saint-Genis-les-Ollières" is not guessable; we only fix ALL CAPS casing. */
export function tidyCase(raw: string): string {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s !== s.toUpperCase() || !/[A-Z]/.test(s)) return s;
  const small = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'et', 'au', 'aux', 'l', 'd']);
  return s
    .toLowerCase()
    .replace(/[a-zà-ÿ]+/g, (w, offset: number) => (offset > 0 && small.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
}

// ---------------------------------------------------------------------------------------------
// Kinds and services from names and labels
// ---------------------------------------------------------------------------------------------

const KIND_PATTERNS: [RegExp, ServiceKind][] = [
  [/\bfrance services?\b|\bmaisons? (de |des )?services au public\b|\bmsap\b|\bespace france services\b/, 'france-services'],
  [/\bmairie\b|\bhotel de ville\b/, 'mairie'],
  [/\bcaf\b|\bcaisse d allocations familiales\b/, 'caf'],
  [/\bcpam\b|\bassurance maladie\b|\bcaisse primaire\b/, 'cpam'],
  [/\bfrance travail\b|\bpole emploi\b/, 'france-travail'],
  [/\bfinances publiques\b|\bcentre des impots\b|\bsip\b|\bdgfip\b|\btresorerie\b/, 'finances-publiques'],
  [/\bmsa\b|\bmutualite sociale agricole\b/, 'msa'],
  [/\bcarsat\b|\bcnav\b|\bassurance retraite\b/, 'carsat'],
  [/\bla poste\b|\bagence postale\b|\bbureau de poste\b|\brelais poste\b/, 'la-poste'],
  [/\bpoint justice\b|\bpoint d acces au droit\b|\bmaison de (la )?justice\b|\bcdad\b|\bpad\b/, 'point-justice'],
  [/\bteleconsultation\b|\btelemedecine\b/, 'telemedecine'],
  [/\bprefecture\b|\bsous prefecture\b/, 'prefecture'],
  [/\bccas\b|\bcias\b|\baction sociale\b/, 'ccas'],
  [/\bmediatheque\b|\bbibliotheque\b|\bludotheque\b|\bmedia ludotheque\b/, 'bibliotheque'],
  [/\bassociation\b|\bmjc\b|\bcentre social\b|\bcentre socio|\bfoyer\b|\bmaison pour tous\b|\bafr\b|\bcidff\b|\bmission locale\b/, 'association'],
  [/\bepn\b|\bespace public numerique\b|\bcyber|\bnumerique\b|\bfablab\b|\bconseiller numerique\b/, 'mediation-numerique'],
];

/** Kinds read from a place name ("Mairie de Boz" → mairie). */
export function kindsFromName(name: string): ServiceKind[] {
  const folded = foldText(name);
  const out: ServiceKind[] = [];
  for (const [re, kind] of KIND_PATTERNS) if (re.test(folded) && !out.includes(kind)) out.push(kind);
  return out;
}

/** Kind codes of the "typologie" vocabulary (schéma des lieux de médiation numérique, data·inclusion). */
export const TYPOLOGIE_KINDS: Record<string, ServiceKind> = {
  RFS: 'france-services',
  MSAP: 'france-services',
  MUNI: 'mairie',
  CAF: 'caf',
  CPAM: 'cpam',
  FT: 'france-travail',
  PE: 'france-travail',
  CFP: 'finances-publiques',
  MSA: 'msa',
  LA_POSTE: 'la-poste',
  PAD: 'point-justice',
  PREF: 'prefecture',
  CCAS: 'ccas',
  CIAS: 'ccas',
  BIB: 'bibliotheque',
  RELAIS_LECTURE: 'bibliotheque',
  ASSO: 'association',
  CS: 'association',
  CSC: 'association',
  MJC: 'association',
  EVS: 'association',
  MQ: 'association',
  EPN: 'mediation-numerique',
  EPI: 'mediation-numerique',
  ENM: 'mediation-numerique',
  FABLAB: 'mediation-numerique',
  TIERS_LIEUX: 'mediation-numerique',
};

const SERVICE_PATTERNS: [RegExp, ServiceId][] = [
  [/\bcaf\b|allocations? familiales?|\bprestations familiales\b|\brsa\b|prime d activite/, 'caf'],
  [/assurance maladie|\bcpam\b|\bameli\b|carte vitale|complementaire sante/, 'assurance-maladie'],
  [/\bimpots?\b|impot|finances publiques|\bdgfip\b|declaration de revenus|prelevement a la source/, 'impots'],
  [/\bants\b|carte grise|certificat d immatriculation|permis de conduire|passeport|carte (nationale )?d identite|titres? securises?/, 'ants'],
  [/france travail|pole emploi|recherche d emploi|\bemploi\b/, 'france-travail'],
  [/\bmsa\b|mutualite sociale agricole/, 'msa'],
  [/retraite|\bcarsat\b|\bcnav\b|\bagirc|\barrco/, 'retraite'],
  [/la poste|\bpostale?s?\b|\bcourrier\b/, 'la-poste'],
  [/justice|acces au droit|\bjuridique\b|\bdroits?\b.*\bconseil/, 'justice'],
  [/\bsante\b|teleconsultation|telemedecine|medic/, 'sante'],
  [/demarches? (administratives? )?(en ligne|avec un accompagnement|administratives?)|autonome dans les demarches|accompagnement numerique|aide numerique|prendre en main|culture numerique|numerique au quotidien|citoyennete numerique|smartphone|ordinateur/, 'aide-numerique'],
  [/connexion internet|acceder a du materiel|acces (a )?internet|\bwifi\b|poste informatique|imprim/, 'internet'],
];

/** Services read from published labels ("Accompagner les démarches de santé" → sante). */
export function servicesFromLabels(labels: readonly string[]): ServiceId[] {
  const out = new Set<ServiceId>();
  for (const label of labels) {
    const folded = foldText(label);
    for (const [re, id] of SERVICE_PATTERNS) if (re.test(folded)) out.add(id);
  }
  return [...out];
}

/** Services implied by kinds (a France services house offers its charter's services). */
export function servicesFromKinds(kinds: readonly ServiceKind[]): ServiceId[] {
  const out = new Set<ServiceId>();
  for (const k of kinds) {
    if (k === 'france-services') FRANCE_SERVICES_SERVICES.forEach((s) => out.add(s));
    if (k === 'caf') out.add('caf');
    if (k === 'cpam') out.add('assurance-maladie');
    if (k === 'france-travail') out.add('france-travail');
    if (k === 'finances-publiques') out.add('impots');
    if (k === 'msa') out.add('msa');
    if (k === 'carsat') out.add('retraite');
    if (k === 'la-poste') out.add('la-poste');
    if (k === 'point-justice') out.add('justice');
    if (k === 'telemedecine') out.add('sante');
    if (k === 'mediation-numerique') out.add('aide-numerique');
    if (k === 'prefecture') out.add('ants');
  }
  return [...out];
}

/** Union, keeping the order of SERVICES-like first appearance. */
export function union<T>(...lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

/** A number from a published field ("45,76" or "45.76"), or undefined. */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(/^\+/, '').replace(/\u2212/g, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A WGS 84 point in range (not the 0,0 placeholder). Use `checkLocation` to also check it is in France. */
export function validLocation(lat: number | undefined, lon: number | undefined): lat is number {
  return lat !== undefined && lon !== undefined && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat === 0 && lon === 0);
}

// ---------------------------------------------------------------------------------------------
// Where France is: boxes (with a margin) of metropolitan France and of each overseas territory
// ---------------------------------------------------------------------------------------------

/** [south, north, west, east] in degrees, with a margin of about 10 km. */
type Box = readonly [number, number, number, number];
const METROPOLE: Box = [41.2, 51.2, -5.4, 9.8];
/** Boxes of the overseas départements and collectivités, keyed by the département part of the INSEE code. */
const OVERSEAS: Record<string, readonly Box[]> = {
  '971': [[15.8, 16.6, -61.9, -60.9]], // Guadeloupe
  '972': [[14.3, 15.0, -61.3, -60.7]], // Martinique
  '973': [[2.0, 6.0, -54.7, -51.5]], // Guyane
  '974': [[-21.5, -20.8, 55.1, 55.9]], // La Réunion
  '975': [[46.7, 47.2, -56.5, -56.0]], // Saint-Pierre-et-Miquelon
  '976': [[-13.1, -12.5, 44.9, 45.4]], // Mayotte
  '977': [[17.8, 18.0, -63.0, -62.7]], // Saint-Barthélemy
  '978': [[17.9, 18.2, -63.2, -62.9]], // Saint-Martin
  '986': [[-14.5, -13.1, -178.3, -176.0]], // Wallis-et-Futuna
  '987': [[-28.0, -7.0, -155.0, -134.0]], // Polynésie française
  '988': [[-23.0, -19.0, 163.0, 169.0]], // Nouvelle-Calédonie
};
const inBox = (lat: number, lon: number, [s, n, w, e]: Box) => lat >= s && lat <= n && lon >= w && lon <= e;

/**
 * The département of an INSEE commune code ("01034" → "01", "2A004" → "2A", "97411" → "974") or,
 * failing that, of a postcode ("20000" → "20", "97400" → "974"). Undefined when neither fits.
 */
export function departementOf(insee?: string, postcode?: string): string | undefined {
  const code = insee && /^(\d{5}|2[AB]\d{3})$/.test(insee) ? insee : postcode && /^\d{5}$/.test(postcode) ? postcode : undefined;
  if (!code) return undefined;
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** The territory a point lies in: "metropole", an overseas département code, or undefined (not France). */
export function territoryOf(lat: number, lon: number): string | undefined {
  if (inBox(lat, lon, METROPOLE)) return 'metropole';
  for (const [dep, boxes] of Object.entries(OVERSEAS)) if (boxes.some((b) => inBox(lat, lon, b))) return dep;
  return undefined;
}

export type LocationCheck =
  | { ok: true; lat: number; lon: number; swapped: boolean }
  | { ok: false; reason: 'missing' | 'range' | 'projected' | 'outside' | 'mismatch'; message: string };

/**
 * Checks a published point against France: present, in range, not a projected (Lambert 93) pair, and
 * inside metropolitan France or an overseas territory — the one of its département when the INSEE code
 * or postcode says which. A pair given the wrong way round (longitude first) is put right when the
 * swapped pair lands where the département says (or in France when the département is unknown):
 * `swapped: true` so that the importer can report it. Never moves a point anywhere else.
 */
export function checkLocation(latRaw: unknown, lonRaw: unknown, where: { insee?: string; postcode?: string } = {}): LocationCheck {
  const lat = toNumber(latRaw);
  const lon = toNumber(lonRaw);
  if (lat === undefined || lon === undefined || (lat === 0 && lon === 0)) return { ok: false, reason: 'missing', message: 'no coordinates' };
  if (Math.abs(lat) > 1000 || Math.abs(lon) > 1000) return { ok: false, reason: 'projected', message: `coordinates ${lat}, ${lon} look projected (Lambert 93?), not WGS 84 degrees` };
  const dep = departementOf(where.insee, where.postcode);
  const expected = dep === undefined ? undefined : dep.length === 3 ? (OVERSEAS[dep] ? dep : undefined) : 'metropole';
  const fits = (a: number, b: number) => {
    if (!validLocation(a, b)) return false;
    const t = territoryOf(a, b);
    return t !== undefined && (expected === undefined || t === expected);
  };
  if (fits(lat, lon)) return { ok: true, lat, lon, swapped: false };
  if (fits(lon, lat)) return { ok: true, lat: lon, lon: lat, swapped: true };
  if (!validLocation(lat, lon)) return { ok: false, reason: 'range', message: `coordinates ${lat}, ${lon} are out of range` };
  if (territoryOf(lat, lon) === undefined) return { ok: false, reason: 'outside', message: `coordinates ${lat}, ${lon} are outside France` };
  return { ok: false, reason: 'mismatch', message: `coordinates ${lat}, ${lon} are not in département ${dep}` };
}

// ---------------------------------------------------------------------------------------------
// Text decoding and column names
// ---------------------------------------------------------------------------------------------

/** Decodes a downloaded file: UTF-8 (BOM or not), else Windows-1252 (core's `decodeBytes`). */
export { decodeBytes as decodeText } from '@ancre/core/text.js';

/** Windows-1252 characters 0x80–0x9F, by code point, back to their byte. */
const CP1252_BYTES: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ("Ã©" for "é", "Ã¨" for "è"):
 * only when the whole text re-encodes to valid UTF-8 and the pattern is present. Returns the text
 * unchanged otherwise, and whether it was repaired.
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  if (!/[ÃÂÅ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/.test(text)) return { text, repaired: false };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : CP1252_BYTES[c];
    if (b === undefined) return { text, repaired: false };
    bytes[i] = b;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), repaired: true };
  } catch {
    return { text, repaired: false };
  }
}

/** A column name folded for matching: "Code Postal" / "code_postal" / "CODE-POSTAL" → "code_postal"; "Libellé" → "libelle". */
export function foldHeader(name: string): string {
  return foldText(name).replace(/ /g, '_');
}

/**
 * Finds columns by folded name: for each field, the index of the first header that matches one of
 * its names (names already folded). Fields not found are absent.
 */
export function findColumns<F extends string>(header: readonly string[], names: Record<F, readonly string[]>): Partial<Record<F, number>> {
  const folded = header.map(foldHeader);
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(names) as F[]) {
    for (const n of names[field]) {
      const i = folded.indexOf(n);
      if (i >= 0) {
        out[field] = i;
        break;
      }
    }
  }
  return out;
}

/** An ISO date (YYYY-MM-DD) from "2021-05-05", "2021-05-05T10:00:00Z" or "05/05/2021". */
export function isoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(s);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// "Le 2e et 4e samedis du mois": weeks of the month in published comments
// ---------------------------------------------------------------------------------------------

const ORDINALS: Record<string, number> = {
  '1er': 1, '1ere': 1, '1e': 1, premier: 1, premiere: 1,
  '2e': 2, '2eme': 2, deuxieme: 2, second: 2, seconde: 2,
  '3e': 3, '3eme': 3, troisieme: 3,
  '4e': 4, '4eme': 4, quatrieme: 4,
  '5e': 5, '5eme': 5, cinquieme: 5,
  dernier: -1, derniere: -1,
};
const WEEKDAY_WORDS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Words that turn a "2e samedi du mois" into a closure or an exception, not an opening. */
const NEGATION = /\b(ferme|fermee|fermes|fermees|fermeture|sauf|excepte|hors|pas)\b/;
/** Words that say the sentence is about the place being open. */
const OPENING = /\b(ouvert|ouverte|ouverts|ouvertes|ouverture)\b/;

/**
 * The weeks of the month a published comment restricts a weekday to (0 = Monday): "Accueil ouvert
 * uniquement le 2e et 4e samedis de chaque mois" → [2, 4] for Saturday; "Ouvert le premier samedi du
 * mois" → [1]; "… le 1er et le dernier vendredi du mois" → [1, -1]. Read sentence by sentence; a
 * sentence that speaks of a closure or an exception ("fermé le deuxième lundi matin de chaque mois",
 * "sauf le 1er samedi du mois") never restricts a day — that would turn a closure into the only
 * opening. With `requireOpening` (a house's general comment, which also lists visits elsewhere: "Le
 * 2ème mardi du mois : mairie de Thilay"), only a sentence that says "ouvert"/"ouverture" counts.
 * Undefined when no sentence says such a thing for that day ("un samedi par mois" names no week).
 */
export function weeksOfMonth(comment: string, day: number, options: { requireOpening?: boolean } = {}): number[] | undefined {
  const out: number[] = [];
  for (const sentence of comment.split(/[.;!?\n\r]+/)) {
    const folded = foldText(sentence);
    if (!/\b(du|de chaque|chaque|par) mois\b/.test(folded) || NEGATION.test(folded)) continue;
    if (options.requireOpening && !OPENING.test(folded)) continue;
    const words = folded.split(' ');
    words.forEach((word, i) => {
      if (word.replace(/s$/, '') !== WEEKDAY_WORDS[day]) return;
      for (let j = i - 1; j >= 0; j--) {
        const n = ORDINALS[words[j]!];
        if (n !== undefined) out.push(n);
        else if (!['et', 'le', 'les', 'ou', 'au'].includes(words[j]!)) break;
      }
    });
  }
  const key = (n: number) => (n < 0 ? 10 - n : n);
  return out.length ? [...new Set(out)].sort((a, b) => key(a) - key(b)) : undefined;
}
