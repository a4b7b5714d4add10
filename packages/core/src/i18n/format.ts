import type { Locale } from './locale.js';

/** BCP 47 tags used with Intl for each shipped locale. */
const INTL_TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
export const intlTag = (locale: Locale): string => INTL_TAG[locale];

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** 12 300 → "12 300" (fr) / "12,300" (en). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return memo(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_TAG[locale], options)).format(value);
}

/**
 * A distance in metres for a person: under 1 km in metres rounded to 10 m, under 10 km with one
 * decimal, beyond in whole kilometres. 1234 → "1,2 km" (fr) / "1.2 km" (en).
 */
export function formatDistance(metres: number, locale: Locale): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 1000) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    if (rounded < 1000) return formatNumber(rounded, locale, { style: 'unit', unit: 'meter' });
  }
  const km = metres / 1000;
  return formatNumber(km, locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}

/** A date: "lundi 3 mars 2025" with the default options. */
export function formatDate(
  date: Date | number,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return memo(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], options)).format(date);
}

/**
 * A time of day: "9 h" / "12 h 30" in French (the typographic norm), "9:00" / "12:30" in English.
 * `minutes` counts from midnight.
 */
export function formatTimeOfDay(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (locale === 'fr') return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** ["CAF", "CPAM", "impôts"] → "CAF, CPAM et impôts". */
export function formatList(items: readonly string[], locale: Locale, type: Intl.ListFormatType = 'conjunction'): string {
  return memo(`l|${locale}|${type}`, () => new Intl.ListFormat(INTL_TAG[locale], { style: 'long', type })).format(items);
}

/** Pluralisation category, for string tables with `one` / `other` forms. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return memo(`p|${locale}`, () => new Intl.PluralRules(INTL_TAG[locale])).select(count);
}
