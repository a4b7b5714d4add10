import type { Locale } from '../i18n/locale.js';
import { isPlainObject, joinPath, packProblem } from './describe.js';
import { FORBIDDEN_KEYS } from './sanitize.js';
import type { MergedPack, PackEnvelope, PackOrigin, PackProblem, PackSource } from './types.js';

export interface MergeOptions {
  /** Language of messages. Default French. */
  locale?: Locale;
  /** Where the local pack was read from (copied into problems and into `origins`). */
  source?: string;
  /** Where the base pack was read from, when `base` is not already merged. */
  baseSource?: string;
}

export interface MergeResult<T extends { id: string }> {
  pack: MergedPack<T>;
  /** `remove` entries that match nothing (warnings), `$merge` items without a base item (errors). */
  problems: PackProblem[];
}

const isMerged = <T extends { id: string }>(p: PackEnvelope<T> | MergedPack<T>): p is MergedPack<T> =>
  'origins' in p && 'chain' in p;

export const originOf = (pack: PackEnvelope<{ id: string }>, source?: string): PackOrigin => ({
  id: pack.id,
  version: pack.version,
  licence: pack.licence,
  ...(source ? { source } : {}),
});

/**
 * Applies a local pack over its base:
 * - a local item with a new id is **added** (after the base items, in local order);
 * - a local item with the id of a base item **replaces it whole** (predictable: what you write is what
 *   shows), unless it says `"$merge": true`, then its fields are merged over the base item's
 *   (objects field by field, recursively; lists and plain values replaced);
 * - ids listed in `remove` are **dropped**.
 * The result keeps the local envelope (kind, id, version, locale, licence), the union of the sources
 * (base first), the chain of packs and, for each item, the pack it comes from. Inputs are not
 * modified. Both packs are expected to be validated already.
 */
export function mergePacks<T extends { id: string }>(
  base: PackEnvelope<T> | MergedPack<T>,
  local: PackEnvelope<T>,
  options: MergeOptions = {},
): MergeResult<T> {
  const locale = options.locale ?? 'fr';
  const problems: PackProblem[] = [];
  const where = (path: string, severity?: 'warning') => ({
    path,
    locale,
    ...(options.source ? { source: options.source } : {}),
    ...(severity ? { severity } : {}),
  });
  const baseOrigin = isMerged(base) ? undefined : originOf(base, options.baseSource);
  const localOrigin = originOf(local, options.source);
  const baseOrigins: Record<string, PackOrigin> = Object.create(null) as Record<string, PackOrigin>;
  for (const item of base.items) baseOrigins[item.id] = isMerged(base) ? (base.origins[item.id] ?? localOrigin) : baseOrigin!;

  const byId = new Map<string, T>(base.items.map((item) => [item.id, item]));
  const removed = new Set<string>();
  (local.remove ?? []).forEach((id, index) => {
    if (!byId.has(id)) problems.push(packProblem('remove-unknown', { id, base: base.id }, where(joinPath('$.remove', index), 'warning')));
    removed.add(id);
  });

  const replaced = new Map<string, T>();
  const added: T[] = [];
  local.items.forEach((item, index) => {
    const { $merge, ...rest } = item as T & { $merge?: boolean };
    const own = rest as unknown as T;
    const previous = byId.get(item.id);
    if ($merge === true) {
      if (!previous || removed.has(item.id)) {
        problems.push(packProblem('merge-target-missing', { id: item.id, base: base.id }, where(joinPath(joinPath('$.items', index), '$merge'))));
        return;
      }
      replaced.set(item.id, deepMerge(previous, own) as T);
    } else if (previous && !removed.has(item.id)) replaced.set(item.id, own);
    else added.push(own);
  });

  const origins: Record<string, PackOrigin> = Object.create(null) as Record<string, PackOrigin>;
  const items: T[] = [];
  for (const item of base.items) {
    if (removed.has(item.id)) continue;
    const replacement = replaced.get(item.id);
    items.push(replacement ?? item);
    origins[item.id] = replacement ? localOrigin : baseOrigins[item.id]!;
  }
  for (const item of added) {
    items.push(item);
    origins[item.id] = localOrigin;
  }

  const chain = isMerged(base) ? [...base.chain, localOrigin] : [baseOrigin!, localOrigin];
  const pack: MergedPack<T> = {
    kind: local.kind,
    id: local.id,
    version: local.version,
    locale: local.locale,
    licence: local.licence,
    sources: unionSources(base.sources, local.sources),
    ...(local.extends ? { extends: local.extends } : {}),
    items,
    origins,
    chain,
  };
  return { pack, problems };
}

/** A pack with no base, in the merged shape (its own chain and origins). */
export function asMerged<T extends { id: string }>(pack: PackEnvelope<T>, source?: string): MergedPack<T> {
  const origin = originOf(pack, source);
  const origins = Object.create(null) as Record<string, PackOrigin>;
  for (const item of pack.items) origins[item.id] = origin;
  const { remove: _remove, ...rest } = pack;
  void _remove;
  return { ...rest, items: [...pack.items], origins, chain: [origin] };
}

/**
 * `patch` over `base`: plain objects merged key by key (recursively), anything else (lists, text,
 * numbers) replaced. Forbidden keys are skipped, so nothing can reach `Object.prototype`.
 */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) if (!FORBIDDEN_KEYS.has(key)) out[key] = base[key];
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key) || key === '$merge') continue;
    out[key] = deepMerge(out[key], patch[key]);
  }
  return out;
}

function unionSources(a: PackSource[], b: PackSource[]): PackSource[] {
  const seen = new Set<string>();
  const out: PackSource[] = [];
  for (const s of [...a, ...b]) {
    const key = `${s.name}\u0000${s.url ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
