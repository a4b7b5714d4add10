import type { Locale } from '../i18n/locale.js';
import { editDistance } from '../text/normalize.js';
import { packMessage, type JsonTypeName, type MessageKey } from './messages.js';
import type { ItemCheckContext, ItemValidator, PackProblem } from './types.js';

/**
 * Field descriptions: plain `as const` objects that say what a value must look like. One
 * description drives three things: the TypeScript type (`Infer<typeof d>`), the runtime check
 * (`checkField`), and the wording of the problems a content author reads.
 *
 * Every field is required unless it says `optional: true`.
 */
interface Common {
  /** The field may be absent. */
  optional?: boolean;
  /** A value shown in hints ("Add a "licence" field, for example …"). */
  example?: unknown;
}
/** A label per language for a `pattern` ("a date such as 2026-03-01"). */
export type FormatLabel = string | Partial<Record<Locale, string>>;

export interface StringField extends Common {
  type: 'string';
  /** Minimum length (1 rejects empty strings). */
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** Says in words what `pattern` accepts. */
  format?: FormatLabel;
}
export interface NumberField extends Common {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface BooleanField extends Common {
  type: 'boolean';
}
export interface EnumField extends Common {
  type: 'enum';
  values: readonly string[];
}
export interface ArrayField extends Common {
  type: 'array';
  of: FieldDesc;
  min?: number;
  max?: number;
}
export interface ObjectField extends Common {
  type: 'object';
  fields: Readonly<Record<string, FieldDesc>>;
  /** What to do with fields not described: `warn` (default, with a "did you mean"), `error`, or `allow`. */
  extra?: 'warn' | 'error' | 'allow';
}
export interface RecordField extends Common {
  type: 'record';
  of: FieldDesc;
  /** Which keys are allowed, e.g. language tags. */
  keyPattern?: RegExp;
  keyFormat?: FormatLabel;
  min?: number;
  max?: number;
}
export interface AnyField extends Common {
  type: 'any';
}
export type FieldDesc = StringField | NumberField | BooleanField | EnumField | ArrayField | ObjectField | RecordField | AnyField;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<F> = { [K in keyof F]: F[K] extends { optional: true } ? K : never }[keyof F];
type RequiredKeys<F> = Exclude<keyof F, OptionalKeys<F>>;

/** The TypeScript type a description accepts. */
export type Infer<D> = D extends { type: 'string' }
  ? string
  : D extends { type: 'number' }
    ? number
    : D extends { type: 'boolean' }
      ? boolean
      : D extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : D extends { type: 'array'; of: infer O }
          ? Infer<O>[]
          : D extends { type: 'record'; of: infer O }
            ? Record<string, Infer<O>>
            : D extends { type: 'object'; fields: infer F }
              ? Simplify<{ -readonly [K in RequiredKeys<F>]: Infer<F[K]> } & { -readonly [K in OptionalKeys<F>]?: Infer<F[K]> }>
              : unknown;

/** Options of `checkField`. */
export interface CheckOptions {
  /** Language of messages. Default French. */
  locale?: Locale;
  /** Copied into every problem. */
  source?: string;
  /** Skip "missing field" checks in objects (a partial override with `"$merge": true`). */
  partial?: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$.items` + `3` → `$.items[3]`; `$.title` + `fr` → `$.title.fr`; odd keys → `$["a b"]`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The JSON type name of a value (`array`, `null` and `object` told apart). */
export function jsonType(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The closest candidate to `word` within a small edit distance (case-insensitive), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const max = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/** Builds one problem from the message tables. */
export function packProblem<K extends MessageKey>(
  key: K,
  params: Parameters<typeof packMessage<K>>[2],
  where: { path?: string; source?: string; locale?: Locale; severity?: 'error' | 'warning' },
): PackProblem {
  const { message, hint } = packMessage(where.locale ?? 'fr', key, params);
  const problem: PackProblem = { code: `pack/${key}`, message };
  if (where.source) problem.source = where.source;
  if (where.path) problem.path = where.path;
  if (hint) problem.hint = hint;
  if (where.severity) problem.severity = where.severity;
  return problem;
}

const label = (format: FormatLabel | undefined, locale: Locale): string | undefined =>
  typeof format === 'string' ? format : (format?.[locale] ?? format?.fr ?? format?.en);

/**
 * Checks `value` against `desc` and returns every problem found, each with its JSON path. Values of
 * the wrong type are not looked into (their inner problems would only be noise).
 */
export function checkField(desc: FieldDesc, value: unknown, path = '$', options: CheckOptions = {}): PackProblem[] {
  const problems: PackProblem[] = [];
  walk(desc, value, path, options, problems);
  return problems;
}

function walk(desc: FieldDesc, value: unknown, path: string, o: CheckOptions, out: PackProblem[]): void {
  const where = { path, source: o.source, locale: o.locale };
  const actual = jsonType(value);
  const expected: JsonTypeName | undefined =
    desc.type === 'enum' ? 'string' : desc.type === 'record' ? 'object' : desc.type === 'any' ? undefined : desc.type;
  if (expected && actual !== expected) {
    out.push(packProblem('wrong-type', { expected, actual, example: desc.example }, where));
    return;
  }
  switch (desc.type) {
    case 'string': {
      const s = value as string;
      if (desc.min !== undefined && s.trim().length < desc.min) out.push(packProblem('too-short', { min: desc.min, of: 'string' }, where));
      else if (desc.max !== undefined && s.length > desc.max) out.push(packProblem('too-long', { max: desc.max, of: 'string' }, where));
      else if (desc.pattern && !desc.pattern.test(s))
        out.push(packProblem('pattern', { value: clip(s), format: label(desc.format, o.locale ?? 'fr'), example: desc.example }, where));
      return;
    }
    case 'number': {
      const n = value as number;
      if (!Number.isFinite(n)) out.push(packProblem('wrong-type', { expected: 'number', actual: 'null' }, where));
      else if (desc.integer && !Number.isInteger(n)) out.push(packProblem('not-integer', {}, where));
      else if (desc.min !== undefined && n < desc.min) out.push(packProblem('too-small', { min: desc.min }, where));
      else if (desc.max !== undefined && n > desc.max) out.push(packProblem('too-large', { max: desc.max }, where));
      return;
    }
    case 'enum': {
      const s = value as string;
      if (!desc.values.includes(s)) {
        const suggestion = closest(s, desc.values);
        out.push(packProblem('enum', { value: clip(s), allowed: desc.values, ...(suggestion ? { suggestion } : {}) }, where));
      }
      return;
    }
    case 'array': {
      const a = value as unknown[];
      if (desc.min !== undefined && a.length < desc.min) out.push(packProblem('too-short', { min: desc.min, of: 'array' }, where));
      if (desc.max !== undefined && a.length > desc.max) out.push(packProblem('too-long', { max: desc.max, of: 'array' }, where));
      // Array elements are always whole values, even inside a partial override.
      const inner = { ...o, partial: false };
      a.forEach((item, i) => walk(desc.of, item, joinPath(path, i), inner, out));
      return;
    }
    case 'record': {
      const r = value as Record<string, unknown>;
      const keys = Object.keys(r);
      if (desc.min !== undefined && keys.length < desc.min) out.push(packProblem('too-short', { min: desc.min, of: 'record' }, where));
      if (desc.max !== undefined && keys.length > desc.max) out.push(packProblem('too-long', { max: desc.max, of: 'record' }, where));
      for (const key of keys) {
        const keyPath = joinPath(path, key);
        if (desc.keyPattern && !desc.keyPattern.test(key)) {
          out.push(packProblem('pattern', { value: clip(key), format: label(desc.keyFormat, o.locale ?? 'fr') }, { ...where, path: keyPath }));
          continue;
        }
        walk(desc.of, r[key], keyPath, o, out);
      }
      return;
    }
    case 'object': {
      const obj = value as Record<string, unknown>;
      for (const [name, field] of Object.entries(desc.fields)) {
        const fieldPath = joinPath(path, name);
        if (!Object.prototype.hasOwnProperty.call(obj, name) || obj[name] === undefined) {
          if (!field.optional && !o.partial) out.push(packProblem('missing-field', { field: name, example: field.example }, where));
          continue;
        }
        walk(field, obj[name], fieldPath, o, out);
      }
      const extra = desc.extra ?? 'warn';
      if (extra !== 'allow') {
        const known = Object.keys(desc.fields);
        for (const name of Object.keys(obj)) {
          if (Object.prototype.hasOwnProperty.call(desc.fields, name)) continue;
          // Prefer a field that is missing ("licenc" → "licence"), else any known field.
          const suggestion =
            closest(name, known.filter((k) => !Object.prototype.hasOwnProperty.call(obj, k))) ?? closest(name, known);
          out.push(
            packProblem(
              'unknown-field',
              { field: clip(name), known, ...(suggestion ? { suggestion } : {}) },
              { ...where, path: joinPath(path, name), severity: extra === 'warn' ? 'warning' : 'error' },
            ),
          );
        }
      }
      return;
    }
    default:
      return;
  }
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Text in one or more languages: `{ "fr": "…", "en": "…" }`, keys are BCP 47 tags. */
export function localizedText<const O extends { optional?: boolean; max?: number; example?: unknown } = {}>(options?: O) {
  return {
    type: 'record',
    of: { type: 'string', min: 1, ...(options?.max ? { max: options.max } : {}) },
    keyPattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    keyFormat: { fr: 'un code de langue comme "fr" ou "en"', en: 'a language code such as "fr" or "en"' },
    min: 1,
    optional: (options?.optional ?? false) as O extends { optional: true } ? true : false,
    example: options?.example ?? { fr: 'Texte en français', en: 'Text in English' },
  } as const;
}

/** Item ids: letters, digits and `. _ : / -`, starting with a letter or digit. */
export const ITEM_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,199}$/u;
export const ITEM_ID_FIELD = {
  type: 'string',
  pattern: ITEM_ID_PATTERN,
  format: { fr: 'lettres, chiffres et . _ : / -', en: 'letters, digits and . _ : / -' },
  example: 'mairie-centre',
} as const satisfies StringField;

/**
 * An item validator for `validatePack` from a description of an item's fields (without `id` and
 * `$merge`, which the envelope checks). The returned function honours partial overrides.
 *
 * ```ts
 * const TIP = { type: 'object', fields: { title: localizedText(), co2: { type: 'number', min: 0 } } } as const;
 * type Tip = Infer<typeof TIP> & { id: string };
 * validatePack(data, { kind: 'ancre/tips', validateItem: itemValidator(TIP) });
 * ```
 */
export function itemValidator(desc: ObjectField): ItemValidator {
  const withEnvelope: ObjectField = {
    ...desc,
    fields: { ...desc.fields, id: ITEM_ID_FIELD, $merge: { type: 'boolean', optional: true } },
  };
  return (item: unknown, path: string, context?: ItemCheckContext) =>
    checkField(withEnvelope, item, path, {
      locale: context?.locale ?? 'fr',
      partial: context?.partial ?? false,
      ...(context?.source ? { source: context.source } : {}),
    });
}
