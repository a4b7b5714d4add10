// The headless engine: a flow + a tips pack → a conversation you drive with `send`. Runs in Node.
import { AncreError } from '@ancre/core';
import { validateFlow } from '../flow/validate.js';
import { startAssistant, type Assistant, type AssistantOptions } from './start.js';
import { nlu } from '../nlu/match.js';

export * from './start.js';

/** Validates the flow, then creates and starts a conversation. Throws an `AncreError` listing every problem of an invalid flow. */
export function createAssistant(options: AssistantOptions): Assistant {
  const problems = validateFlow(options.flow, options.source);
  if (problems.length) throw new AncreError(problems);
  return startAssistant({ nlu, ...options });
}
