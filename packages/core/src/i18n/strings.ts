import type { Locale } from './locale.js';
import { pluralCategory } from './format.js';

/** A string table: keys to text; `{name}` placeholders; plural forms as `{ one, other }`. */
export type StringValue = string | { one: string; other: string; zero?: string };
export type StringTable = Record<string, StringValue>;
export type Translations<T extends StringTable> = Record<Locale, T>;

/**
 * Looks `key` up in `overrides` then in the table, picks the plural form from `params.count`, and
 * fills `{placeholders}`. A missing key returns the key itself so that a gap is visible, never empty.
 */
export function translate<T extends StringTable>(
  table: T,
  overrides: Partial<Record<keyof T, StringValue>> | undefined,
  key: keyof T,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const value = (overrides?.[key] ?? table[key]) as StringValue | undefined;
  if (value === undefined) return String(key);
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    const count = Number(params['count'] ?? 0);
    text = count === 0 && value.zero !== undefined ? value.zero : pluralCategory(count, locale) === 'one' ? value.one : value.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
