// @ancre/eco-assistant — no side effects: importing this module defines no element (see define.ts).
// The SDK (flow format, validator, compiler, engine, free-text matching) runs in Node; the element
// class is exported for integrators who register it themselves.
export * from './tips.types.js';
export * from './flow/flow.types.js';
export { validateFlow, assertFlow, SLOT_NAME_PATTERN } from './flow/validate.js';
export { compileFlow, checkAnswer, type AssistantEvent, type AssistantEmitted, type AssistantInput, type AssistantMachine, type CompileOptions } from './flow/compile.js';
export {
  createAssistant,
  type Assistant,
  type AssistantOptions,
  type AssistantSnapshot,
  type AssistantCommand,
  type AssistantClock,
  type PersistedAssistant,
  type ReplyView,
  type AssistantEventType,
} from './engine/assistant.js';
export { selectTip, evaluateFlowCondition, interpolate, escapeMarkdown, tipMarkdown, localize, type Message, type MessageKind, type Reply, type AssistantContext, type TipQuery } from './engine/model.js';
export { ENGINE_STRINGS, CATEGORY_LABELS } from './engine/strings.js';
export { matchText, tokens, stem, sameStem, tipCandidates, categoryCandidates, CATEGORY_WORDS, type MatchCandidate, type MatchResult, type MatchTarget } from './nlu/match.js';
export { welcomeFlow, DEFAULT_INTENTS, CAR_KG_PER_KM } from './flows/welcome.js';
export { contributionFlow } from './flows/contribution.js';
