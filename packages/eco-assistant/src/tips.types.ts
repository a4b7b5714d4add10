// The tips pack contract: types, the value sets that drive them, applicability and validation.
// Pure module: no DOM, no I/O; imported by the SDK, the element, the stories and the CLI.
import type { AncreProblem } from '@ancre/core';

/** Our categories: the five Nos Gestes Climat ones mapped to ours, plus `digital` and `public-services`. */
export const TIP_CATEGORIES = ['food', 'housing', 'transport', 'consumption', 'digital', 'public-services'] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** A text in French (first) and English. */
export type Localized = { fr: string; en: string };

/** Values of each `Situation` key: they drive the types, validation and story controls. */
export const HOUSING_VALUES = ['apartment', 'house'] as const;
export const HEATING_VALUES = ['gas', 'oil', 'electric', 'heat-pump', 'wood', 'district', 'unknown'] as const;
export const CAR_VALUES = ['none', 'petrol', 'diesel', 'electric', 'hybrid'] as const;
export const FLIGHTS_VALUES = ['none', 'sometimes', 'often'] as const;
export const DIET_VALUES = ['meat-daily', 'meat-sometimes', 'vegetarian', 'vegan'] as const;
export const GARDEN_VALUES = [true, false] as const;

/**
 * What the person told us about their life. Every key is optional: a key the person has not answered
 * never excludes a tip (see `isApplicable`).
 */
export interface Situation {
  housing?: 'apartment' | 'house';
  heating?: 'gas' | 'oil' | 'electric' | 'heat-pump' | 'wood' | 'district' | 'unknown';
  car?: 'none' | 'petrol' | 'diesel' | 'electric' | 'hybrid';
  flights?: 'none' | 'sometimes' | 'often';
  diet?: 'meat-daily' | 'meat-sometimes' | 'vegetarian' | 'vegan';
  garden?: boolean;
}

/** Allowed values per `Situation` key (validation, story controls, flow editors). */
export const SITUATION_VALUES = {
  housing: HOUSING_VALUES,
  heating: HEATING_VALUES,
  car: CAR_VALUES,
  flights: FLIGHTS_VALUES,
  diet: DIET_VALUES,
  garden: GARDEN_VALUES,
} as const satisfies { [K in keyof Situation]-?: readonly NonNullable<Situation[K]>[] };

export type SituationKey = keyof Situation;
export const SITUATION_KEYS = Object.keys(SITUATION_VALUES) as SituationKey[];

/**
 * When a tip applies. `is` tests situation keys (a value or a list of accepted values; several keys
 * in one `is` must all hold); `all`, `any`, `not` combine conditions.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { is: { [K in keyof Situation]?: Situation[K] | Situation[K][] } };

/** One everyday gesture. */
export interface Tip {
  /** Stable id, unique within a pack (the default pack uses the Nos Gestes Climat rule name). */
  id: string;
  category: TipCategory;
  /** Yearly saving in kg CO2e for the reference situation, or `null` when no figure is known. */
  kgCo2ePerYear: number | null;
  /** When the tip applies; absent = always. */
  applicability?: Condition;
  title: Localized;
  /** One or two short sentences. */
  advice: Localized;
  /** One concrete first step. */
  howToStart: Localized;
  /** What it saves, in words. */
  saves: Localized;
  /** Words people would type (free-text matching). */
  keywords?: { fr: string[]; en: string[] };
  /** Where the figure comes from: name, licence, optional URL, model rule and how it was computed. */
  source: { name: string; licence: string; url?: string; rule?: string; note?: string };
  /**
   * Ids of tips this one includes (Nos Gestes Climat's `action.dépasse`): "become vegetarian" includes
   * "eat meat twice a week". Do not add both to a total; prefer showing only one of them.
   */
  supersedes?: string[];
}

/** A problem found in a tip: core's `AncreProblem`, plus a severity (an unknown field is only a warning). */
export type TipProblem = AncreProblem & { severity?: 'error' | 'warning' };

/** Context a pack validator may pass (same shape as core's `ItemCheckContext`). */
export interface TipCheckContext {
  locale?: 'fr' | 'en';
  /** An override with `"$merge": true`: only the fields it gives are checked. */
  partial?: boolean;
  /** File or URL copied into each problem. */
  source?: string;
}

/**
 * Whether a condition holds for a situation. A test on a key the person has not answered counts as
 * true (applicable): we only exclude what we know does not apply. Under `not`, an unanswered key also
 * keeps the tip (the inner test is treated as unknown, not as true).
 */
export function evaluateCondition(condition: Condition, situation: Situation): boolean {
  return evaluate(condition, situation) !== false;
}

/** Three-valued evaluation: `true`, `false`, or `undefined` when it depends on an unanswered key. */
function evaluate(condition: Condition, situation: Situation): boolean | undefined {
  if ('all' in condition) {
    let unknown = false;
    for (const c of condition.all) {
      const r = evaluate(c, situation);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const c of condition.any) {
      const r = evaluate(c, situation);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const r = evaluate(condition.not, situation);
    return r === undefined ? undefined : !r;
  }
  let unknown = false;
  for (const key of Object.keys(condition.is) as SituationKey[]) {
    const expected = condition.is[key];
    if (expected === undefined) continue;
    const actual = situation[key];
    if (actual === undefined) {
      unknown = true;
      continue;
    }
    const accepted: unknown[] = Array.isArray(expected) ? expected : [expected];
    if (!accepted.includes(actual)) return false;
  }
  return unknown ? undefined : true;
}

/** Whether a tip applies to a person; a condition on a key they have not answered counts as applicable. */
export function isApplicable(tip: Tip, situation: Situation): boolean {
  return tip.applicability === undefined || evaluateCondition(tip.applicability, situation);
}

// ---------------------------------------------------------------------------------------------
// Validation (used by core's pack validator as `validateItem`, and by `ancre validate`).

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const TIP_FIELDS = ['id', 'category', 'kgCo2ePerYear', 'applicability', 'title', 'advice', 'howToStart', 'saves', 'keywords', 'source', 'supersedes'] as const;
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,199}$/u;

/**
 * Checks one tip of a pack; returns problems with JSON paths under `path` (e.g. `$.items[3]`).
 * Matches core's `ItemValidator` (pass it as `validateItem`). An unknown field is a warning; with
 * `context.partial` (an override with `"$merge": true`) absent fields are not reported.
 */
export function validateTip(item: unknown, path: string, context: TipCheckContext = {}): TipProblem[] {
  const all = collectTipProblems(item, path);
  const kept = context.partial ? all.filter((p) => p.code !== 'pack/missing-field' || !isAbsent(item, path, p.path)) : all;
  return context.source ? kept.map((p) => ({ ...p, source: context.source })) : kept;
}

/** True when the problem's path names a field absent from the item (a partial override may omit it). */
function isAbsent(item: unknown, base: string, at: string | undefined): boolean {
  if (!at || !at.startsWith(`${base}.`) || !isObject(item)) return false;
  const [field] = at.slice(base.length + 1).split('.');
  return field !== undefined && item[field] === undefined;
}

function collectTipProblems(item: unknown, path: string): TipProblem[] {
  const problems: TipProblem[] = [];
  const add = (code: string, at: string, message: string, hint?: string) =>
    problems.push({ code, path: at, message, ...(hint ? { hint } : {}) });
  if (!isObject(item)) {
    add('pack/wrong-type', path, 'A tip must be an object.', 'Write the tip as { "id": …, "category": …, "title": {…}, … }.');
    return problems;
  }
  for (const key of Object.keys(item)) {
    if (key === '$merge') continue;
    if (!(TIP_FIELDS as readonly string[]).includes(key)) {
      problems.push({ code: 'pack/unknown-field', path: `${path}.${key}`, message: `Unknown field "${key}" in a tip.`, hint: `Allowed fields: ${TIP_FIELDS.join(', ')}.`, severity: 'warning' });
    }
  }
  if (typeof item.id !== 'string' || !ID_PATTERN.test(item.id)) {
    add(
      item.id === undefined ? 'pack/missing-field' : 'pack/pattern',
      `${path}.id`,
      'A tip needs an "id": letters, digits and . _ : / -, unique in the pack.',
      'Add "id": "transport.velo" for example.',
    );
  }
  if (!(TIP_CATEGORIES as readonly unknown[]).includes(item.category)) {
    add(
      item.category === undefined ? 'pack/missing-field' : 'pack/invalid-value',
      `${path}.category`,
      item.category === undefined ? 'A tip needs a "category".' : `Unknown category ${JSON.stringify(item.category)}.`,
      `Use one of: ${TIP_CATEGORIES.join(', ')}.`,
    );
  }
  const kg = item.kgCo2ePerYear;
  if (kg === undefined) {
    add('pack/missing-field', `${path}.kgCo2ePerYear`, 'A tip needs "kgCo2ePerYear" (a number, or null when unknown).', 'Write null rather than guess a figure.');
  } else if (kg !== null && (typeof kg !== 'number' || !Number.isFinite(kg) || kg < 0)) {
    add('pack/invalid-value', `${path}.kgCo2ePerYear`, '"kgCo2ePerYear" must be a positive number or null.', 'Give the yearly saving in kg CO2e, or null.');
  }
  if (item.applicability !== undefined) validateCondition(item.applicability, `${path}.applicability`, problems);
  for (const key of ['title', 'advice', 'howToStart', 'saves'] as const) validateLocalized(item[key], `${path}.${key}`, key, problems);
  if (item.keywords !== undefined) {
    if (!isObject(item.keywords)) add('pack/invalid-value', `${path}.keywords`, '"keywords" must be { "fr": [...], "en": [...] }.');
    else {
      for (const lang of ['fr', 'en'] as const) {
        const list = item.keywords[lang];
        if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w.trim() === '')) {
          add('pack/invalid-value', `${path}.keywords.${lang}`, `"keywords.${lang}" must be a list of non-empty words.`, 'Write ["vélo", "bicyclette"] for example.');
        }
      }
    }
  }
  if (!isObject(item.source)) {
    add('pack/missing-field', `${path}.source`, 'A tip needs a "source" ({ "name", "licence" }).', 'Say where the figure comes from, even when it is null.');
  } else {
    for (const key of ['name', 'licence'] as const) {
      if (typeof item.source[key] !== 'string' || (item.source[key] as string).trim() === '') {
        add('pack/missing-field', `${path}.source.${key}`, `"source.${key}" must be a non-empty text.`);
      }
    }
    for (const key of ['url', 'rule', 'note'] as const) {
      if (item.source[key] !== undefined && typeof item.source[key] !== 'string') add('pack/invalid-value', `${path}.source.${key}`, `"source.${key}" must be a text.`);
    }
    if (typeof item.source.url === 'string' && !/^https?:\/\//.test(item.source.url)) {
      add('pack/invalid-value', `${path}.source.url`, '"source.url" must start with http:// or https://.');
    }
  }
  if (item.supersedes !== undefined && (!Array.isArray(item.supersedes) || item.supersedes.some((s) => typeof s !== 'string' || !ID_PATTERN.test(s)))) {
    add('pack/invalid-value', `${path}.supersedes`, '"supersedes" must be a list of tip ids.', 'Write ["ngc.alimentation.devenir-vegetarien"] for example.');
  }
  return problems;
}

function validateLocalized(value: unknown, at: string, key: string, problems: AncreProblem[]): void {
  if (!isObject(value)) {
    problems.push({ code: 'pack/missing-field', path: at, message: `A tip needs "${key}" in French and English.`, hint: `Write "${key}": { "fr": "…", "en": "…" }.` });
    return;
  }
  for (const lang of ['fr', 'en'] as const) {
    if (typeof value[lang] !== 'string' || (value[lang] as string).trim() === '') {
      problems.push({ code: 'pack/missing-field', path: `${at}.${lang}`, message: `"${key}.${lang}" must be a non-empty text.` });
    }
  }
}

/** Checks a condition tree; problems get JSON paths under `at`. */
export function validateCondition(value: unknown, at: string, problems: AncreProblem[] = []): AncreProblem[] {
  const hint = 'A condition is { "is": { "car": ["petrol", "diesel"] } }, { "all": [...] }, { "any": [...] } or { "not": {...} }.';
  if (!isObject(value) || Object.keys(value).length !== 1) {
    problems.push({ code: 'pack/invalid-condition', path: at, message: 'A condition must be an object with exactly one of "is", "all", "any", "not".', hint });
    return problems;
  }
  const [op] = Object.keys(value) as [string];
  const arg = value[op];
  if (op === 'all' || op === 'any') {
    if (!Array.isArray(arg) || arg.length === 0) problems.push({ code: 'pack/invalid-condition', path: `${at}.${op}`, message: `"${op}" must be a non-empty list of conditions.`, hint });
    else arg.forEach((c, i) => validateCondition(c, `${at}.${op}[${i}]`, problems));
  } else if (op === 'not') {
    validateCondition(arg, `${at}.not`, problems);
  } else if (op === 'is') {
    if (!isObject(arg) || Object.keys(arg).length === 0) {
      problems.push({ code: 'pack/invalid-condition', path: `${at}.is`, message: '"is" must name at least one situation key.', hint });
      return problems;
    }
    for (const [key, expected] of Object.entries(arg)) {
      const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
      if (!allowed) {
        problems.push({ code: 'pack/invalid-condition', path: `${at}.is.${key}`, message: `Unknown situation key "${key}".`, hint: `Use one of: ${SITUATION_KEYS.join(', ')}.` });
        continue;
      }
      const values = Array.isArray(expected) ? expected : [expected];
      if (values.length === 0) problems.push({ code: 'pack/invalid-condition', path: `${at}.is.${key}`, message: `The list of values for "${key}" is empty.` });
      values.forEach((v, i) => {
        if (!allowed.includes(v)) {
          problems.push({
            code: 'pack/invalid-condition',
            path: Array.isArray(expected) ? `${at}.is.${key}[${i}]` : `${at}.is.${key}`,
            message: `${JSON.stringify(v)} is not a value of "${key}".`,
            hint: `Use one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`,
          });
        }
      });
    }
  } else {
    problems.push({ code: 'pack/invalid-condition', path: `${at}.${op}`, message: `Unknown condition operator "${op}".`, hint });
  }
  return problems;
}
