// Validation of a flow file: every problem gets a JSON path and a hint, in French (default) or English. Pure, no DOM.
import { AncreError, editDistance, type AncreProblem, type Locale } from '@ancre/core';
import { SITUATION_KEYS, SITUATION_VALUES, TIP_CATEGORIES } from '../tips.types.js';
import {
  COMPUTE_OPS,
  FLOW_FORMAT,
  INTENT_ACTIONS,
  NODE_TYPES,
  WAITING_NODE_TYPES,
  type Flow,
  type NodeType,
} from './flow.types.js';
import { flowMessage, type FlowMessageKey, type FlowMessageParams } from './messages.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Slot names: a letter then letters, digits or `_` (they appear in `{slots.name}` placeholders). */
export const SLOT_NAME_PATTERN = /^[a-z][A-Za-z0-9_]*$/;
const PLACEHOLDER = /\{([a-z]+(?:\.[A-Za-z0-9_]+)?)\}/g;
const BUILTIN_REFS = ['chosen.count', 'chosen.list', 'shown.count', 'total'];

/** Every code `validateFlow` can report (each is explained in docs/flows.md). */
export const FLOW_PROBLEM_CODES = [
  'flow/invalid',
  'flow/format',
  'flow/locales',
  'flow/missing-field',
  'flow/unknown-field',
  'flow/unknown-node',
  'flow/unreachable',
  'flow/loop',
  'flow/missing-text',
  'flow/bad-slot',
  'flow/unknown-slot',
  'flow/bad-reference',
  'flow/duplicate-id',
  'flow/bad-situation',
  'flow/bad-category',
  'flow/bad-op',
  'flow/bad-pattern',
  'flow/bad-type',
  'flow/bad-condition',
] as const;
export type FlowProblemCode = (typeof FLOW_PROBLEM_CODES)[number];

/** Options of `validateFlow` and `assertFlow`. */
export interface ValidateFlowOptions {
  /** File name or URL copied into each problem. */
  source?: string;
  /** Language of the messages and hints: French by default, English with `'en'`. */
  locale?: Locale;
}

/** The nearest of `allowed` to `value` (at most 3 edits), for "did you mean" hints. */
const nearest = (value: unknown, allowed: readonly string[]): string | undefined => {
  if (typeof value !== 'string' || value === '') return undefined;
  return allowed
    .map((a) => [a, editDistance(value, a, 4)] as const)
    .filter(([, d]) => d <= 3)
    .sort((a, b) => a[1] - b[1])[0]?.[0];
};
/** `{ suggestion }` when a value is close to one of `allowed`, else nothing (spread into message params). */
const withSuggestion = (value: unknown, allowed: readonly string[]): { suggestion?: string } => {
  const suggestion = nearest(value, allowed);
  return suggestion ? { suggestion } : {};
};
const situationKey = (key: string) => ({ key, keys: SITUATION_KEYS, ...withSuggestion(key, SITUATION_KEYS) });
/** A value as the author wrote it in JSON, or undefined when there is none. */
const shown = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

interface Edge {
  to: string;
  path: string;
}

/**
 * Checks a flow and returns its problems (empty when valid): format, ids, references between nodes,
 * unreachable nodes, loops with no input, missing texts per locale, slot names and references,
 * conditions, situation values and categories. Messages and hints are in French unless
 * `{ locale: 'en' }` is given; the second argument may also be the source alone (`validateFlow(flow, 'my-flow.json')`).
 */
export function validateFlow(input: unknown, options?: string | ValidateFlowOptions): AncreProblem[] {
  const { source, locale: wanted } = typeof options === 'string' ? { source: options, locale: undefined } : (options ?? {});
  const lang: Locale = wanted === 'en' ? 'en' : 'fr';
  const problems: AncreProblem[] = [];
  const add = <K extends FlowMessageKey>(code: FlowProblemCode, path: string, key: K, params: FlowMessageParams[K]) => {
    const { message, hint } = flowMessage(lang, key, params);
    problems.push({ code, message, path, ...(source ? { source } : {}), hint });
  };

  if (!isObject(input)) {
    add('flow/invalid', '$', 'flow-not-object', { format: FLOW_FORMAT });
    return problems;
  }
  const flow = input;
  if (flow.format !== FLOW_FORMAT) {
    if (flow.format === undefined) add('flow/format', '$.format', 'format-missing', { format: FLOW_FORMAT });
    else add('flow/format', '$.format', 'format-unknown', { value: JSON.stringify(flow.format), format: FLOW_FORMAT });
  }
  if (typeof flow.id !== 'string' || !ID_PATTERN.test(flow.id)) add('flow/missing-field', '$.id', 'flow-id', {});
  let locales: Locale[] = ['fr', 'en'];
  if (!Array.isArray(flow.locales) || flow.locales.length === 0 || flow.locales.some((l) => l !== 'fr' && l !== 'en')) {
    add('flow/locales', '$.locales', 'locales', {});
  } else locales = flow.locales as Locale[];

  const text = (value: unknown, path: string, required = true) => {
    if (value === undefined && !required) return;
    if (!isObject(value)) {
      add('flow/missing-text', path, 'text-missing', { locales });
      return;
    }
    for (const l of locales) {
      if (typeof value[l] !== 'string' || (value[l] as string).trim() === '') {
        add('flow/missing-text', `${path}.${l}`, 'text-missing-locale', { locale: l, locales });
      }
    }
    for (const l of locales) {
      const s = value[l];
      if (typeof s === 'string') for (const m of s.matchAll(PLACEHOLDER)) refs.push({ ref: m[1]!, path: `${path}.${l}` });
    }
  };

  const refs: { ref: string; path: string }[] = [];
  const slotsWritten = new Set<string>();
  const slotName = (name: unknown, path: string) => {
    if (typeof name !== 'string' || !SLOT_NAME_PATTERN.test(name)) {
      add('flow/bad-slot', path, 'slot-name', { name: shown(name) });
      return false;
    }
    return true;
  };

  const edges = new Map<string, Edge[]>();
  const types = new Map<string, NodeType>();
  const nodePath = new Map<string, string>();
  const edge = (from: string, to: unknown, path: string) => {
    if (typeof to !== 'string' || to === '') {
      add('flow/missing-field', path, 'next-missing', {});
      return;
    }
    edges.get(from)?.push({ to, path });
  };

  const replies = (list: unknown, path: string, from: string, required: boolean) => {
    if (list === undefined && !required) return;
    if (!Array.isArray(list) || list.length === 0) {
      add('flow/missing-field', path, 'replies-missing', {});
      return;
    }
    const ids = new Set<string>();
    list.forEach((o, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(o)) {
        add('flow/invalid', p, 'reply-not-object', {});
        return;
      }
      if (typeof o.id !== 'string' || !ID_PATTERN.test(o.id)) add('flow/missing-field', `${p}.id`, 'reply-id', {});
      else if (ids.has(o.id)) add('flow/duplicate-id', `${p}.id`, 'reply-duplicate', { id: o.id });
      else ids.add(o.id);
      text(o.label, `${p}.label`);
      edge(from, o.next, `${p}.next`);
      keywords(o.keywords, `${p}.keywords`);
      if (o.set !== undefined) setSpec(o.set, `${p}.set`);
    });
  };

  const keywords = (value: unknown, path: string) => {
    if (value === undefined) return;
    if (!isObject(value) || Object.entries(value).some(([k, v]) => (k !== 'fr' && k !== 'en') || !Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim()))) {
      add('flow/invalid', path, 'keywords', {});
    }
  };

  const setSpec = (value: unknown, path: string) => {
    if (!isObject(value)) {
      add('flow/invalid', path, 'set-not-object', {});
      return;
    }
    if (value.slots !== undefined) {
      if (!isObject(value.slots)) add('flow/invalid', `${path}.slots`, 'set-slots', {});
      else
        for (const [name, v] of Object.entries(value.slots)) {
          if (slotName(name, `${path}.slots.${name}`)) slotsWritten.add(name);
          if (!['string', 'number', 'boolean'].includes(typeof v)) add('flow/invalid', `${path}.slots.${name}`, 'slot-value', {});
        }
    }
    if (value.situation !== undefined) {
      if (!isObject(value.situation)) add('flow/invalid', `${path}.situation`, 'set-situation', {});
      else
        for (const [key, v] of Object.entries(value.situation)) {
          const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
          if (!allowed) add('flow/bad-situation', `${path}.situation.${key}`, 'situation-key', situationKey(key));
          else if (!allowed.includes(v)) add('flow/bad-situation', `${path}.situation.${key}`, 'situation-value', { key, value: JSON.stringify(v), allowed: allowed.map((a) => JSON.stringify(a)) });
        }
    }
    for (const key of Object.keys(value)) if (key !== 'slots' && key !== 'situation') add('flow/unknown-field', `${path}.${key}`, 'set-unknown-field', { field: key });
  };

  const condition = (value: unknown, path: string) => {
    if (!isObject(value) || Object.keys(value).length === 0) {
      add('flow/bad-condition', path, 'condition-not-object', {});
      return;
    }
    if ('all' in value || 'any' in value) {
      const key = 'all' in value ? 'all' : 'any';
      const list = value[key];
      if (!Array.isArray(list) || list.length === 0) add('flow/bad-condition', `${path}.${key}`, 'condition-list', { key });
      else list.forEach((c, i) => condition(c, `${path}.${key}[${i}]`));
      return;
    }
    if ('not' in value) {
      condition(value.not, `${path}.not`);
      return;
    }
    if (typeof value.test !== 'string') {
      add('flow/bad-condition', `${path}.test`, 'condition-test', {});
      return;
    }
    refs.push({ ref: value.test, path: `${path}.test` });
    const ops = ['equals', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'].filter((k) => k in value);
    if (ops.length === 0) add('flow/bad-condition', path, 'condition-comparison', {});
    for (const k of ['gt', 'gte', 'lt', 'lte']) if (k in value && typeof value[k] !== 'number') add('flow/bad-condition', `${path}.${k}`, 'condition-number', { op: k });
    if ('in' in value && !Array.isArray(value.in)) add('flow/bad-condition', `${path}.in`, 'condition-in', {});
    if (value.test.startsWith('situation.')) {
      const key = value.test.slice('situation.'.length);
      const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
      const values = 'equals' in value ? [value.equals] : Array.isArray(value.in) ? value.in : [];
      if (allowed) values.forEach((v) => !allowed.includes(v) && add('flow/bad-situation', path, 'situation-value', { key, value: JSON.stringify(v), allowed: allowed.map((a) => JSON.stringify(a)) }));
    }
  };

  // Nodes.
  const nodes = Array.isArray(flow.nodes) ? flow.nodes : [];
  if (!Array.isArray(flow.nodes) || nodes.length === 0) add('flow/missing-field', '$.nodes', 'nodes-missing', {});
  nodes.forEach((n, i) => {
    const p = `$.nodes[${i}]`;
    if (!isObject(n)) {
      add('flow/invalid', p, 'node-not-object', {});
      return;
    }
    if (typeof n.id !== 'string' || !ID_PATTERN.test(n.id)) {
      add('flow/missing-field', `${p}.id`, 'node-id', {});
      return;
    }
    if (types.has(n.id)) {
      add('flow/duplicate-id', `${p}.id`, 'node-duplicate', { id: n.id, first: nodePath.get(n.id) ?? '' });
      return;
    }
    if (!(NODE_TYPES as readonly unknown[]).includes(n.type)) {
      add('flow/bad-type', `${p}.type`, 'node-type', { value: shown(n.type), types: NODE_TYPES, ...withSuggestion(n.type, NODE_TYPES) });
      return;
    }
    const id = n.id;
    types.set(id, n.type as NodeType);
    nodePath.set(id, p);
    edges.set(id, []);
    switch (n.type as NodeType) {
      case 'say':
        text(n.text, `${p}.text`);
        edge(id, n.next, `${p}.next`);
        break;
      case 'choices':
        text(n.text, `${p}.text`, false);
        replies(n.options, `${p}.options`, id, true);
        break;
      case 'ask': {
        text(n.text, `${p}.text`);
        text(n.retry, `${p}.retry`);
        if (slotName(n.slot, `${p}.slot`)) slotsWritten.add(n.slot as string);
        edge(id, n.next, `${p}.next`);
        replies(n.options, `${p}.options`, id, false);
        const v = n.validate;
        if (v !== undefined) {
          if (!isObject(v)) add('flow/invalid', `${p}.validate`, 'validate-not-object', {});
          else {
            if (v.pattern !== undefined) {
              try {
                new RegExp(String(v.pattern), 'u');
              } catch {
                add('flow/bad-pattern', `${p}.validate.pattern`, 'pattern', {});
              }
            }
            if (v.number !== undefined) {
              const num = v.number;
              if (!isObject(num)) add('flow/invalid', `${p}.validate.number`, 'number-shape', {});
              else if (typeof num.min === 'number' && typeof num.max === 'number' && num.min > num.max) add('flow/invalid', `${p}.validate.number`, 'min-max', {});
            }
            if (v.enum !== undefined && (!Array.isArray(v.enum) || v.enum.length === 0)) add('flow/invalid', `${p}.validate.enum`, 'enum-empty', {});
          }
        }
        break;
      }
      case 'branch':
        if (!Array.isArray(n.cases) || n.cases.length === 0) add('flow/missing-field', `${p}.cases`, 'cases-missing', {});
        else
          n.cases.forEach((c, j) => {
            if (!isObject(c)) {
              add('flow/invalid', `${p}.cases[${j}]`, 'case-not-object', {});
              return;
            }
            condition(c.when, `${p}.cases[${j}].when`);
            edge(id, c.next, `${p}.cases[${j}].next`);
          });
        edge(id, n.else, `${p}.else`);
        break;
      case 'suggest':
        text(n.text, `${p}.text`, false);
        if (n.categories !== undefined) {
          if (!Array.isArray(n.categories)) add('flow/invalid', `${p}.categories`, 'categories-not-list', {});
          else
            n.categories.forEach(
              (c, j) =>
                !(TIP_CATEGORIES as readonly unknown[]).includes(c) &&
                add('flow/bad-category', `${p}.categories[${j}]`, 'category', { value: JSON.stringify(c), categories: TIP_CATEGORIES, ...withSuggestion(c, TIP_CATEGORIES) }),
            );
        }
        if (n.categorySlot !== undefined) {
          slotName(n.categorySlot, `${p}.categorySlot`);
          refs.push({ ref: `slots.${String(n.categorySlot)}`, path: `${p}.categorySlot` });
        }
        if (!isObject(n.choose)) add('flow/missing-field', `${p}.choose`, 'choose-missing', {});
        else {
          text(n.choose.label, `${p}.choose.label`);
          edge(id, n.choose.next, `${p}.choose.next`);
          keywords(n.choose.keywords, `${p}.choose.keywords`);
        }
        if (n.another !== undefined) {
          if (!isObject(n.another)) add('flow/invalid', `${p}.another`, 'another-shape', {});
          else text(n.another.label, `${p}.another.label`);
        }
        replies(n.options, `${p}.options`, id, false);
        edge(id, n.none, `${p}.none`);
        break;
      case 'compute':
        if (slotName(n.slot, `${p}.slot`)) slotsWritten.add(n.slot as string);
        if (!(COMPUTE_OPS as readonly unknown[]).includes(n.op)) add('flow/bad-op', `${p}.op`, 'op', { value: shown(n.op), ops: COMPUTE_OPS, ...withSuggestion(n.op, COMPUTE_OPS) });
        if (n.op === 'divide' || n.op === 'multiply') {
          if (typeof n.from !== 'string') add('flow/missing-field', `${p}.from`, 'from-missing', { op: n.op });
          else refs.push({ ref: n.from, path: `${p}.from` });
          if (typeof n.by !== 'number' || !Number.isFinite(n.by) || (n.op === 'divide' && n.by === 0)) add('flow/invalid', `${p}.by`, 'by', {});
        }
        if (n.round !== undefined && (typeof n.round !== 'number' || n.round < 0 || n.round > 6)) add('flow/invalid', `${p}.round`, 'round', {});
        edge(id, n.next, `${p}.next`);
        break;
      case 'collect':
        text(n.text, `${p}.text`);
        text(n.categoryText, `${p}.categoryText`);
        text(n.thanks, `${p}.thanks`);
        edge(id, n.next, `${p}.next`);
        if (n.cancel !== undefined) {
          if (!isObject(n.cancel)) add('flow/invalid', `${p}.cancel`, 'cancel-shape', {});
          else {
            text(n.cancel.label, `${p}.cancel.label`);
            edge(id, n.cancel.next, `${p}.cancel.next`);
          }
        }
        break;
      case 'end':
        text(n.text, `${p}.text`, false);
        text(n.restartLabel, `${p}.restartLabel`, false);
        break;
    }
  });

  const ids = [...types.keys()];
  const checkRef = (to: string, path: string) => {
    if (!types.has(to)) add('flow/unknown-node', path, 'unknown-node', { id: to, known: ids, ...withSuggestion(to, ids) });
  };
  for (const list of edges.values()) for (const e of list) checkRef(e.to, e.path);

  const roots: string[] = [];
  if (typeof flow.start !== 'string') add('flow/missing-field', '$.start', 'start-missing', {});
  else {
    checkRef(flow.start, '$.start');
    roots.push(flow.start);
  }

  // Intents.
  if (flow.intents !== undefined) {
    if (!Array.isArray(flow.intents)) add('flow/invalid', '$.intents', 'intents-not-list', {});
    else {
      const seen = new Set<string>();
      flow.intents.forEach((it, i) => {
        const p = `$.intents[${i}]`;
        if (!isObject(it)) {
          add('flow/invalid', p, 'intent-not-object', {});
          return;
        }
        if (typeof it.id !== 'string' || !ID_PATTERN.test(it.id)) add('flow/missing-field', `${p}.id`, 'intent-id', {});
        else if (seen.has(it.id)) add('flow/duplicate-id', `${p}.id`, 'intent-duplicate', { id: it.id });
        else seen.add(it.id);
        if (!(INTENT_ACTIONS as readonly unknown[]).includes(it.action)) add('flow/invalid', `${p}.action`, 'intent-action', { value: shown(it.action), actions: INTENT_ACTIONS });
        if (it.action === 'goto') {
          if (typeof it.next !== 'string') add('flow/missing-field', `${p}.next`, 'intent-next', {});
          else {
            checkRef(it.next, `${p}.next`);
            roots.push(it.next);
          }
        }
        text(it.label, `${p}.label`);
        if (!isObject(it.keywords)) add('flow/missing-field', `${p}.keywords`, 'intent-keywords', {});
        else keywords(it.keywords, `${p}.keywords`);
      });
    }
  }
  text(flow.fallback, '$.fallback');
  if (flow.freeText !== undefined) {
    if (!isObject(flow.freeText)) add('flow/invalid', '$.freeText', 'freetext-not-object', {});
    else {
      const ft = flow.freeText;
      if (ft.tipNode !== undefined) {
        if (typeof ft.tipNode !== 'string') add('flow/invalid', '$.freeText.tipNode', 'tipnode-not-string', {});
        else {
          checkRef(ft.tipNode, '$.freeText.tipNode');
          roots.push(ft.tipNode);
          if (types.has(ft.tipNode) && types.get(ft.tipNode) !== 'suggest') add('flow/invalid', '$.freeText.tipNode', 'tipnode-not-suggest', { id: ft.tipNode });
        }
      }
      if (ft.categorySlot !== undefined && slotName(ft.categorySlot, '$.freeText.categorySlot')) slotsWritten.add(ft.categorySlot as string);
    }
  }

  // Slot and value references.
  for (const { ref, path } of refs) {
    const [head, name] = ref.split('.', 2) as [string, string | undefined];
    if (BUILTIN_REFS.includes(ref) || head === 'context') continue;
    if (head === 'slots' && name !== undefined) {
      if (!SLOT_NAME_PATTERN.test(name)) add('flow/bad-slot', path, 'slot-name', { name: JSON.stringify(name) });
      else if (!slotsWritten.has(name)) add('flow/unknown-slot', path, 'unknown-slot', { name, written: [...slotsWritten] });
      continue;
    }
    if (head === 'situation' && name !== undefined) {
      if (!(SITUATION_KEYS as string[]).includes(name)) add('flow/bad-situation', path, 'situation-key', situationKey(name));
      continue;
    }
    add('flow/bad-reference', path, 'bad-reference', { ref });
  }

  // Reachability from the start, the intents and the free-text entry.
  const reached = new Set<string>();
  const stack = roots.filter((r) => types.has(r));
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const e of edges.get(id) ?? []) if (types.has(e.to) && !reached.has(e.to)) stack.push(e.to);
  }
  if (roots.length)
    for (const id of ids) {
      if (!reached.has(id)) add('flow/unreachable', `${nodePath.get(id)}`, 'unreachable', { id });
    }

  // Loops that never wait for the person: cycles made only of say / branch / compute nodes.
  const transient = (id: string) => types.has(id) && !WAITING_NODE_TYPES.includes(types.get(id)!);
  const state = new Map<string, 1 | 2>();
  const reportedLoops = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    state.set(id, 1);
    trail.push(id);
    for (const e of edges.get(id) ?? []) {
      if (!transient(e.to)) continue;
      if (state.get(e.to) === 1) {
        const cycle = trail.slice(trail.indexOf(e.to));
        const key = [...cycle].sort().join(',');
        if (!reportedLoops.has(key)) {
          reportedLoops.add(key);
          add('flow/loop', e.path, 'loop', { chain: [...cycle, e.to] });
        }
      } else if (!state.has(e.to)) visit(e.to, trail);
    }
    trail.pop();
    state.set(id, 2);
  };
  for (const id of ids) if (transient(id) && !state.has(id)) visit(id, []);

  return problems;
}

/** Validates and returns the flow typed, or throws an `AncreError` with every problem (same options as `validateFlow`). */
export function assertFlow(input: unknown, options?: string | ValidateFlowOptions): Flow {
  const problems = validateFlow(input, options);
  if (problems.length) throw new AncreError(problems);
  return input as Flow;
}
