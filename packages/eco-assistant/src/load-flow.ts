// Loads and validates a flow from a URL or an object (a lazy chunk: the built-in flow needs neither).
import { AncreError, fetchJson, type Locale } from '@ancre/core';
import type { Flow } from './flow/flow.types.js';
import { validateFlow } from './flow/validate.js';

/** Problems are reported in `locale` (the element's language; French by default). */
export async function loadFlow(data: unknown, src: string | null, signal: AbortSignal, locale: Locale = 'fr'): Promise<Flow> {
  const flow = data ?? (await fetchJson(src!, { signal }));
  const problems = validateFlow(flow, { locale, ...(src ? { source: src } : {}) });
  if (problems.length) throw new AncreError(problems);
  return flow as Flow;
}
