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
];

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

/**
 * Keeps an organisational email and drops one that looks personal: a part that is a common first
 * name or an initial (`thomas.dupont@`, `d.dupont@`), an adviser's own mailbox
 * (`@conseiller-numerique.fr`), and any address at a personal mailbox provider (gmail, orange,
 * wanadoo…) unless it begins with a role or place word (`mairie.x@orange.fr`, `bibliotheque…@`).
 * Returns the lower-cased address or undefined.
 */
export function organisationalEmail(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const email = String(raw).trim().split(/[;,\s]+/)[0]!.toLowerCase();
  const m = /^([^\s@]+)@([a-z0-9.-]+\.[a-z]{2,})$/.exec(email);
  if (!m) return undefined;
  const local = m[1]!;
  const domain = m[2]!;
  const parts = local.split(/[._-]+/).filter(Boolean).map((p) => p.replace(/\d+$/, ''));
  if (domain === 'france-services.gouv.fr') return email; // the houses' own mailboxes
  if (parts.some((p) => FIRST_NAMES.has(p))) return undefined;
  if (/^[a-z][._][a-z]{2,}/.test(local) || /^[a-z]{3,}[._][a-z]$/.test(local)) return undefined;
  if (domain === 'conseiller-numerique.fr') return undefined;
  if (PERSONAL_PROVIDERS.has(domain) && !ROLE_PREFIXES.some((r) => local.startsWith(r))) return undefined;
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
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const n = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A plausible WGS 84 point in France or its overseas territories. */
export function validLocation(lat: number | undefined, lon: number | undefined): lat is number {
  return lat !== undefined && lon !== undefined && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat === 0 && lon === 0);
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
