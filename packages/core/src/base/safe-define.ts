/**
 * Registers a custom element without ever throwing into the host page.
 *
 * Two bundles of Ancre on one page (say the CDN build and an integrator's own build) both try to
 * define `ancre-service-finder`. The second call must be a no-op: the first definition wins. If the
 * two copies announce different versions, we warn once per tag so that a webmaster can notice.
 */
const warned = new Set<string>();

export interface VersionedConstructor extends CustomElementConstructor {
  /** Library version carried by the class, compared when a tag is defined twice. */
  readonly version?: string;
}

export type DefineResult = 'defined' | 'already-defined' | 'failed';

export function safeDefine(
  tag: string,
  ctor: VersionedConstructor,
  registry: CustomElementRegistry | null | undefined = globalThis.customElements,
): DefineResult {
  if (!registry) return 'failed'; // e.g. a server-side or Node import of the define module
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[ancre] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `this copy (version ${ctor.version ?? 'unknown'}) is ignored. Load Ancre once per page.`,
      );
    }
    return 'already-defined';
  }
  try {
    registry.define(tag, ctor);
    return 'defined';
  } catch (error) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`[ancre] could not define <${tag}>:`, error);
    }
    return 'failed';
  }
}

/** Test hook: forget which tags already warned. */
export function resetSafeDefineWarnings(): void {
  warned.clear();
}
