/**
 * Checks one service point of a pack. The signature is core's `ItemValidator`, so it plugs into
 * `validatePack(data, { kind: 'ancre/services', validateItem: validateServicePoint })`.
 * Returns every problem found (JSON paths, plain messages, hints); never throws.
 */
import type { AncreProblem } from '@ancre/core';
import { SERVICES, SERVICE_KINDS, WHEELCHAIR_VALUES } from '../service-finder.types.js';
import { parseOpeningHours } from './opening-hours.js';
import { isValidTimeZone } from './time-zone.js';

export interface ServicePointCheckContext {
  locale?: 'fr' | 'en';
  /** A `"$merge": true` item: only the fields present are checked. */
  partial?: boolean;
  source?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const POSTCODE = /^\d{5}$/;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;
const URL_RE = /^https?:\/\/\S+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateServicePoint(item: unknown, path: string, context: ServicePointCheckContext = {}): AncreProblem[] {
  const fr = (context.locale ?? 'fr') === 'fr';
  const problems: AncreProblem[] = [];
  const add = (at: string, code: string, msgFr: string, msgEn: string, hintFr?: string, hintEn?: string) => {
    const p: AncreProblem = { code: `services/${code}`, message: fr ? msgFr : msgEn, path: at };
    const hint = fr ? hintFr : hintEn;
    if (hint) p.hint = hint;
    if (context.source) p.source = context.source;
    problems.push(p);
  };
  if (!isObj(item)) {
    add(path, 'not-object', 'Un lieu doit être un objet JSON.', 'A service point must be a JSON object.');
    return problems;
  }
  const partial = !!context.partial;
  const has = (k: string) => item[k] !== undefined;
  const required = (k: string) => {
    if (!has(k) && !partial) {
      add(`${path}.${k}`, 'missing-field', `Le champ "${k}" manque.`, `The field "${k}" is missing.`, `Ajoutez "${k}".`, `Add "${k}".`);
      return false;
    }
    return has(k);
  };
  const str = (at: string, v: unknown, re?: RegExp, fmtFr?: string, fmtEn?: string): v is string => {
    if (typeof v !== 'string' || v.trim() === '') {
      add(at, 'not-string', 'Une chaîne non vide est attendue.', 'A non-empty string is expected.');
      return false;
    }
    if (re && !re.test(v)) {
      add(at, 'bad-format', `"${v}" n'a pas le format attendu (${fmtFr}).`, `"${v}" does not have the expected format (${fmtEn}).`, fmtFr, fmtEn);
      return false;
    }
    return true;
  };
  const list = (k: string, allowed: readonly string[]) => {
    const v = item[k];
    if (!Array.isArray(v)) {
      add(`${path}.${k}`, 'not-array', `"${k}" doit être une liste.`, `"${k}" must be a list.`);
      return;
    }
    v.forEach((x, i) => {
      if (typeof x !== 'string' || !allowed.includes(x)) {
        add(`${path}.${k}[${i}]`, 'unknown-value', `Valeur inconnue : ${JSON.stringify(x)}.`, `Unknown value: ${JSON.stringify(x)}.`, `Valeurs possibles : ${allowed.join(', ')}.`, `Allowed: ${allowed.join(', ')}.`);
      }
    });
  };
  const location = (at: string, v: unknown) => {
    if (!isObj(v)) {
      add(at, 'not-object', 'Un objet { "lat", "lon" } est attendu.', 'An object { "lat", "lon" } is expected.');
      return;
    }
    const lat = v['lat'];
    const lon = v['lon'];
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      add(`${at}.lat`, 'bad-latitude', 'Latitude attendue entre -90 et 90 (degrés WGS 84).', 'Latitude expected between -90 and 90 (WGS 84 degrees).', 'Latitude et longitude sont-elles inversées ?', 'Are latitude and longitude swapped?');
    }
    if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
      add(`${at}.lon`, 'bad-longitude', 'Longitude attendue entre -180 et 180 (degrés WGS 84).', 'Longitude expected between -180 and 180 (WGS 84 degrees).');
    }
  };
  const address = (at: string, v: unknown) => {
    if (!isObj(v)) {
      add(at, 'not-object', 'Une adresse { "street", "postcode", "commune" } est attendue.', 'An address { "street", "postcode", "commune" } is expected.');
      return;
    }
    if (v['street'] !== undefined && typeof v['street'] !== 'string') add(`${at}.street`, 'not-string', 'Une chaîne est attendue.', 'A string is expected.');
    str(`${at}.postcode`, v['postcode'], POSTCODE, 'code postal à 5 chiffres', '5-digit postcode');
    str(`${at}.commune`, v['commune']);
    if (v['insee'] !== undefined) str(`${at}.insee`, v['insee'], INSEE, 'code INSEE de commune, ex. 69123 ou 2A004', 'INSEE commune code, e.g. 69123 or 2A004');
  };
  const hours = (at: string, v: unknown) => {
    if (!str(at, v)) return;
    const parsed = parseOpeningHours(v);
    if (parsed.kind === 'unparsed') {
      // A warning-level problem: the hours are still shown raw.
      const p: AncreProblem & { severity?: string } = {
        code: 'services/hours-unparsed',
        message: fr ? `Horaires non compris, affichés tels quels : ${parsed.reason ?? ''}` : `Hours not understood, shown as they are: ${parsed.reason ?? ''}`,
        path: at,
        hint: fr ? 'Syntaxe OpenStreetMap opening_hours, ex. "Mo-Fr 08:30-12:00,13:30-17:00; PH off".' : 'OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:30-12:00,13:30-17:00; PH off".',
        severity: 'warning',
      };
      if (context.source) p.source = context.source;
      problems.push(p);
    }
  };

  if (required('id')) str(`${path}.id`, item['id'], ID, 'lettres, chiffres, . _ : -', 'letters, digits, . _ : -');
  if (required('name')) str(`${path}.name`, item['name']);
  if (required('kinds')) list('kinds', SERVICE_KINDS);
  if (has('services') || !partial) {
    if (has('services')) list('services', SERVICES);
  }
  if (required('address')) address(`${path}.address`, item['address']);
  if (required('location')) location(`${path}.location`, item['location']);
  if (has('phone')) str(`${path}.phone`, item['phone'], /^\+?[0-9 .()-]{4,20}$/, 'numéro de téléphone', 'phone number');
  if (has('email')) str(`${path}.email`, item['email'], EMAIL, 'adresse électronique', 'email address');
  if (has('website')) str(`${path}.website`, item['website'], URL_RE, 'adresse web en http ou https', 'http(s) web address');
  if (has('hours')) hours(`${path}.hours`, item['hours']);
  if (has('timeZone') && str(`${path}.timeZone`, item['timeZone']) && !isValidTimeZone(item['timeZone'] as string)) {
    add(`${path}.timeZone`, 'bad-time-zone', 'Fuseau horaire IANA inconnu.', 'Unknown IANA time zone.', 'Ex. "Indian/Reunion".', 'E.g. "Indian/Reunion".');
  }
  if (has('accessibility')) {
    const a = item['accessibility'];
    if (!isObj(a)) add(`${path}.accessibility`, 'not-object', 'Un objet est attendu.', 'An object is expected.');
    else if (a['wheelchair'] !== undefined && !WHEELCHAIR_VALUES.includes(a['wheelchair'] as never)) {
      add(`${path}.accessibility.wheelchair`, 'unknown-value', 'Valeur attendue : yes, limited ou no.', 'Expected yes, limited or no.');
    }
  }
  if (has('itinerant')) {
    const it = item['itinerant'];
    const stops = isObj(it) ? it['stops'] : undefined;
    if (!Array.isArray(stops)) add(`${path}.itinerant.stops`, 'not-array', 'Une liste d’arrêts est attendue.', 'A list of stops is expected.');
    else
      stops.forEach((stop, i) => {
        const at = `${path}.itinerant.stops[${i}]`;
        if (!isObj(stop)) return add(at, 'not-object', 'Un arrêt doit être un objet.', 'A stop must be an object.');
        str(`${at}.name`, stop['name']);
        address(`${at}.address`, stop['address']);
        location(`${at}.location`, stop['location']);
        if (stop['hours'] !== undefined) hours(`${at}.hours`, stop['hours']);
      });
  }
  if (required('source')) {
    const s = item['source'];
    if (!isObj(s)) add(`${path}.source`, 'not-object', 'Une source { "name", "licence", "date" } est attendue.', 'A source { "name", "licence", "date" } is expected.');
    else {
      str(`${path}.source.name`, s['name']);
      str(`${path}.source.licence`, s['licence']);
      str(`${path}.source.date`, s['date'], DATE, 'date AAAA-MM-JJ', 'date YYYY-MM-DD');
      if (s['url'] !== undefined) str(`${path}.source.url`, s['url'], URL_RE, 'adresse web en http ou https', 'http(s) web address');
    }
  }
  if (has('updated')) str(`${path}.updated`, item['updated'], DATE, 'date AAAA-MM-JJ', 'date YYYY-MM-DD');
  return problems;
}
