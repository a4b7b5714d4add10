/**
 * French public holidays, computed (no data file): fixed days, Easter-based days (lundi de Pâques,
 * Ascension, lundi de Pentecôte), the Alsace-Moselle extras (Vendredi saint, 26 décembre) and the
 * abolition-of-slavery day of each overseas département.
 */

export interface HolidayOptions {
  /** Adds Vendredi saint and 26 décembre (Bas-Rhin 67, Haut-Rhin 68, Moselle 57). */
  alsaceMoselle?: boolean;
  /** Département code: "57"/"67"/"68" imply `alsaceMoselle`; "971"… add the local abolition day. */
  departement?: string;
}

/** Easter Sunday (Gregorian, Meeus/Jones/Butcher) as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a UTC-midnight date. */
function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Abolition of slavery, by overseas département (décret 83-1003 and later texts). */
const ABOLITION: Record<string, [number, number]> = {
  '971': [5, 27], // Guadeloupe
  '972': [5, 22], // Martinique
  '973': [6, 10], // Guyane
  '974': [12, 20], // La Réunion
  '976': [4, 27], // Mayotte
  '977': [10, 9], // Saint-Barthélemy
  '978': [5, 28], // Saint-Martin
};

const cache = new Map<string, Map<string, string>>();

/** Public holidays of a year: ISO date → French name. */
export function frenchPublicHolidays(year: number, options: HolidayOptions = {}): Map<string, string> {
  const dep = options.departement ?? '';
  const alsace = options.alsaceMoselle || dep === '57' || dep === '67' || dep === '68';
  const key = `${year}|${alsace ? 1 : 0}|${dep in ABOLITION ? dep : ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Map<string, string>();
  const fixed = (m: number, d: number, name: string) => out.set(`${year}-${pad(m)}-${pad(d)}`, name);
  const [em, ed] = easterSunday(year);
  const easter = Date.UTC(year, em - 1, ed);
  const fromEaster = (days: number, name: string) => out.set(iso(new Date(easter + days * 86_400_000)), name);
  fixed(1, 1, "Jour de l'an");
  if (alsace) fromEaster(-2, 'Vendredi saint');
  fromEaster(1, 'Lundi de Pâques');
  fixed(5, 1, 'Fête du travail');
  fixed(5, 8, 'Victoire 1945');
  fromEaster(39, 'Ascension');
  fromEaster(50, 'Lundi de Pentecôte');
  fixed(7, 14, 'Fête nationale');
  fixed(8, 15, 'Assomption');
  fixed(11, 1, 'Toussaint');
  fixed(11, 11, 'Armistice 1918');
  fixed(12, 25, 'Noël');
  if (alsace) fixed(12, 26, 'Saint-Étienne');
  const abolition = ABOLITION[dep];
  if (abolition) fixed(abolition[0], abolition[1], "Abolition de l'esclavage");
  cache.set(key, out);
  return out;
}

/** Whether an ISO date (YYYY-MM-DD) is a public holiday. */
export function isFrenchPublicHoliday(isoDate: string, options: HolidayOptions = {}): boolean {
  return frenchPublicHolidays(Number(isoDate.slice(0, 4)), options).has(isoDate);
}
