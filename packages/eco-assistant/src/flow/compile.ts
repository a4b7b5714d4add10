// Compiles a validated flow into an XState machine built with `setup()` (named actions and guards).
// Deterministic: no Math.random, no Date; times arrive on events (`at`), ids are counters.
import { assign, enqueueActions, setup } from 'xstate';
import { foldText } from '@ancre/core';
import type { Situation, Tip, TipCategory } from '../tips.types.js';
import { TIP_CATEGORIES } from '../tips.types.js';
import type { AskValidation, CollectNode, Flow, FlowCondition, FlowNode, FlowText, QuickReply, SetSpec, SlotValue, SuggestNode } from './flow.types.js';
import {
  evaluateFlowCondition,
  interpolate,
  isCategory,
  localize,
  resolveRef,
  selectTip,
  totalKg,
  tipMarkdown,
  type AssistantContext,
  type Lang,
  type Message,
  type MessageKind,
  type Reply,
} from '../engine/model.js';
import { CATEGORY_LABELS, CATEGORY_WORDS, ENGINE_STRINGS } from '../engine/strings.js';
import type { MatchCandidate, Nlu } from '../nlu/match.js';

/** Events a person (or the host) sends. `at` is the time, added by `createAssistant`. */
export type AssistantEvent =
  | { type: 'choose'; id: string; at?: number; silent?: boolean }
  | { type: 'text'; text: string; at?: number }
  | { type: 'intent'; id: string; at?: number; silent?: boolean }
  | { type: 'restart'; at?: number }
  | { type: 'extend'; at?: number }
  | { type: 'activity'; at?: number }
  | { type: 'locale'; locale: Lang }
  | { type: 'focus.tip'; id: string }
  | { type: 'focus.category'; category: TipCategory }
  | { type: 'idle.warn' }
  | { type: 'idle.reset' };

/** Domain events the machine emits (re-dispatched by the element as `ancre-*` DOM events). */
export type AssistantEmitted =
  | { type: 'message'; message: Message }
  | { type: 'tip-shown'; tip: Tip }
  | { type: 'gesture-chosen'; tip: Tip; chosen: string[]; total: number }
  | { type: 'contribution'; text: string; category: TipCategory; locale: Lang }
  | { type: 'reset'; reason: 'person' | 'idle' }
  | { type: 'idle-warning'; resetInMs: number };

export interface AssistantInput {
  locale?: Lang;
  context?: Record<string, SlotValue>;
  /** How long the assistant "types" before its messages show (0 = at once). */
  typingMs?: number;
  /** Idle reset after this many ms without activity (0 = never). */
  idleMs?: number;
  /** The warning comes this long before the reset (at least 20 s is advised: WCAG 2.2.1). */
  warnMs?: number;
}

export interface CompileOptions {
  tips: readonly Tip[];
  /** The free-text matcher (`nlu` from the nlu module; `createAssistant` passes it). */
  nlu: Nlu;
}

const sid = (node: string) => `n-${node}`;
const to = (node: string) => `#${sid(node)}`;
const RESTART = '__restart';
const CHOOSE = '__choose';
const ANOTHER = '__another';
const CHOOSE_WORDS = { fr: ['oui', 'ok', 'd accord', 'je prends', 'je choisis', 'ce geste'], en: ['yes', 'ok', 'okay', 'i take it', 'choose'] };
const ANOTHER_WORDS = { fr: ['autre', 'suivant', 'non', 'pas celui'], en: ['another', 'next', 'no', 'other'] };

function initialContext(input: AssistantInput): AssistantContext {
  return {
    locale: input.locale ?? 'fr',
    context: input.context ?? {},
    slots: {},
    situation: {},
    messages: [],
    pending: [],
    replies: [],
    expectsText: false,
    node: '',
    shown: [],
    chosen: [],
    current: null,
    focusTip: null,
    draft: '',
    total: 0,
    seq: 0,
    at: 0,
    started: false,
    idleWarning: false,
    typingMs: Math.max(0, input.typingMs ?? 0),
    idleMs: Math.max(0, input.idleMs ?? 0),
    warnMs: Math.max(0, Math.min(input.warnMs ?? 30_000, input.idleMs ?? 0)),
  };
}

/** Applies a validation to an answer; returns the value to store, or undefined when it fails. */
export function checkAnswer(text: string, validate: AskValidation | undefined, tokens: Nlu['tokens']): SlotValue | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (!validate) return value;
  if (validate.maxLength !== undefined && value.length > validate.maxLength) return undefined;
  if (validate.pattern !== undefined && !new RegExp(validate.pattern, 'u').test(value)) return undefined;
  if (validate.enum) {
    // The same words, accents and case aside; else the same content words (« oui merci » → « oui »).
    // Content words only when there are some: « peut-être » must not match « je ne sais pas ».
    const said = tokens(value).join(' ');
    const hit = validate.enum.find((e) => foldText(e) === foldText(value)) ?? (said ? validate.enum.find((e) => tokens(e).join(' ') === said) : undefined);
    if (hit === undefined) return undefined;
    return hit;
  }
  if (validate.number) {
    // A number (« 12 », « 3,5 », « 1 850 »), possibly followed by a unit (« 12 km », « 40 ans », « 19 °C »).
    const parts = /^(.*?\d)\s*[\p{L}%°€/²³.]{0,10}$/u.exec(value);
    const digits = parts ? parts[1]!.replace(/[\s\u00a0\u202f]/g, '') : '';
    if (!/^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(digits)) return undefined;
    const n = Number(digits.replace(',', '.'));
    if (!Number.isFinite(n)) return undefined;
    const { min, max, integer } = validate.number;
    if ((min !== undefined && n < min) || (max !== undefined && n > max) || (integer && !Number.isInteger(n))) return undefined;
    return n;
  }
  return value;
}

const tipCandidateCache = new WeakMap<readonly Tip[], Record<Lang, MatchCandidate[]>>();
/** Candidates of a tips array, built once per array (their words are tokenised once, on first match). */
function cachedTipCandidates(tips: readonly Tip[], nlu: Nlu): Record<Lang, MatchCandidate[]> {
  let c = tipCandidateCache.get(tips);
  if (!c) tipCandidateCache.set(tips, (c = { fr: nlu.tipCandidates(tips, 'fr'), en: nlu.tipCandidates(tips, 'en') }));
  return c;
}

/**
 * Compiles a flow (validate it first with `validateFlow`) into an XState machine. Its input is
 * `AssistantInput`; it emits `AssistantEmitted` events. The tips are closed over, not stored in context.
 */
export function compileFlow(flow: Flow, options: CompileOptions) {
  const tips = options.tips;
  const { matchText, tokens, categoryCandidates } = options.nlu;
  const tipById = new Map(tips.map((t) => [t.id, t] as const));
  const nodes = new Map(flow.nodes.map((n) => [n.id, n] as const));
  const intents = flow.intents ?? [];
  const tipNode = flow.freeText?.tipNode;
  const categorySlot = flow.freeText?.categorySlot;
  const tipCands = cachedTipCandidates(tips, options.nlu);
  const catCands = { fr: categoryCandidates('fr'), en: categoryCandidates('en') };
  const intentCands = {
    fr: intents.map((i) => ({ target: { kind: 'intent', id: i.id }, phrases: [...(i.keywords.fr ?? []), i.label.fr ?? ''] }) as MatchCandidate),
    en: intents.map((i) => ({ target: { kind: 'intent', id: i.id }, phrases: [...(i.keywords.en ?? []), i.label.en ?? ''] }) as MatchCandidate),
  };
  const offeredIntents: Reply[] = intents.filter((i) => i.offer !== false).map((i) => ({ id: `intent:${i.id}`, label: i.label }));

  const message = (ctx: AssistantContext, role: Message['role'], text: string, kind: MessageKind, tipId?: string): Message => ({
    id: `m${ctx.seq + 1}`,
    role,
    text,
    format: role === 'person' ? 'plain' : 'markdown',
    kind,
    ...(tipId ? { tipId } : {}),
    at: ctx.at,
  });

  const replyCandidates = (replies: Reply[], lang: Lang): MatchCandidate[] =>
    replies.map((r) => ({ target: { kind: 'reply', id: r.id }, phrases: [localize(r.label, lang), ...(r.keywords?.[lang] ?? [])] }));

  /** Whether a typed sentence is exactly an intent (checked before an `ask` answer). */
  const exactIntent = (text: string, lang: Lang): string | undefined => {
    const said = tokens(text, lang).join(' ');
    if (!said) return undefined;
    return intents.find((i) => [...(i.keywords[lang] ?? []), localize(i.label, lang)].some((k) => tokens(k, lang).join(' ') === said))?.id;
  };

  const machineSetup = setup({
    types: {
      context: {} as AssistantContext,
      events: {} as AssistantEvent,
      input: {} as AssistantInput,
      emitted: {} as AssistantEmitted,
    },
    delays: {
      typing: ({ context }) => context.typingMs,
    },
    guards: {
      reply: ({ event }, params: { id: string }) => (event.type === 'choose' || event.type === 'intent') && event.id === params.id,
      intent: ({ event }, params: { id: string }) =>
        (event.type === 'intent' && event.id === params.id) || (event.type === 'choose' && event.id === `intent:${params.id}`),
      cond: ({ context }, params: { when: FlowCondition }) => evaluateFlowCondition(params.when, context),
      noCurrent: ({ context }) => context.current === null,
      noTyping: ({ context }) => context.typingMs <= 0 || context.pending.length === 0,
      validAnswer: ({ event }, params: { validate?: AskValidation }) => event.type === 'text' && checkAnswer(event.text, params.validate, tokens) !== undefined,
      textIsIntent: ({ event, context }) => event.type === 'text' && exactIntent(event.text, context.locale) !== undefined,
      /** An `ask` answer that fails its check but names one of the node's quick replies picks that reply. */
      textIsReply: ({ event, context }) =>
        event.type === 'text' &&
        context.replies.length > 0 &&
        matchText(event.text, replyCandidates(context.replies, context.locale), context.locale, flow.synonyms?.[context.locale] ?? {}) !== undefined,
      hasText: ({ event }) => event.type === 'text' && event.text.trim().length > 0,
    },
    actions: {
      enter: assign((_, params: { node: string }) => ({ node: params.node })),
      say: assign(({ context }, params: { text?: FlowText; kind?: MessageKind }) => {
        if (!params.text) return {};
        const text = interpolate(localize(params.text, context.locale), context, tipById);
        const m = message(context, 'assistant', text, params.kind ?? 'text');
        return { pending: [...context.pending, m], seq: context.seq + 1 };
      }),
      offer: assign((_, params: { replies: Reply[]; expectsText?: boolean }) => ({ replies: params.replies, expectsText: params.expectsText ?? false })),
      flush: enqueueActions(({ context, enqueue }) => {
        if (context.pending.length === 0) return;
        const pending = context.pending;
        enqueue.assign({ messages: [...context.messages, ...pending], pending: [] });
        for (const m of pending) enqueue.emit({ type: 'message', message: m });
      }),
      personSaid: enqueueActions(({ context, event, enqueue }, params: { label?: FlowText } | undefined) => {
        const at = 'at' in event && typeof event.at === 'number' ? event.at : context.at;
        if ('silent' in event && event.silent) return;
        let text: string | undefined;
        if (event.type === 'text') text = event.text.trim().slice(0, 1000);
        else if (params?.label) text = localize(params.label, context.locale);
        if (!text) return;
        const m = message({ ...context, at }, 'person', text, 'answer');
        enqueue.assign({ messages: [...context.messages, m], seq: context.seq + 1, at, started: true, idleWarning: false });
        enqueue.emit({ type: 'message', message: m });
      }),
      apply: assign(({ context }, params: { set?: SetSpec }) => {
        if (!params.set) return {};
        return {
          slots: { ...context.slots, ...(params.set.slots ?? {}) },
          situation: { ...context.situation, ...(params.set.situation ?? {}) } as Situation,
        };
      }),
      store: assign(({ context, event }, params: { slot: string; validate?: AskValidation }) => {
        if (event.type !== 'text') return {};
        const value = checkAnswer(event.text, params.validate, tokens);
        return value === undefined ? {} : { slots: { ...context.slots, [params.slot]: value } };
      }),
      interpret: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'text') return;
        const lang = context.locale;
        const candidates = [...replyCandidates(context.replies, lang), ...intentCands[lang], ...(tipNode ? [...tipCands[lang], ...catCands[lang]] : [])];
        const found = matchText(event.text, candidates, lang, flow.synonyms?.[lang] ?? {});
        const t = found?.target;
        if (t?.kind === 'reply') enqueue.raise({ type: 'choose', id: t.id, silent: true });
        else if (t?.kind === 'intent') enqueue.raise({ type: 'intent', id: t.id, silent: true });
        else if (t?.kind === 'tip') enqueue.raise({ type: 'focus.tip', id: t.id });
        else if (t?.kind === 'category') enqueue.raise({ type: 'focus.category', category: t.category });
        else {
          const m = message(context, 'assistant', interpolate(localize(flow.fallback, lang), context, tipById), 'fallback');
          const extra = offeredIntents.filter((r) => !context.replies.some((c) => c.id === r.id));
          enqueue.assign({ pending: [...context.pending, m], seq: context.seq + 1, replies: [...context.replies, ...extra] });
        }
      }),
      suggest: enqueueActions(({ context, enqueue }, params: { node: SuggestNode }) => {
        const n = params.node;
        const fromSlot = n.categorySlot !== undefined ? context.slots[n.categorySlot] : undefined;
        const categories = isCategory(fromSlot) ? [fromSlot] : n.categories;
        const tip = selectTip(tips, { categories, situation: context.situation, shown: context.shown, focusTip: context.focusTip, chosen: context.chosen });
        if (!tip) {
          enqueue.assign({ current: null, focusTip: null });
          return;
        }
        const out: Message[] = [];
        let seq = context.seq;
        if (context.node !== n.id && n.text) {
          out.push({ ...message({ ...context, seq }, 'assistant', interpolate(localize(n.text, context.locale), context, tipById), 'text') });
          seq++;
        }
        out.push(message({ ...context, seq }, 'assistant', tipMarkdown(tip, context.locale), 'tip', tip.id));
        seq++;
        enqueue.assign({ current: tip.id, focusTip: null, shown: [...context.shown, tip.id], pending: [...context.pending, ...out], seq });
        enqueue.emit({ type: 'tip-shown', tip });
      }),
      chooseCurrent: enqueueActions(({ context, enqueue }) => {
        const tip = context.current ? tipById.get(context.current) : undefined;
        if (!tip || context.chosen.includes(tip.id)) return;
        const chosen = [...context.chosen, tip.id];
        const total = totalKg(chosen, tipById);
        enqueue.assign({ chosen, total });
        enqueue.emit({ type: 'gesture-chosen', tip, chosen, total });
      }),
      compute: assign(({ context }, params: { slot: string; op: string; from?: string; by?: number; round?: number }) => {
        let value: number;
        switch (params.op) {
          case 'sum-chosen':
            value = totalKg(context.chosen, tipById);
            break;
          case 'count-chosen':
            value = context.chosen.length;
            break;
          case 'count-shown':
            value = context.shown.length;
            break;
          default: {
            const base = Number(resolveRef(params.from ?? '', context) ?? 0);
            const by = params.by ?? 1;
            value = params.op === 'divide' ? base / by : base * by;
          }
        }
        if (!Number.isFinite(value)) value = 0;
        if (params.round !== undefined) {
          const f = 10 ** params.round;
          value = Math.round(value * f) / f;
        }
        return { slots: { ...context.slots, [params.slot]: value } };
      }),
      draft: assign(({ event }) => ({ draft: event.type === 'text' ? event.text.trim().slice(0, 500) : '' })),
      contribute: enqueueActions(({ context, enqueue }, params: { category: TipCategory }) => {
        enqueue.emit({ type: 'contribution', text: context.draft, category: params.category, locale: context.locale });
        enqueue.assign({ draft: '' });
      }),
      focusTip: assign(({ event }) => (event.type === 'focus.tip' ? { focusTip: event.id } : {})),
      focusCategory: assign(({ context, event }) => {
        if (event.type !== 'focus.category') return {};
        return categorySlot ? { slots: { ...context.slots, [categorySlot]: event.category }, focusTip: null } : {};
      }),
      reset: enqueueActions(({ context, event, enqueue }, params: { reason: 'person' | 'idle' }) => {
        enqueue.cancel('idle');
        const fresh = initialContext({ locale: context.locale, context: context.context, typingMs: context.typingMs, idleMs: context.idleMs, warnMs: context.warnMs });
        enqueue.assign({ ...fresh, seq: 0, at: 'at' in event && typeof event.at === 'number' ? event.at : context.at });
        enqueue.emit({ type: 'reset', reason: params.reason });
      }),
      armIdle: enqueueActions(({ context, enqueue }) => {
        enqueue.cancel('idle');
        if (context.idleMs <= 0 || !context.started) return;
        enqueue.assign({ idleWarning: false });
        enqueue.raise({ type: 'idle.warn' }, { id: 'idle', delay: Math.max(0, context.idleMs - context.warnMs) });
      }),
      warnIdle: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ idleWarning: true });
        enqueue.emit({ type: 'idle-warning', resetInMs: context.warnMs });
        enqueue.cancel('idle');
        enqueue.raise({ type: 'idle.reset' }, { id: 'idle', delay: context.warnMs });
      }),
      setLocale: assign(({ event }) => (event.type === 'locale' ? { locale: event.locale } : {})),
    },
  });

  type Cfg = Record<string, unknown>;
  const replyOf = (o: QuickReply): Reply => ({ id: o.id, label: o.label, ...(o.keywords ? { keywords: o.keywords } : {}) });
  const replyTransitions = (options: QuickReply[] | undefined) =>
    (options ?? []).map((o) => ({
      guard: { type: 'reply', params: { id: o.id } },
      target: to(o.next),
      actions: ['flush', { type: 'personSaid', params: { label: o.label } }, { type: 'apply', params: { set: o.set } }],
    }));
  const textInterpret = { actions: ['flush', 'personSaid', 'interpret'], target: '.typing' };
  const typingStates = {
    typing: {
      tags: ['typing'],
      always: { guard: 'noTyping', target: 'ready', actions: 'flush' },
      after: { typing: { target: 'ready', actions: 'flush' } },
    },
    ready: { tags: ['ready'] },
  };
  const waiting = (id: string | undefined, node: string, entry: unknown[], on: Cfg, extra: Cfg = {}): Cfg => ({
    ...(id ? { id } : {}),
    tags: ['waiting'],
    entry: [...entry, { type: 'enter', params: { node } }],
    initial: 'typing',
    states: typingStates,
    on,
    ...extra,
  });

  const stateOf = (n: FlowNode): Cfg => {
    switch (n.type) {
      case 'say':
        return { id: sid(n.id), entry: [{ type: 'say', params: { text: n.text } }, { type: 'enter', params: { node: n.id } }], always: to(n.next) };
      case 'branch':
        return {
          id: sid(n.id),
          entry: [{ type: 'enter', params: { node: n.id } }],
          always: [...n.cases.map((c) => ({ guard: { type: 'cond', params: { when: c.when } }, target: to(c.next) })), { target: to(n.else) }],
        };
      case 'compute':
        return {
          id: sid(n.id),
          entry: [{ type: 'compute', params: { slot: n.slot, op: n.op, from: n.from, by: n.by, round: n.round } }, { type: 'enter', params: { node: n.id } }],
          always: to(n.next),
        };
      case 'choices':
        return waiting(sid(n.id), n.id, [{ type: 'say', params: { text: n.text } }, { type: 'offer', params: { replies: n.options.map(replyOf) } }], {
          choose: replyTransitions(n.options),
          text: textInterpret,
        });
      case 'ask':
        return waiting(sid(n.id), n.id, [{ type: 'say', params: { text: n.text } }, { type: 'offer', params: { replies: (n.options ?? []).map(replyOf), expectsText: true } }], {
          choose: replyTransitions(n.options),
          text: [
            { guard: 'textIsIntent', ...textInterpret },
            {
              guard: { type: 'validAnswer', params: { validate: n.validate } },
              target: to(n.next),
              actions: ['flush', 'personSaid', { type: 'store', params: { slot: n.slot, validate: n.validate } }],
            },
            { guard: 'textIsReply', ...textInterpret },
            { target: '.typing', actions: ['flush', 'personSaid', { type: 'say', params: { text: n.retry, kind: 'retry' } }] },
          ],
        });
      case 'suggest': {
        const replies: Reply[] = [
          { id: CHOOSE, label: n.choose.label, keywords: n.choose.keywords ?? CHOOSE_WORDS },
          ...(n.another ? [{ id: ANOTHER, label: n.another.label, keywords: n.another.keywords ?? ANOTHER_WORDS }] : []),
          ...(n.options ?? []).map(replyOf),
        ];
        return {
          ...waiting(sid(n.id), n.id, [{ type: 'suggest', params: { node: n } }, { type: 'offer', params: { replies } }], {
            choose: [
              { guard: { type: 'reply', params: { id: CHOOSE } }, target: to(n.choose.next), actions: ['flush', { type: 'personSaid', params: { label: n.choose.label } }, 'chooseCurrent'] },
              ...(n.another ? [{ guard: { type: 'reply', params: { id: ANOTHER } }, target: to(n.id), reenter: true, actions: ['flush', { type: 'personSaid', params: { label: n.another.label } }] }] : []),
              ...replyTransitions(n.options),
            ],
            text: textInterpret,
          }),
          always: { guard: 'noCurrent', target: to(n.none) },
        };
      }
      case 'collect':
        return collectState(n);
      case 'end':
        return waiting(sid(n.id), n.id, [{ type: 'say', params: { text: n.text } }, { type: 'offer', params: { replies: [{ id: RESTART, label: n.restartLabel ?? { fr: ENGINE_STRINGS.fr.restart, en: ENGINE_STRINGS.en.restart } }] } }], {
          text: textInterpret,
        });
    }
  };

  const collectState = (n: CollectNode): Cfg => {
    const cancel: QuickReply[] = n.cancel ? [{ id: '__cancel', label: n.cancel.label, next: n.cancel.next }] : [];
    const categoryReplies: Reply[] = [...TIP_CATEGORIES.map((c) => ({ id: `category:${c}`, label: CATEGORY_LABELS[c], keywords: CATEGORY_WORDS[c] })), ...cancel.map(replyOf)];
    return {
      id: sid(n.id),
      initial: 'idea',
      states: {
        idea: waiting(undefined, n.id, [{ type: 'say', params: { text: n.text } }, { type: 'offer', params: { replies: cancel.map(replyOf), expectsText: true } }], {
          choose: replyTransitions(cancel),
          text: [
            { guard: 'textIsIntent', ...textInterpret },
            { guard: 'hasText', target: 'category', actions: ['flush', 'personSaid', 'draft'] },
          ],
        }),
        category: waiting(undefined, n.id, [{ type: 'say', params: { text: n.categoryText } }, { type: 'offer', params: { replies: categoryReplies } }], {
          choose: [
            ...TIP_CATEGORIES.map((c) => ({
              guard: { type: 'reply', params: { id: `category:${c}` } },
              target: to(n.next),
              actions: ['flush', { type: 'personSaid', params: { label: CATEGORY_LABELS[c] } }, { type: 'contribute', params: { category: c } }, { type: 'say', params: { text: n.thanks } }],
            })),
            ...replyTransitions(cancel),
          ],
          text: textInterpret,
        }),
      },
    };
  };

  const restartTransition = (reason: 'person' | 'idle') => ({ target: to(flow.start), actions: ['flush', { type: 'reset', params: { reason } }] });
  const intentTransitions = intents.map((i) =>
    i.action === 'restart'
      ? { guard: { type: 'intent', params: { id: i.id } }, ...restartTransition('person') }
      : { guard: { type: 'intent', params: { id: i.id } }, target: to(i.next!), actions: ['flush', { type: 'personSaid', params: { label: i.label } }] },
  );

  const states: Cfg = {};
  for (const n of nodes.values()) states[n.id] = stateOf(n);

  const config = {
    id: `flow-${flow.id}`,
    context: ({ input }: { input: AssistantInput }) => initialContext(input ?? {}),
    initial: flow.start,
    states,
    on: {
      restart: restartTransition('person'),
      choose: [{ guard: { type: 'reply', params: { id: RESTART } }, ...restartTransition('person') }, ...intentTransitions],
      intent: intentTransitions,
      ...(tipNode
        ? {
            'focus.tip': { target: to(tipNode), reenter: true, actions: ['flush', 'focusTip'] },
            'focus.category': { target: to(tipNode), reenter: true, actions: ['flush', 'focusCategory'] },
          }
        : {}),
      activity: { actions: 'armIdle' },
      extend: { actions: 'armIdle' },
      'idle.warn': { actions: 'warnIdle' },
      'idle.reset': restartTransition('idle'),
      locale: { actions: 'setLocale' },
    },
  };
  // The config is built from data; its shape is checked by validateFlow and the tests.
  return machineSetup.createMachine(config as never);
}

export type AssistantMachine = ReturnType<typeof compileFlow>;
