// The headless engine: a flow + a tips pack → a conversation you drive with `send`. Runs in Node.
import { AncreError } from '@ancre/core';
import { validateFlow } from '../flow/validate.js';
import { startAssistant, type Assistant, type AssistantOptions } from './start.js';
import { nlu } from '../nlu/match.js';

export * from './start.js';

/**
 * Validates the flow, then creates and starts a conversation. Throws an `AncreError` listing every
 * problem of an invalid flow, in the conversation's language: `locale`, else English for a flow
 * whose `locales` has no French, else French.
 */
export function createAssistant(options: AssistantOptions): Assistant {
  const flow = options.flow as { locales?: unknown } | null;
  const locales = typeof flow === 'object' && flow !== null && Array.isArray(flow.locales) ? (flow.locales as unknown[]) : [];
  const locale = options.locale ?? (locales.length && !locales.includes('fr') && locales[0] === 'en' ? 'en' : 'fr');
  const problems = validateFlow(options.flow, { locale, ...(options.source ? { source: options.source } : {}) });
  if (problems.length) throw new AncreError(problems);
  return startAssistant({ nlu, ...options });
}
