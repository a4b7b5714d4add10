import type { Locale } from '../i18n/locale.js';
import { joinPath, packProblem } from './describe.js';
import type { PackProblem } from './types.js';

/** Keys that could reach `Object.prototype` through a careless merge: refused anywhere in a pack. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted in a pack (real packs stay under 10). */
export const MAX_DEPTH = 64;

/**
 * A clean copy of `data` made only of plain objects, arrays, strings, finite numbers, booleans and
 * null. Forbidden keys, functions, class instances, cycles and excessive depth are reported (with
 * their JSON path) and left out of the copy. The copy shares nothing with the input, so a page that
 * mutates the object it gave cannot change a validated pack behind the widget's back.
 */
export function toJsonValue(
  data: unknown,
  where: { locale?: Locale; source?: string } = {},
): { value: unknown; problems: PackProblem[] } {
  const problems: PackProblem[] = [];
  const seen = new Set<object>();
  const at = (path: string) => ({ path, locale: where.locale, source: where.source });

  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (value === undefined) return undefined; // as JSON.stringify does: an absent field
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      problems.push(packProblem('not-json', { what: String(value) }, at(path)));
      return undefined;
    }
    if (typeof value !== 'object') {
      problems.push(packProblem('not-json', { what: typeof value }, at(path)));
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      problems.push(packProblem('too-deep', { max: MAX_DEPTH }, at(path)));
      return undefined;
    }
    if (seen.has(value)) {
      problems.push(packProblem('circular', {}, at(path)));
      return undefined;
    }
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          const v = copy(value[i], joinPath(path, i), depth + 1);
          out.push(v === undefined ? null : v);
        }
        return out;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
        problems.push(packProblem('not-json', { what: typeof name === 'string' ? name : 'object' }, at(path)));
        return undefined;
      }
      // A null-prototype target: even a key that slipped through could not reach Object.prototype.
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        const keyPath = joinPath(path, key);
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(packProblem('forbidden-key', { key }, at(keyPath)));
          continue;
        }
        const v = copy((value as Record<string, unknown>)[key], keyPath, depth + 1);
        if (v !== undefined) out[key] = v;
      }
      // Hand back ordinary objects (tests and consumers compare with deep equality); the keys were
      // screened above, so the assignment into a normal object is safe.
      return Object.assign({}, out);
    } finally {
      seen.delete(value);
    }
  };

  return { value: copy(data, '$', 0), problems };
}
