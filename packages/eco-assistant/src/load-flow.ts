// Loads and validates a flow from a URL or an object (a lazy chunk: the built-in flow needs neither).
import { AncreError, fetchJson } from '@ancre/core';
import type { Flow } from './flow/flow.types.js';
import { validateFlow } from './flow/validate.js';

export async function loadFlow(data: unknown, src: string | null, signal: AbortSignal): Promise<Flow> {
  const flow = data ?? (await fetchJson(src!, { signal }));
  const problems = validateFlow(flow, src ?? undefined);
  if (problems.length) throw new AncreError(problems);
  return flow as Flow;
}
