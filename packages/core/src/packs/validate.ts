import type { Locale } from '../i18n/locale.js';
import { checkField, isPlainObject, ITEM_ID_FIELD, joinPath, packProblem, type ObjectField } from './describe.js';
import { toJsonValue } from './sanitize.js';
import type { ItemValidator, PackEnvelope, PackProblem } from './types.js';

/** `1.2.3`, `1.0.0-beta.2`, `2.1.0+build.5`. */
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Pack ids: lower-case letters, digits, `.`, `_`, `-`. */
export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/**
 * The envelope, described with the same field descriptions widgets use for their items. `items`
 * is only checked to be a list here: each item is checked by `validateItem`.
 */
export const ENVELOPE = {
  type: 'object',
  extra: 'warn',
  fields: {
    $schema: { type: 'string', optional: true },
    kind: {
      type: 'string',
      pattern: /^[a-z0-9-]+\/[a-z0-9-]+$/,
      format: { fr: 'espace/type', en: 'namespace/kind' },
      example: 'ancre/services',
    },
    id: {
      type: 'string',
      pattern: PACK_ID_PATTERN,
      format: { fr: 'minuscules, chiffres, . _ -', en: 'lower case, digits, . _ -' },
      example: 'ain.bourg-en-bresse.services',
    },
    version: {
      type: 'string',
      pattern: SEMVER_PATTERN,
      format: { fr: 'version MAJEURE.MINEURE.CORRECTIF', en: 'version MAJOR.MINOR.PATCH' },
      example: '1.0.0',
    },
    locale: {
      type: 'string',
      pattern: /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      format: { fr: 'code de langue BCP 47', en: 'BCP 47 language tag' },
      example: 'fr',
    },
    licence: { type: 'string', min: 1, max: 200, example: 'Licence Ouverte 2.0' },
    title: { type: 'string', optional: true, min: 1, max: 200, example: 'Services publics du Bugey' },
    attribution: {
      type: 'string',
      optional: true,
      min: 1,
      max: 500,
      example: 'Agence nationale de la cohésion des territoires (ANCT), Licence Ouverte 2.0',
    },
    date: {
      type: 'string',
      optional: true,
      pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      format: { fr: 'date AAAA-MM-JJ', en: 'date YYYY-MM-DD' },
      example: '2026-11-01',
    },
    sources: {
      type: 'array',
      min: 1,
      example: [{ name: 'Service-Public.fr', url: 'https://www.service-public.fr/', licence: 'Licence Ouverte 2.0', date: '2026-11-01' }],
      of: {
        type: 'object',
        extra: 'warn',
        fields: {
          name: { type: 'string', min: 1, max: 300, example: 'Mairie de Bourg-en-Bresse' },
          url: {
            type: 'string',
            optional: true,
            pattern: /^https?:\/\/\S+$/,
            format: { fr: 'adresse web en http ou https', en: 'web address in http or https' },
            example: 'https://www.service-public.fr/',
          },
          licence: { type: 'string', optional: true, min: 1, max: 200, example: 'Licence Ouverte 2.0' },
          date: {
            type: 'string',
            optional: true,
            pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
            format: { fr: 'date AAAA-MM-JJ', en: 'date YYYY-MM-DD' },
            example: '2026-11-01',
          },
        },
      },
    },
    extends: {
      type: 'string',
      optional: true,
      min: 1,
      max: 2000,
      example: 'fr.national.services',
    },
    items: { type: 'array', of: { type: 'any' }, example: [] },
    remove: { type: 'array', optional: true, of: ITEM_ID_FIELD },
  },
} as const satisfies ObjectField;

export interface ValidatePackOptions {
  /** The kind this widget reads, e.g. `ancre/services`. */
  kind: string;
  /** Checks one item (see `itemValidator` to build one from a description). */
  validateItem?: ItemValidator;
  /** File, URL or label copied into every problem. */
  source?: string;
  /** Language of messages. Default French. */
  locale?: Locale;
}

export interface ValidatePackResult<T extends { id: string }> {
  /** The pack, a clean copy, present when no problem is an error (warnings allowed). */
  pack?: PackEnvelope<T>;
  /** Every problem found, errors and warnings, in document order. */
  problems: PackProblem[];
}

/** True when a problem blocks loading (an error, or no severity). */
export const isBlocking = (p: PackProblem): boolean => p.severity !== 'warning';

/**
 * Checks a parsed pack and reports every problem at once: envelope fields, kind, each item
 * (through `validateItem`), duplicate ids, unknown fields (warnings with a "did you mean"),
 * forbidden keys (`__proto__`, `constructor`, `prototype`) and non-JSON values. Never throws.
 */
export function validatePack<T extends { id: string } = { id: string }>(
  data: unknown,
  options: ValidatePackOptions,
): ValidatePackResult<T> {
  const locale = options.locale ?? 'fr';
  const where = (path: string, severity?: 'error' | 'warning') => ({
    path,
    locale,
    ...(options.source ? { source: options.source } : {}),
    ...(severity ? { severity } : {}),
  });
  let clean: unknown;
  const problems: PackProblem[] = [];
  try {
    const copied = toJsonValue(data, { locale, ...(options.source ? { source: options.source } : {}) });
    clean = copied.value;
    problems.push(...copied.problems);
  } catch (error) {
    // A getter that throws, a proxy…: report, never throw.
    problems.push(packProblem('not-json', { what: error instanceof Error ? error.message : String(error) }, where('$')));
    return { problems };
  }
  if (!isPlainObject(clean)) {
    problems.push(packProblem('not-object-root', {}, where('$')));
    return { problems };
  }
  const pack = clean;
  const checkOptions = { locale, ...(options.source ? { source: options.source } : {}) };
  problems.push(...checkField(ENVELOPE, pack, '$', checkOptions));

  if (typeof pack['kind'] === 'string' && pack['kind'] !== options.kind && ENVELOPE.fields.kind.pattern.test(pack['kind'])) {
    problems.push(packProblem('wrong-kind', { expected: options.kind, actual: pack['kind'] }, where('$.kind')));
  }
  const hasBase = typeof pack['extends'] === 'string';
  if (Array.isArray(pack['remove']) && pack['remove'].length > 0 && !hasBase) {
    problems.push(packProblem('remove-without-base', {}, where('$.remove', 'warning')));
  }

  if (Array.isArray(pack['items'])) {
    const firstIndex = new Map<string, number>();
    pack['items'].forEach((item, index) => {
      const path = joinPath('$.items', index);
      if (!isPlainObject(item)) {
        problems.push(...checkField({ type: 'object', fields: {} }, item, path, checkOptions));
        return;
      }
      const partial = item['$merge'] === true;
      const id = item['id'];
      if (typeof id === 'string') {
        const first = firstIndex.get(id);
        if (first !== undefined) problems.push(packProblem('duplicate-id', { id, first: joinPath('$.items', first) }, where(joinPath(path, 'id'))));
        else firstIndex.set(id, index);
        if (partial && !hasBase) problems.push(packProblem('merge-without-base', { id }, where(joinPath(path, '$merge'))));
      }
      if (options.validateItem) {
        try {
          problems.push(...options.validateItem(item, path, { locale, partial, ...(options.source ? { source: options.source } : {}) }));
        } catch (error) {
          problems.push({ code: 'pack/validator', message: String(error instanceof Error ? error.message : error), path, ...(options.source ? { source: options.source } : {}) });
        }
      } else {
        // Without a widget validator, still require a well-formed id.
        problems.push(
          ...checkField({ type: 'object', extra: 'allow', fields: { id: ITEM_ID_FIELD } }, item, path, checkOptions),
        );
      }
    });
  }
  problems.sort(byPath);
  return problems.some(isBlocking) ? { problems } : { pack: pack as unknown as PackEnvelope<T>, problems };
}

/** Document order by item: envelope problems first, then item by item (a stable sort). */
function byPath(a: PackProblem, b: PackProblem): number {
  return itemIndex(a.path) - itemIndex(b.path);
}

function itemIndex(path: string | undefined): number {
  const m = /^\$\.items\[(\d+)\]/.exec(path ?? '');
  return m ? Number(m[1]) : -1;
}
