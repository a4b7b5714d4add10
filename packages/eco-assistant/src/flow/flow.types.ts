// The flow format `ancre-flow/1`: a conversation as data. Documented in docs/flows.md.
// Pure types and the `as const` lists that drive validation. No DOM, no I/O.
import type { Localized, Situation, TipCategory } from '../tips.types.js';

/** The version string every flow file carries in `"format"`. */
export const FLOW_FORMAT = 'ancre-flow/1';

/** Node types, in the order the docs present them. */
export const NODE_TYPES = ['say', 'choices', 'ask', 'branch', 'suggest', 'compute', 'collect', 'end'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Nodes that show something and wait for the person (a cycle must contain one of them). */
export const WAITING_NODE_TYPES: readonly NodeType[] = ['choices', 'ask', 'suggest', 'collect', 'end'];

/** Operations of a `compute` node. */
export const COMPUTE_OPS = ['sum-chosen', 'count-chosen', 'count-shown', 'divide', 'multiply'] as const;
export type ComputeOp = (typeof COMPUTE_OPS)[number];

/** What an intent does: start over, or jump to a node. */
export const INTENT_ACTIONS = ['restart', 'goto'] as const;
export type IntentAction = (typeof INTENT_ACTIONS)[number];

/** A text per locale of the flow (markdown for what the assistant says). */
export type FlowText = Partial<Localized> & Record<string, string>;

/** A slot value: what a person answered, or what a `compute` node produced. */
export type SlotValue = string | number | boolean;

/** Words a person may type for a reply or an intent, per locale. */
export type Keywords = Partial<Record<'fr' | 'en', string[]>>;

/** Values written when a quick reply is chosen. */
export interface SetSpec {
  slots?: Record<string, SlotValue>;
  situation?: Partial<Situation>;
}

/** A quick reply: a button, also matched when the person types its label or keywords. */
export interface QuickReply {
  /** Unique within its node. */
  id: string;
  label: FlowText;
  next: string;
  set?: SetSpec;
  keywords?: Keywords;
}

/**
 * A condition of a `branch` case. `test` names a value: `slots.<name>`, `context.<name>`,
 * `situation.<key>`, `chosen.count`, `shown.count` or `total`.
 */
export type FlowCondition =
  | { all: FlowCondition[] }
  | { any: FlowCondition[] }
  | { not: FlowCondition }
  | {
      test: string;
      equals?: SlotValue;
      in?: SlotValue[];
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      exists?: boolean;
    };

export interface SayNode {
  id: string;
  type: 'say';
  text: FlowText;
  next: string;
}

export interface ChoicesNode {
  id: string;
  type: 'choices';
  text?: FlowText;
  options: QuickReply[];
}

/** Checks on an `ask` answer: a regular expression, a number range, or a list of accepted words. */
export interface AskValidation {
  pattern?: string;
  number?: { min?: number; max?: number; integer?: boolean };
  enum?: string[];
  maxLength?: number;
}

export interface AskNode {
  id: string;
  type: 'ask';
  text: FlowText;
  slot: string;
  validate?: AskValidation;
  /** Said when the answer does not pass `validate`. */
  retry: FlowText;
  next: string;
  /** Optional quick replies (e.g. "skip"). */
  options?: QuickReply[];
}

export interface BranchNode {
  id: string;
  type: 'branch';
  cases: { when: FlowCondition; next: string }[];
  else: string;
}

export interface SuggestNode {
  id: string;
  type: 'suggest';
  /** Said before the first tip of a visit. */
  text?: FlowText;
  /** Categories to pick from (none = all). */
  categories?: TipCategory[];
  /** A slot holding a category (a theme the person chose); wins over `categories` when set. */
  categorySlot?: string;
  /** The "I take this one" reply: adds the tip to the chosen gestures. */
  choose: { label: FlowText; next: string; keywords?: Keywords };
  /** The "another one" reply: shows the next tip. */
  another?: { label: FlowText; keywords?: Keywords };
  /** Other quick replies (back to the menu...). */
  options?: QuickReply[];
  /** Where to go when no tip is left for this person. */
  none: string;
}

export interface ComputeNode {
  id: string;
  type: 'compute';
  slot: string;
  op: ComputeOp;
  /** For `divide` / `multiply`: the value to start from (`slots.x`, `total`, `chosen.count`...). */
  from?: string;
  /** For `divide` / `multiply`: the factor. */
  by?: number;
  /** Decimal places kept (default: none removed). */
  round?: number;
  next: string;
}

export interface CollectNode {
  id: string;
  type: 'collect';
  /** Asks for the idea (free text). */
  text: FlowText;
  /** Asks for its category (quick replies of the categories). */
  categoryText: FlowText;
  /** Said after the idea is gathered. */
  thanks: FlowText;
  next: string;
  /** A "never mind" reply offered while asking (so a touch screen without keyboard is never stuck). */
  cancel?: { label: FlowText; next: string };
}

export interface EndNode {
  id: string;
  type: 'end';
  text?: FlowText;
  /** Label of the "start again" reply (a default one is used otherwise). */
  restartLabel?: FlowText;
}

export type FlowNode = SayNode | ChoicesNode | AskNode | BranchNode | SuggestNode | ComputeNode | CollectNode | EndNode;

/** An intent reachable from any node by typing its keywords (or by a reply offered in the fallback). */
export interface FlowIntent {
  id: string;
  action: IntentAction;
  /** For `goto`. */
  next?: string;
  label: FlowText;
  keywords: Keywords;
  /** Offered as a quick reply when the assistant did not understand (default true). */
  offer?: boolean;
}

export interface Flow {
  format: typeof FLOW_FORMAT;
  id: string;
  title?: FlowText;
  /** Locales every text must have (`["fr", "en"]`). */
  locales: ('fr' | 'en')[];
  start: string;
  nodes: FlowNode[];
  intents?: FlowIntent[];
  /** Said when a sentence matches nothing; the current replies and the intents follow. */
  fallback: FlowText;
  /** Where typed words that name a tip or a theme lead (a `suggest` node) and which slot gets the theme. */
  freeText?: { tipNode?: string; categorySlot?: string };
  /** Extra words per locale: `{ "fr": { "vélo": ["bicyclette", "biclou"] } }` (a word → its synonyms). */
  synonyms?: Partial<Record<'fr' | 'en', Record<string, string[]>>>;
}
