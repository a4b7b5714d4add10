/**
 * Domain types of the service finder. `as const` arrays drive the types, the validation and the
 * story controls. Pure: no DOM, no I/O.
 *
 * Stability: names here are relied upon by the machine, the element and the stories — add, never rename.
 */

/** A label in both languages the finder ships. */
export interface Bilingual {
  fr: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Kinds of place and services offered
// ---------------------------------------------------------------------------------------------

/** What a place is (a point may be several: a mairie that hosts a France services desk). */
export const SERVICE_KINDS = [
  'france-services',
  'mairie',
  'caf',
  'cpam',
  'france-travail',
  'finances-publiques',
  'msa',
  'carsat',
  'la-poste',
  'point-justice',
  'telemedecine',
  'mediation-numerique',
  'prefecture',
  'ccas',
  'bibliotheque',
  'association',
  'autre',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_KIND_LABELS: Record<ServiceKind, Bilingual> = {
  'france-services': { fr: 'France services', en: 'France services' },
  mairie: { fr: 'Mairie', en: 'Town hall' },
  caf: { fr: "Caisse d'allocations familiales (CAF)", en: 'Family allowance office (CAF)' },
  cpam: { fr: "Caisse primaire d'assurance maladie (CPAM)", en: 'Health insurance office (CPAM)' },
  'france-travail': { fr: 'France Travail', en: 'France Travail (job centre)' },
  'finances-publiques': { fr: 'Centre des finances publiques', en: 'Public finance (tax) office' },
  msa: { fr: 'Mutualité sociale agricole (MSA)', en: 'Farmers’ social security (MSA)' },
  carsat: { fr: 'Carsat (retraite)', en: 'Carsat (pensions)' },
  'la-poste': { fr: 'La Poste', en: 'Post office' },
  'point-justice': { fr: 'Point-justice', en: 'Legal aid point' },
  telemedecine: { fr: 'Téléconsultation médicale', en: 'Telemedicine point' },
  'mediation-numerique': { fr: 'Lieu de médiation numérique', en: 'Digital help centre' },
  prefecture: { fr: 'Préfecture ou sous-préfecture', en: 'Prefecture' },
  ccas: { fr: "Centre communal d'action sociale (CCAS)", en: 'Municipal social services (CCAS)' },
  bibliotheque: { fr: 'Médiathèque, bibliothèque', en: 'Library' },
  association: { fr: 'Association', en: 'Charity or association' },
  autre: { fr: 'Autre lieu', en: 'Other place' },
};

/** What a person can get done there (the filters of the finder). */
export const SERVICES = [
  'caf',
  'assurance-maladie',
  'impots',
  'ants',
  'france-travail',
  'msa',
  'retraite',
  'la-poste',
  'justice',
  'sante',
  'aide-numerique',
  'internet',
] as const;
export type ServiceId = (typeof SERVICES)[number];

export const SERVICE_LABELS: Record<ServiceId, Bilingual> = {
  caf: { fr: 'Allocations familiales (CAF)', en: 'Family allowances (CAF)' },
  'assurance-maladie': { fr: 'Assurance maladie', en: 'Health insurance' },
  impots: { fr: 'Impôts', en: 'Taxes' },
  ants: { fr: "Titres : carte d'identité, passeport, permis, carte grise", en: 'ID card, passport, driving licence, vehicle registration' },
  'france-travail': { fr: 'Emploi (France Travail)', en: 'Jobs (France Travail)' },
  msa: { fr: 'Mutualité sociale agricole (MSA)', en: 'Farmers’ social security (MSA)' },
  retraite: { fr: 'Retraite', en: 'Pensions' },
  'la-poste': { fr: 'La Poste', en: 'Postal services' },
  justice: { fr: 'Accès au droit, justice', en: 'Legal help, justice' },
  sante: { fr: 'Santé, téléconsultation', en: 'Health, telemedicine' },
  'aide-numerique': { fr: 'Aide aux démarches en ligne', en: 'Help with online procedures' },
  internet: { fr: 'Accès à internet et à un ordinateur', en: 'Internet and computer access' },
};

/** The services a France services house offers by its charter (national partners). */
export const FRANCE_SERVICES_SERVICES: readonly ServiceId[] = [
  'caf',
  'assurance-maladie',
  'impots',
  'ants',
  'france-travail',
  'msa',
  'retraite',
  'la-poste',
  'justice',
  'aide-numerique',
  'internet',
];

// ---------------------------------------------------------------------------------------------
// Service points
// ---------------------------------------------------------------------------------------------

export interface LatLon {
  lat: number;
  lon: number;
}

export interface PostalAddress {
  street: string;
  postcode: string;
  commune: string;
  /** INSEE commune code (5 characters, e.g. "69123", "2A004"). */
  insee?: string;
}

export const WHEELCHAIR_VALUES = ['yes', 'limited', 'no'] as const;
export type Wheelchair = (typeof WHEELCHAIR_VALUES)[number];

export interface Accessibility {
  wheelchair?: Wheelchair;
  /** Free notes as published (hearing loop, sign language, …). */
  notes?: string;
}

/** One stop of an itinerant point (a France services bus). */
export interface ItinerantStop {
  name: string;
  address: PostalAddress;
  location: LatLon;
  /** OSM `opening_hours` string, usually with week-of-month, e.g. `Tu[1,3] 09:00-12:00`. */
  hours?: string;
}

export interface Itinerant {
  stops: ItinerantStop[];
}

/** Where a record comes from and when it was last updated there. Shown beside the record. */
export interface RecordSource {
  /** e.g. "Hinaura (cartographie nationale des lieux d'inclusion numérique)". */
  name: string;
  url?: string;
  /** e.g. "Licence Ouverte 2.0". */
  licence: string;
  /** ISO date (YYYY-MM-DD) of the record at its source. */
  date: string;
}

export interface ServicePoint {
  /** Stable within a pack; a pack that `extends` another replaces an item with the same id. */
  id: string;
  name: string;
  kinds: ServiceKind[];
  services: ServiceId[];
  address: PostalAddress;
  location: LatLon;
  /** Normalised French format "04 50 73 00 00" (or international "+262 …" overseas). */
  phone?: string;
  /** Organisational mailbox only (contact@, accueil@, mairie@); personal addresses are dropped. */
  email?: string;
  website?: string;
  /** The raw OSM `opening_hours` string, parsed at display time (see model/opening-hours.ts). */
  hours?: string;
  /** IANA time zone of the hours when not Europe/Paris (overseas), e.g. "Indian/Reunion". */
  timeZone?: string;
  accessibility?: Accessibility;
  itinerant?: Itinerant;
  source: RecordSource;
  /** ISO date this entry was last edited in the pack (if different from the source date). */
  updated?: string;
  /** Free notes as published (e.g. "Ouvert le premier samedi du mois"), shown as they are. */
  notes?: string;
  /** True when the place receives by appointment (France services `prise_rdv`). */
  appointment?: boolean;
}

/** A source of a pack (same shape as core's `PackSource`). */
export interface ServicesPackSource {
  name: string;
  url?: string;
  licence?: string;
  date?: string;
}

/**
 * A services pack: core's pack envelope (`PackEnvelope<ServicePoint>` in packages/core/src/packs)
 * with `kind: 'ancre/services'` and ServicePoint items. Validate with core's
 * `validatePack(data, { kind: 'ancre/services', validateItem: validateServicePoint })`.
 */
export interface ServicesPack {
  $schema?: string;
  kind: 'ancre/services';
  /** e.g. `fr.anct.cartographie.69`. */
  id: string;
  /** Semantic version, e.g. `1.0.0`. */
  version: string;
  locale: string;
  licence: string;
  sources: ServicesPackSource[];
  /** Id or URL of a pack this one extends (items with the same id replace, new ones add). */
  extends?: string;
  items: ServicePoint[];
  /** Ids of base items to drop. */
  remove?: string[];
  /** Attribution line shown in the widget (e.g. "Données : ANCT, Licence Ouverte 2.0"). */
  attribution?: string;
  /** ISO date of the pack build. */
  date?: string;
}

/** `index.json` beside the per-département packs (`<dep>.json`). */
export interface ServicesIndexFile {
  kind: 'ancre/services-index';
  /** ISO date of the build. */
  date: string;
  attribution: string;
  licence: string;
  /** Oldest and newest record dates. */
  recordDates: { from: string; to: string };
  departements: ServicesIndexEntry[];
}

export interface ServicesIndexEntry {
  /** Département code: "01", "2A", "69", "974". */
  code: string;
  /** File name relative to the index, e.g. "69.json". */
  file: string;
  count: number;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
}

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** OSM weekday codes, Monday first. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock moment in the point's time zone. */
export interface WallTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  day: Weekday;
  /** HH:MM (24 h) in the zone. */
  time: string;
}

/** Open or closed, with the next change (computed by `openingStatus`). */
export interface KnownOpeningStatus {
  kind: 'known';
  open: boolean;
  /** Exact instant of the next change (close if open, open if closed); absent for 24/7 or never. */
  changesAt?: Date;
  /** The same instant as wall-clock time in the zone ("ferme à 12 h", "ouvre lundi à 9 h"). */
  change?: WallTime;
  /** When closed: the next opening (same as `change`). */
  nextOpen?: WallTime;
  /** A `"comment"` attached to the rule in force, e.g. "sur rendez-vous". */
  comment?: string;
  timeZone: string;
}

/** Hours the parser does not understand: shown raw, with no open/closed claim. */
export interface UnparsedOpeningHours {
  kind: 'unparsed';
  raw: string;
  /** Why, in English, for developers (e.g. `unexpected "sunrise" at 6`). */
  reason?: string;
}

export type OpeningStatus = KnownOpeningStatus | UnparsedOpeningHours;

// ---------------------------------------------------------------------------------------------
// Queries and results (model/search.ts)
// ---------------------------------------------------------------------------------------------

export interface ServiceQuery {
  /** Free text: a place name, a commune, a kind ("caf lyon"). */
  text?: string;
  /** Sort by distance from here. */
  near?: LatLon;
  kinds?: readonly ServiceKind[];
  services?: readonly ServiceId[];
  /** Keep only points known to be open at `at` (unparsed hours are excluded). */
  openNow?: boolean;
  /** "Now" (tests pass a fixed date). */
  at?: Date;
  limit?: number;
}

export interface ServiceResult {
  point: ServicePoint;
  /** Great-circle distance in km from `query.near`. */
  distanceKm?: number;
  /** Text relevance (higher is better) when `query.text` was given. */
  score?: number;
}
