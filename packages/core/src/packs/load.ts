import { fromPromise } from 'xstate';
import { AncreError, toProblems } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { fetchText } from './fetch-json.js';
import { isPlainObject, joinPath, packProblem } from './describe.js';
import { parseJson } from './json.js';
import { asMerged, mergePacks } from './merge.js';
import type { ItemValidator, MergedPack, PackEnvelope, PackProblem } from './types.js';
import { isBlocking, validatePack } from './validate.js';

/** Resolves an `extends` reference to the raw base pack (validated afterwards). */
export type ResolveBase = (ref: string, signal?: AbortSignal, context?: { from?: string }) => Promise<unknown>;

export interface LoadPackOptions {
  /** The kind the widget reads, e.g. `ancre/services`. */
  kind: string;
  /** Checks one item (see `itemValidator`). */
  validateItem?: ItemValidator;
  /** The pack given as a property: an object, or a JSON string. Wins over the other sources. */
  inline?: unknown;
  /** URL of the pack file (the widget's `src` attribute). Used when there is no inline pack and no child script. */
  src?: string | null;
  /** The widget: a direct child `<script type="application/json">` holds the pack. Read as text, never run. */
  host?: Element | null;
  /** How `extends` references are turned into base packs. Default: `defaultResolveBase`. */
  resolveBase?: ResolveBase;
  /** Base packs known by id (`id` or `id@version` keys), for the default resolver. */
  registry?: Readonly<Record<string, unknown>>;
  /** Cancels the load; a cancelled load rejects with the abort reason (not an `AncreError`). */
  signal?: AbortSignal;
  /** Per-request timeout in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Replaces `fetch` (tests). */
  fetchImpl?: typeof fetch;
  /** Language of the problems. Default French. */
  locale?: Locale;
  /** Longest chain of `extends`. Default 5. */
  maxDepth?: number;
  /** Label of an inline pack in problems. Default `inline pack` / `pack en ligne`. */
  source?: string;
}

export interface LoadPackResult<T extends { id: string }> {
  /** The validated pack with its `extends` chain merged. */
  pack: MergedPack<T>;
  /** Problems that did not stop loading (unknown fields, removals that matched nothing). */
  warnings: PackProblem[];
  /** Where the pack was read from. */
  source: string;
}

const SCRIPT_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Loads a content pack from, in this order, `inline`, the host's child `<script
 * type="application/json">`, or `src`; parses it (syntax errors give line and column), validates it,
 * resolves and merges its `extends` chain (cycle detection, depth limit), and re-checks items merged
 * with `"$merge": true`. Rejects with an `AncreError` carrying every problem (errors first, then
 * warnings), or with the abort reason when the caller cancelled.
 *
 * Fits an XState actor as is: `fromPromise(({ input, signal }) => loadPack({ ...input, signal }))`.
 */
export async function loadPack<T extends { id: string } = { id: string }>(options: LoadPackOptions): Promise<LoadPackResult<T>> {
  const locale = options.locale ?? 'fr';
  const { signal } = options;
  signal?.throwIfAborted();
  const fetchOptions = { ...fetchOptionsOf(options), locale };

  // 1. Read the local pack.
  let data: unknown;
  let source: string;
  let baseUrl: string | undefined;
  const script = options.inline == null && options.host ? options.host.querySelector(SCRIPT_SELECTOR) : null;
  if (options.inline != null) {
    source = options.source ?? (locale === 'fr' ? 'pack en ligne' : 'inline pack');
    data = typeof options.inline === 'string' ? parseJson(options.inline, { source, locale }) : options.inline;
  } else if (script) {
    source = options.source ?? scriptLabel(options.host!, script);
    data = parseJson(script.textContent ?? '', { source, locale });
  } else if (options.src) {
    source = absolute(options.src);
    baseUrl = source;
    data = parseJson(await fetchText(options.src, fetchOptions), { source, locale });
  } else {
    throw new AncreError(packProblem('no-source', {}, { locale, ...(options.source ? { source: options.source } : {}) }));
  }

  // 2. Validate it.
  const checked = validatePack<T>(data, { kind: options.kind, locale, source, ...(options.validateItem ? { validateItem: options.validateItem } : {}) });
  const warnings = checked.problems.filter((p) => !isBlocking(p));
  if (!checked.pack) throw new AncreError(errorsFirst(checked.problems));
  const local = checked.pack;

  // 3. Resolve the chain of bases, local first.
  const resolveBase = options.resolveBase ?? defaultResolveBase({ ...fetchOptions, registry: options.registry ?? {}, locale });
  const maxDepth = options.maxDepth ?? 5;
  const chain: { pack: PackEnvelope<T>; source: string }[] = [{ pack: local, source }];
  const seen = new Set<string>([local.id]);
  let current = local;
  let currentUrl = baseUrl;
  while (current.extends) {
    const ref = current.extends;
    const from = chain[chain.length - 1]!.source;
    const at = { locale, source: from, path: '$.extends' };
    if (chain.length > maxDepth) throw new AncreError(packProblem('extends-depth', { max: maxDepth }, at));
    const refUrl = isIdRef(ref) ? undefined : absolute(ref, currentUrl);
    const baseSource = refUrl ?? ref;
    let raw: unknown;
    try {
      raw = await resolveBase(refUrl ?? ref, signal, { ...(currentUrl ? { from: currentUrl } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (error instanceof AncreError) throw error;
      throw new AncreError(packProblem('extends-failed', { ref, reason: error instanceof Error ? error.message : String(error) }, at), { cause: error });
    }
    signal?.throwIfAborted();
    if (raw === undefined || raw === null) throw new AncreError(packProblem('extends-not-found', { ref }, at));
    const baseChecked = validatePack<T>(raw, {
      kind: options.kind,
      locale,
      source: baseSource,
      ...(options.validateItem ? { validateItem: options.validateItem } : {}),
    });
    if (!baseChecked.pack) throw new AncreError(errorsFirst(baseChecked.problems));
    const base = baseChecked.pack;
    const wanted = versionOf(ref);
    if (wanted && !versionMatches(base.version, wanted)) {
      throw new AncreError(packProblem('extends-version', { ref, found: base.version }, at));
    }
    if (seen.has(base.id)) {
      const names = [...chain.map((c) => c.pack.id), base.id].join(' → ');
      throw new AncreError(packProblem('extends-cycle', { chain: names }, at));
    }
    seen.add(base.id);
    warnings.push(...baseChecked.problems.filter((p) => !isBlocking(p)));
    chain.push({ pack: base, source: baseSource });
    current = base;
    currentUrl = refUrl ?? currentUrl;
  }

  // 4. Merge from the deepest base up, then re-check items completed with "$merge".
  chain.reverse();
  let merged = asMerged(chain[0]!.pack, chain[0]!.source);
  const mergeErrors: PackProblem[] = [];
  for (let k = 1; k < chain.length; k++) {
    const { pack, source: layerSource } = chain[k]!;
    const prev = chain[k - 1]!.pack;
    if (primary(prev.locale) !== primary(pack.locale)) {
      warnings.push(packProblem('locale-mismatch', { base: prev.locale, local: pack.locale }, { locale, source: layerSource, path: '$.locale', severity: 'warning' }));
    }
    const result = mergePacks(merged, pack, { locale, source: layerSource });
    merged = result.pack;
    warnings.push(...result.problems.filter((p) => !isBlocking(p)));
    mergeErrors.push(...result.problems.filter(isBlocking));
    if (options.validateItem) {
      pack.items.forEach((item, index) => {
        if ((item as { $merge?: unknown }).$merge !== true) return;
        const mergedItem = merged.items.find((i) => i.id === item.id);
        if (!mergedItem) return;
        mergeErrors.push(
          ...options.validateItem!(mergedItem, joinPath('$.items', index), { locale, partial: false, source: layerSource }).map((p) => ({
            ...p,
            source: layerSource,
          })),
        );
      });
    }
  }
  const blocking = mergeErrors.filter(isBlocking);
  if (blocking.length > 0) throw new AncreError([...blocking, ...warnings]);
  return { pack: merged, warnings, source };
}

/** Options of the default `extends` resolver. */
export interface DefaultResolverOptions {
  registry?: Readonly<Record<string, unknown>>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  locale?: Locale;
}

/**
 * The default `extends` resolver: a URL is fetched (http/https or relative); an id (`id`,
 * `id@version`) is looked up in `registry` by its exact key, then by bare id, then by the `id`
 * field of the registered packs.
 */
export function defaultResolveBase(options: DefaultResolverOptions = {}): ResolveBase {
  const registry = options.registry ?? {};
  return async (ref, signal) => {
    if (!isIdRef(ref)) {
      const text = await fetchText(ref, { ...options, ...(signal ? { signal } : {}) });
      return parseJson(text, { source: ref, locale: options.locale ?? 'fr' });
    }
    const bare = ref.split('@')[0]!;
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(registry, key) ? registry[key] : undefined);
    const found =
      own(ref) ??
      own(bare) ??
      Object.keys(registry)
        .map((key) => registry[key])
        .find((pack) => isPlainObject(pack) && pack['id'] === bare);
    return found;
  };
}

/** An id reference (`fr.national.services`, `fr.national.services@1.2`) rather than a URL. */
export function isIdRef(ref: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(@\d+(\.\d+){0,2}([-+][0-9A-Za-z.+-]*)?)?$/.test(ref) && !/\.json$/i.test(ref.split('@')[0]!);
}

const versionOf = (ref: string): string | undefined => (isIdRef(ref) && ref.includes('@') ? ref.slice(ref.indexOf('@') + 1) : undefined);

/** `1` matches 1.x.y, `1.2` matches 1.2.y, `1.2.3` matches exactly (build metadata ignored). */
export function versionMatches(version: string, wanted: string): boolean {
  const have = version.split('+')[0]!;
  const want = wanted.split('+')[0]!;
  if (have === want) return true;
  const a = have.split(/[.-]/);
  const b = want.split('.');
  if (b.length >= 3) return false;
  return b.every((part, i) => a[i] === part);
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? tag;

function errorsFirst(problems: PackProblem[]): PackProblem[] {
  return [...problems.filter(isBlocking), ...problems.filter((p) => !isBlocking(p))];
}

function absolute(url: string, base?: string): string {
  try {
    return new URL(url, base ?? (typeof document !== 'undefined' ? document.baseURI : undefined)).href;
  } catch {
    return url;
  }
}

function scriptLabel(host: Element, script: Element): string {
  const id = script.id ? `#${script.id}` : '';
  return `<${host.localName}> <script type="application/json"${id ? ` id="${script.id}"` : ''}>`;
}

/** Makes any `fetchImpl` honour its signal, so a fetch that never settles still times out. */
function fetchOptionsOf(options: LoadPackOptions) {
  const impl = options.fetchImpl ?? globalThis.fetch?.bind(globalThis);
  const fetchImpl: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const s = init?.signal;
      if (s?.aborted) return reject(s.reason);
      const onAbort = () => reject(s!.reason);
      s?.addEventListener('abort', onAbort, { once: true });
      impl(input, init).then(
        (r) => {
          s?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        (e: unknown) => {
          s?.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  return {
    fetchImpl,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
}

/** Turns whatever `loadPack` rejected with into problems to show; undefined for a caller's abort. */
export function loadProblems(error: unknown, signal?: AbortSignal): PackProblem[] | undefined {
  if (signal?.aborted) return undefined;
  if (error instanceof DOMException && error.name === 'AbortError') return undefined;
  return toProblems(error, { code: 'internal' });
}

/**
 * `loadPack` as XState actor logic: invoke it with the load options as `input`; the actor's signal
 * cancels the load when the machine leaves the state. A widget may provide its own typed copy.
 */
export const loadPackLogic = /* @__PURE__ */ fromPromise<LoadPackResult<{ id: string }>, LoadPackOptions>(({ input, signal }) =>
  loadPack({ ...input, signal }),
);
