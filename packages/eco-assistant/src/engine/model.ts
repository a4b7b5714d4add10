// Pure helpers of the engine: tip selection, values of references, conditions, placeholders.
import { formatNumber } from '@ancre/core';
import { isApplicable, TIP_CATEGORIES, type Situation, type Tip, type TipCategory } from '../tips.types.js';
import type { FlowCondition, FlowText, Keywords, SlotValue } from '../flow/flow.types.js';
import { ENGINE_STRINGS } from './strings.js';

export type Lang = 'fr' | 'en';
export type MessageKind = 'text' | 'tip' | 'fallback' | 'retry' | 'answer';

/** One line of the conversation. Assistant texts are markdown; what a person typed is plain text. */
export interface Message {
  /** `m1`, `m2`… in order (deterministic). */
  id: string;
  role: 'assistant' | 'person';
  text: string;
  format: 'markdown' | 'plain';
  kind: MessageKind;
  tipId?: string;
  /** Time given by the engine's clock when the message was written (ms). */
  at: number;
}

/** A quick reply offered to the person. */
export interface Reply {
  id: string;
  label: FlowText;
  keywords?: Keywords;
}

/** The machine's context (JSON-serialisable: it is what `persist()` saves). */
export interface AssistantContext {
  locale: Lang;
  context: Record<string, SlotValue>;
  slots: Record<string, SlotValue>;
  situation: Situation;
  messages: Message[];
  /** Written by the assistant, shown when "typing" ends. */
  pending: Message[];
  replies: Reply[];
  expectsText: boolean;
  node: string;
  shown: string[];
  chosen: string[];
  /** The tip on screen in a suggest node. */
  current: string | null;
  /** A tip or theme the person typed, to show next. */
  focusTip: string | null;
  draft: string;
  total: number;
  seq: number;
  at: number;
  started: boolean;
  idleWarning: boolean;
  typingMs: number;
  idleMs: number;
  warnMs: number;
}

/** Yearly figure of a tip (0 when unknown). */
export const tipKg = (tip: Tip | undefined): number => (tip && typeof tip.kgCo2ePerYear === 'number' ? tip.kgCo2ePerYear : 0);

/**
 * Yearly total of the chosen gestures, counting overlapping ones once: a gesture that another chosen
 * gesture includes (`supersedes`, e.g. "eat vegetarian" includes "eat meat once a day") adds nothing.
 */
export function totalKg(chosen: readonly string[], tipById: ReadonlyMap<string, Tip>): number {
  const included = new Set(chosen.flatMap((id) => tipById.get(id)?.supersedes ?? []));
  return chosen.reduce((sum, id) => (included.has(id) ? sum : sum + tipKg(tipById.get(id))), 0);
}

export interface TipQuery {
  categories?: readonly TipCategory[] | undefined;
  situation: Situation;
  shown: readonly string[];
  focusTip?: string | null;
  /** Gestures already chosen: a tip they include (`supersedes`) is not suggested again. */
  chosen?: readonly string[];
}

/**
 * The next tip to show: the focused one (typed by the person) if it applies and was not shown,
 * else the applicable tip of the categories not yet shown with the largest saving (unknown figures
 * last, then by id, so the order is stable).
 */
export function selectTip(tips: readonly Tip[], query: TipQuery): Tip | undefined {
  const covered = new Set((query.chosen ?? []).flatMap((id) => tips.find((t) => t.id === id)?.supersedes ?? []));
  const fresh = (t: Tip) => !query.shown.includes(t.id) && !covered.has(t.id) && isApplicable(t, query.situation);
  let categories = query.categories;
  if (query.focusTip) {
    const focus = tips.find((t) => t.id === query.focusTip);
    if (focus && fresh(focus)) return focus;
    if (focus) categories = [focus.category];
  }
  let best: Tip | undefined;
  for (const tip of tips) {
    if (categories && categories.length && !categories.includes(tip.category)) continue;
    if (!fresh(tip)) continue;
    if (!best || compareTips(tip, best) < 0) best = tip;
  }
  return best;
}

function compareTips(a: Tip, b: Tip): number {
  const ka = a.kgCo2ePerYear ?? -1;
  const kb = b.kgCo2ePerYear ?? -1;
  if (ka !== kb) return kb - ka;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const isCategory = (v: unknown): v is TipCategory => (TIP_CATEGORIES as readonly unknown[]).includes(v);

/** The value a reference names (`slots.x`, `context.x`, `situation.x`, `chosen.count`, `shown.count`, `total`). */
export function resolveRef(ref: string, ctx: AssistantContext): SlotValue | undefined {
  const dot = ref.indexOf('.');
  const head = dot < 0 ? ref : ref.slice(0, dot);
  const name = dot < 0 ? '' : ref.slice(dot + 1);
  switch (head) {
    case 'slots':
      return ctx.slots[name];
    case 'context':
      return ctx.context[name];
    case 'situation':
      return (ctx.situation as Record<string, SlotValue | undefined>)[name];
    case 'chosen':
      return name === 'count' ? ctx.chosen.length : undefined;
    case 'shown':
      return name === 'count' ? ctx.shown.length : undefined;
    case 'total':
      return ctx.total;
    default:
      return undefined;
  }
}

export function evaluateFlowCondition(cond: FlowCondition, ctx: AssistantContext): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateFlowCondition(c, ctx));
  if ('any' in cond) return cond.any.some((c) => evaluateFlowCondition(c, ctx));
  if ('not' in cond) return !evaluateFlowCondition(cond.not, ctx);
  const v = resolveRef(cond.test, ctx);
  if (cond.exists !== undefined && (v !== undefined) !== cond.exists) return false;
  if (cond.equals !== undefined && v !== cond.equals) return false;
  if (cond.in !== undefined && (v === undefined || !cond.in.includes(v))) return false;
  const n = typeof v === 'number' ? v : NaN;
  if (cond.gt !== undefined && !(n > cond.gt)) return false;
  if (cond.gte !== undefined && !(n >= cond.gte)) return false;
  if (cond.lt !== undefined && !(n < cond.lt)) return false;
  if (cond.lte !== undefined && !(n <= cond.lte)) return false;
  return true;
}

/** Escapes markdown in a value a person typed, so it is shown as text inside an assistant message. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#|<>~!]/g, '\\$&')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A flow text in a locale (falls back to French, then to any text). */
export function localize(text: FlowText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.fr ?? Object.values(text)[0] ?? '';
}

const fmtKg = (kg: number, lang: Lang) => formatNumber(kg, lang, { maximumFractionDigits: 0 });

/**
 * Fills `{slots.x}`, `{context.x}`, `{situation.x}`, `{chosen.count}`, `{chosen.list}`, `{shown.count}`
 * and `{total}`; numbers are formatted for the locale; texts are escaped for markdown.
 */
export function interpolate(text: string, ctx: AssistantContext, tips: ReadonlyMap<string, Tip>): string {
  return text.replace(/\{([a-z]+(?:\.[A-Za-z0-9_]+)?)\}/g, (whole, ref: string) => {
    if (ref === 'chosen.list') {
      return ctx.chosen
        .map((id) => tips.get(id))
        .filter((t): t is Tip => !!t)
        .map((t) => `- ${t.title[ctx.locale]}${t.kgCo2ePerYear !== null ? ` (${fmtKg(t.kgCo2ePerYear, ctx.locale)} kg CO2e)` : ''}`)
        .join('\n');
    }
    const v = resolveRef(ref, ctx);
    if (v === undefined) return whole.startsWith('{slots.') || whole.startsWith('{context.') ? '' : whole;
    if (typeof v === 'number') return formatNumber(v, ctx.locale, { maximumFractionDigits: Math.abs(v) < 10 ? 1 : 0 });
    return escapeMarkdown(String(v));
  });
}

/** The markdown of a tip card. */
export function tipMarkdown(tip: Tip, lang: Lang): string {
  const s = ENGINE_STRINGS[lang];
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const figure = tip.kgCo2ePerYear !== null ? s.perYear.replace('{kg}', fmtKg(tip.kgCo2ePerYear, lang)) : s.noFigure;
  return [
    `**${tip.title[lang]}**`,
    tip.advice[lang],
    `**${s.howToStart}**${colon} ${tip.howToStart[lang]}`,
    // « … de chaque trajet partagé (environ 295 kg …). », not « partagé. (environ …). »
    `**${s.saves}**${colon} ${tip.saves[lang].trim().replace(/\.$/, '')} (${figure}).`,
  ].join('\n\n');
}
