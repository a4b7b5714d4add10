// The headless SDK of @ancre/eco-assistant: flow format, validator, compiler, engine, free-text
// matching, default flows. No DOM, no Lit: runs in Node.
export * from './tips.types.js';
export * from './flow/flow.types.js';
export { validateFlow, assertFlow, SLOT_NAME_PATTERN, FLOW_PROBLEM_CODES, type FlowProblemCode, type ValidateFlowOptions } from './flow/validate.js';
export { flowMessage, type FlowMessage, type FlowMessageKey, type FlowMessageParams } from './flow/messages.js';
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
export { startAssistant } from './engine/start.js';
export { matchText, tokens, stem, sameStem, tipCandidates, categoryCandidates, CATEGORY_WORDS, nlu, type Nlu, type MatchCandidate, type MatchResult, type MatchTarget } from './nlu/match.js';
export { welcomeFlow, DEFAULT_INTENTS, CAR_KG_PER_KM } from './flows/welcome.js';
export { contributionFlow } from './flows/contribution.js';
export { defaultTipsPack } from './content/tips.js';
