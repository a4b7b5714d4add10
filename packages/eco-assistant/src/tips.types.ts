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
/** Item ids, as core's packs accept them: letters, digits and `. _ : / -`, starting with a letter or digit. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,199}$/u;
type Lang = 'fr' | 'en';
/** Picks the message in the author's language (French by default, as core's pack messages). */
const say = (lang: Lang, fr: string, en: string): string => (lang === 'en' ? en : fr);
const list = (values: readonly unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/**
 * Checks one tip of a pack; returns problems with JSON paths under `path` (e.g. `$.items[3]`), messages
 * in `context.locale` (French by default). Matches core's `ItemValidator` (pass it as `validateItem`).
 * An unknown field is a warning; with `context.partial` (an override with `"$merge": true`) absent
 * fields are not reported.
 */
export function validateTip(item: unknown, path: string, context: TipCheckContext = {}): TipProblem[] {
  const all = collectTipProblems(item, path, context.locale ?? 'fr');
  const kept = context.partial ? all.filter((p) => p.code !== 'pack/missing-field' || !isAbsent(item, path, p.path)) : all;
  return context.source ? kept.map((p) => ({ ...p, source: context.source })) : kept;
}

/** True when the problem's path names a field absent from the item (a partial override may omit it). */
function isAbsent(item: unknown, base: string, at: string | undefined): boolean {
  if (!at || !at.startsWith(`${base}.`) || !isObject(item)) return false;
  const [field] = at.slice(base.length + 1).split('.');
  return field !== undefined && item[field] === undefined;
}

function collectTipProblems(item: unknown, path: string, lang: Lang): TipProblem[] {
  const problems: TipProblem[] = [];
  const add = (code: string, at: string, message: string, hint?: string) => problems.push({ code, path: at, message, ...(hint ? { hint } : {}) });
  if (!isObject(item)) {
    add(
      'pack/wrong-type',
      path,
      say(lang, 'Un geste doit être un objet.', 'A tip must be an object.'),
      say(lang, 'Écrivez le geste ainsi : { "id": …, "category": …, "title": {…}, … }.', 'Write the tip as { "id": …, "category": …, "title": {…}, … }.'),
    );
    return problems;
  }
  for (const key of Object.keys(item)) {
    if (key === '$merge' || (TIP_FIELDS as readonly string[]).includes(key)) continue;
    problems.push({
      code: 'pack/unknown-field',
      path: `${path}.${key}`,
      message: say(lang, `Champ inconnu "${key}" dans un geste : il sera ignoré.`, `Unknown field "${key}" in a tip: it is ignored.`),
      hint: say(lang, `Champs possibles : ${TIP_FIELDS.join(', ')}.`, `Allowed fields: ${TIP_FIELDS.join(', ')}.`),
      severity: 'warning',
    });
  }
  if (typeof item.id !== 'string' || !ID_PATTERN.test(item.id)) {
    add(
      item.id === undefined ? 'pack/missing-field' : 'pack/pattern',
      `${path}.id`,
      say(lang, 'Un geste a besoin d’un "id" : lettres, chiffres et . _ : / -, unique dans le pack.', 'A tip needs an "id": letters, digits and . _ : / -, unique in the pack.'),
      say(lang, 'Par exemple "id": "transport.velo".', 'For example "id": "transport.velo".'),
    );
  }
  if (!(TIP_CATEGORIES as readonly unknown[]).includes(item.category)) {
    add(
      item.category === undefined ? 'pack/missing-field' : 'pack/invalid-value',
      `${path}.category`,
      item.category === undefined
        ? say(lang, 'Un geste a besoin d’une "category".', 'A tip needs a "category".')
        : say(lang, `Catégorie inconnue : ${JSON.stringify(item.category)}.`, `Unknown category ${JSON.stringify(item.category)}.`),
      say(lang, `Choisissez parmi : ${list(TIP_CATEGORIES)}.`, `Use one of: ${list(TIP_CATEGORIES)}.`),
    );
  }
  const kg = item.kgCo2ePerYear;
  if (kg === undefined) {
    add(
      'pack/missing-field',
      `${path}.kgCo2ePerYear`,
      say(lang, 'Un geste a besoin de "kgCo2ePerYear" (un nombre, ou null si on ne le connaît pas).', 'A tip needs "kgCo2ePerYear" (a number, or null when unknown).'),
      say(lang, 'Écrivez null plutôt que de deviner un chiffre.', 'Write null rather than guess a figure.'),
    );
  } else if (kg !== null && (typeof kg !== 'number' || !Number.isFinite(kg) || kg <= 0)) {
    add(
      'pack/invalid-value',
      `${path}.kgCo2ePerYear`,
      say(lang, '"kgCo2ePerYear" doit être un nombre positif ou null.', '"kgCo2ePerYear" must be a positive number or null.'),
      say(lang, 'Donnez l’économie par an en kg CO2e, ou null.', 'Give the yearly saving in kg CO2e, or null.'),
    );
  }
  if (item.applicability !== undefined) validateCondition(item.applicability, `${path}.applicability`, problems, lang);
  for (const key of ['title', 'advice', 'howToStart', 'saves'] as const) validateLocalized(item[key], `${path}.${key}`, key, problems, lang);
  if (item.keywords !== undefined) {
    if (!isObject(item.keywords)) add('pack/invalid-value', `${path}.keywords`, say(lang, '"keywords" doit être { "fr": [...], "en": [...] }.', '"keywords" must be { "fr": [...], "en": [...] }.'));
    else {
      for (const l of ['fr', 'en'] as const) {
        const words = item.keywords[l];
        if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === '')) {
          add(
            'pack/invalid-value',
            `${path}.keywords.${l}`,
            say(lang, `"keywords.${l}" doit être une liste de mots non vides.`, `"keywords.${l}" must be a list of non-empty words.`),
            say(lang, 'Par exemple ["vélo", "bicyclette"].', 'For example ["vélo", "bicyclette"].'),
          );
        }
      }
    }
  }
  if (!isObject(item.source)) {
    add(
      'pack/missing-field',
      `${path}.source`,
      say(lang, 'Un geste a besoin d’une "source" ({ "name", "licence" }).', 'A tip needs a "source" ({ "name", "licence" }).'),
      say(lang, 'Dites d’où vient le chiffre, même quand il vaut null.', 'Say where the figure comes from, even when it is null.'),
    );
  } else {
    for (const key of ['name', 'licence'] as const) {
      if (typeof item.source[key] !== 'string' || (item.source[key] as string).trim() === '') {
        add('pack/missing-field', `${path}.source.${key}`, say(lang, `"source.${key}" doit être un texte non vide.`, `"source.${key}" must be a non-empty text.`));
      }
    }
    for (const key of ['url', 'rule', 'note'] as const) {
      if (item.source[key] !== undefined && typeof item.source[key] !== 'string') {
        add('pack/invalid-value', `${path}.source.${key}`, say(lang, `"source.${key}" doit être un texte.`, `"source.${key}" must be a text.`));
      }
    }
    if (typeof item.source.url === 'string' && !/^https?:\/\/\S+$/.test(item.source.url)) {
      add('pack/invalid-value', `${path}.source.url`, say(lang, '"source.url" doit commencer par http:// ou https://.', '"source.url" must start with http:// or https://.'));
    }
  }
  if (item.supersedes !== undefined && (!Array.isArray(item.supersedes) || item.supersedes.some((s) => typeof s !== 'string' || !ID_PATTERN.test(s)))) {
    add(
      'pack/invalid-value',
      `${path}.supersedes`,
      say(lang, '"supersedes" doit être une liste d’id de gestes.', '"supersedes" must be a list of tip ids.'),
      say(lang, 'Par exemple ["ngc.alimentation.devenir-vegetarien"].', 'For example ["ngc.alimentation.devenir-vegetarien"].'),
    );
  }
  return problems;
}

function validateLocalized(value: unknown, at: string, key: string, problems: AncreProblem[], lang: Lang): void {
  if (!isObject(value)) {
    problems.push({
      code: 'pack/missing-field',
      path: at,
      message: say(lang, `Un geste a besoin de "${key}" en français et en anglais.`, `A tip needs "${key}" in French and English.`),
      hint: say(lang, `Écrivez "${key}": { "fr": "…", "en": "…" }.`, `Write "${key}": { "fr": "…", "en": "…" }.`),
    });
    return;
  }
  for (const l of ['fr', 'en'] as const) {
    if (typeof value[l] !== 'string' || (value[l] as string).trim() === '') {
      problems.push({ code: 'pack/missing-field', path: `${at}.${l}`, message: say(lang, `"${key}.${l}" doit être un texte non vide.`, `"${key}.${l}" must be a non-empty text.`) });
    }
  }
}

/** Checks a condition tree; problems get JSON paths under `at`, messages in `lang` (French by default). */
export function validateCondition(value: unknown, at: string, problems: AncreProblem[] = [], lang: Lang = 'fr'): AncreProblem[] {
  const hint = say(
    lang,
    'Une condition s’écrit { "is": { "car": ["petrol", "diesel"] } }, { "all": [...] }, { "any": [...] } ou { "not": {...} }.',
    'A condition is { "is": { "car": ["petrol", "diesel"] } }, { "all": [...] }, { "any": [...] } or { "not": {...} }.',
  );
  const add = (path: string, fr: string, en: string, h: string | undefined = hint) =>
    problems.push({ code: 'pack/invalid-condition', path, message: say(lang, fr, en), ...(h ? { hint: h } : {}) });
  if (!isObject(value) || Object.keys(value).length !== 1) {
    add(at, 'Une condition est un objet avec un seul de "is", "all", "any", "not".', 'A condition must be an object with exactly one of "is", "all", "any", "not".');
    return problems;
  }
  const [op] = Object.keys(value) as [string];
  const arg = value[op];
  if (op === 'all' || op === 'any') {
    if (!Array.isArray(arg) || arg.length === 0) add(`${at}.${op}`, `"${op}" doit être une liste non vide de conditions.`, `"${op}" must be a non-empty list of conditions.`);
    else arg.forEach((c, i) => validateCondition(c, `${at}.${op}[${i}]`, problems, lang));
  } else if (op === 'not') {
    validateCondition(arg, `${at}.not`, problems, lang);
  } else if (op === 'is') {
    if (!isObject(arg) || Object.keys(arg).length === 0) {
      add(`${at}.is`, '"is" doit nommer au moins une clé de la situation.', '"is" must name at least one situation key.');
      return problems;
    }
    for (const [key, expected] of Object.entries(arg)) {
      const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
      if (!allowed) {
        add(`${at}.is.${key}`, `Clé de situation inconnue : "${key}".`, `Unknown situation key "${key}".`, say(lang, `Choisissez parmi : ${list(SITUATION_KEYS)}.`, `Use one of: ${list(SITUATION_KEYS)}.`));
        continue;
      }
      const values = Array.isArray(expected) ? expected : [expected];
      if (values.length === 0) add(`${at}.is.${key}`, `La liste des valeurs de "${key}" est vide.`, `The list of values for "${key}" is empty.`);
      values.forEach((v, i) => {
        if (!allowed.includes(v)) {
          add(
            Array.isArray(expected) ? `${at}.is.${key}[${i}]` : `${at}.is.${key}`,
            `${JSON.stringify(v)} n’est pas une valeur de "${key}".`,
            `${JSON.stringify(v)} is not a value of "${key}".`,
            say(lang, `Choisissez parmi : ${list(allowed)}.`, `Use one of: ${list(allowed)}.`),
          );
        }
      });
    }
  } else {
    add(`${at}.${op}`, `Opérateur de condition inconnu : "${op}".`, `Unknown condition operator "${op}".`);
  }
  return problems;
}
