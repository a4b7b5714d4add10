// Validation of a flow file: every problem gets a JSON path and a hint. Pure, no DOM.
import { AncreError, editDistance, type AncreProblem } from '@ancre/core';
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Slot names: a letter then letters, digits or `_` (they appear in `{slots.name}` placeholders). */
export const SLOT_NAME_PATTERN = /^[a-z][A-Za-z0-9_]*$/;
const PLACEHOLDER = /\{([a-z]+(?:\.[A-Za-z0-9_]+)?)\}/g;
const BUILTIN_REFS = ['chosen.count', 'chosen.list', 'shown.count', 'total'];

interface Edge {
  to: string;
  path: string;
}

/**
 * Checks a flow and returns its problems (empty when valid): format, ids, references between nodes,
 * unreachable nodes, loops with no input, missing texts per locale, slot names and references,
 * conditions, situation values and categories.
 */
export function validateFlow(input: unknown, source?: string): AncreProblem[] {
  const problems: AncreProblem[] = [];
  const add = (code: string, path: string, message: string, hint: string) =>
    problems.push({ code, message, path, ...(source ? { source } : {}), ...(hint ? { hint } : {}) });

  if (!isObject(input)) {
    add('flow/invalid', '$', 'A flow must be a JSON object.', `Start from { "format": "${FLOW_FORMAT}", "id": …, "start": …, "nodes": [...] }.`);
    return problems;
  }
  const flow = input;
  if (flow.format !== FLOW_FORMAT) {
    add('flow/format', '$.format', flow.format === undefined ? 'The flow does not say its format.' : `Unknown flow format ${JSON.stringify(flow.format)}.`, `Write "format": "${FLOW_FORMAT}".`);
  }
  if (typeof flow.id !== 'string' || !ID_PATTERN.test(flow.id)) add('flow/missing-field', '$.id', 'The flow needs an "id" (letters, digits, - or _).', 'Write "id": "welcome" for example.');
  let locales: string[] = ['fr', 'en'];
  if (!Array.isArray(flow.locales) || flow.locales.length === 0 || flow.locales.some((l) => l !== 'fr' && l !== 'en')) {
    add('flow/locales', '$.locales', '"locales" must list the languages of the texts: "fr", "en" or both.', 'Write "locales": ["fr", "en"].');
  } else locales = flow.locales as string[];

  const text = (value: unknown, path: string, required = true) => {
    if (value === undefined && !required) return;
    if (!isObject(value)) {
      add('flow/missing-text', path, 'A text is missing.', `Write { ${locales.map((l) => `"${l}": "…"`).join(', ')} }.`);
      return;
    }
    for (const l of locales) {
      if (typeof value[l] !== 'string' || (value[l] as string).trim() === '') {
        add('flow/missing-text', `${path}.${l}`, `The ${l === 'fr' ? 'French' : 'English'} text is missing.`, `Add "${l}": "…" (the flow declares "locales": ${JSON.stringify(locales)}).`);
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
      add('flow/bad-slot', path, `${JSON.stringify(name)} is not a valid slot name.`, 'A slot name starts with a lower-case letter and holds only letters, digits and _ (e.g. "theme", "firstName").');
      return false;
    }
    return true;
  };

  const edges = new Map<string, Edge[]>();
  const types = new Map<string, NodeType>();
  const nodePath = new Map<string, string>();
  const edge = (from: string, to: unknown, path: string) => {
    if (typeof to !== 'string' || to === '') {
      add('flow/missing-field', path, 'A reference to the next node is missing.', 'Write the id of a node of this flow.');
      return;
    }
    edges.get(from)?.push({ to, path });
  };

  const replies = (list: unknown, path: string, from: string, required: boolean) => {
    if (list === undefined && !required) return;
    if (!Array.isArray(list) || list.length === 0) {
      add('flow/missing-field', path, 'A list of quick replies is needed here.', 'Write "options": [{ "id": "yes", "label": {…}, "next": "…" }].');
      return;
    }
    const ids = new Set<string>();
    list.forEach((o, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(o)) {
        add('flow/invalid', p, 'A quick reply must be an object.', 'Write { "id": "yes", "label": { "fr": "Oui" }, "next": "…" }.');
        return;
      }
      if (typeof o.id !== 'string' || !ID_PATTERN.test(o.id)) add('flow/missing-field', `${p}.id`, 'A quick reply needs an "id".', 'Use letters, digits, - or _.');
      else if (ids.has(o.id)) add('flow/duplicate-id', `${p}.id`, `Two quick replies of this node have the id "${o.id}".`, 'Give each reply its own id.');
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
      add('flow/invalid', path, '"keywords" must be { "fr": ["…"], "en": ["…"] }.', 'List the words a person may type, per language.');
    }
  };

  const setSpec = (value: unknown, path: string) => {
    if (!isObject(value)) {
      add('flow/invalid', path, '"set" must be an object with "slots" and/or "situation".', 'Write "set": { "slots": { "theme": "food" }, "situation": { "car": "none" } }.');
      return;
    }
    if (value.slots !== undefined) {
      if (!isObject(value.slots)) add('flow/invalid', `${path}.slots`, '"slots" must be an object of names to values.', 'Write "slots": { "theme": "food" }.');
      else
        for (const [name, v] of Object.entries(value.slots)) {
          if (slotName(name, `${path}.slots.${name}`)) slotsWritten.add(name);
          if (!['string', 'number', 'boolean'].includes(typeof v)) add('flow/invalid', `${path}.slots.${name}`, 'A slot value must be a text, a number or true/false.', 'Write a text in quotes, a number or true / false.');
        }
    }
    if (value.situation !== undefined) {
      if (!isObject(value.situation)) add('flow/invalid', `${path}.situation`, '"situation" must be an object.', 'Write "situation": { "car": "none" }.');
      else
        for (const [key, v] of Object.entries(value.situation)) {
          const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
          if (!allowed) add('flow/bad-situation', `${path}.situation.${key}`, `Unknown situation key "${key}".`, `Use one of: ${SITUATION_KEYS.join(', ')}.`);
          else if (!allowed.includes(v)) add('flow/bad-situation', `${path}.situation.${key}`, `${JSON.stringify(v)} is not a value of "${key}".`, `Use one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`);
        }
    }
    for (const key of Object.keys(value)) if (key !== 'slots' && key !== 'situation') add('flow/unknown-field', `${path}.${key}`, `Unknown field "${key}" in "set".`, 'Use "slots" and "situation".');
  };

  const condition = (value: unknown, path: string) => {
    if (!isObject(value) || Object.keys(value).length === 0) {
      add('flow/bad-condition', path, 'A condition must be an object.', 'Write { "test": "slots.theme", "equals": "food" }, or combine with "all", "any", "not".');
      return;
    }
    if ('all' in value || 'any' in value) {
      const key = 'all' in value ? 'all' : 'any';
      const list = value[key];
      if (!Array.isArray(list) || list.length === 0) add('flow/bad-condition', `${path}.${key}`, `"${key}" must be a non-empty list of conditions.`, 'Write [{ "test": "slots.age", "gte": 18 }, …].');
      else list.forEach((c, i) => condition(c, `${path}.${key}[${i}]`));
      return;
    }
    if ('not' in value) {
      condition(value.not, `${path}.not`);
      return;
    }
    if (typeof value.test !== 'string') {
      add('flow/bad-condition', `${path}.test`, 'A condition needs "test": the value it looks at.', 'Write "test": "slots.theme", "situation.car", "context.kiosk", "chosen.count" or "total".');
      return;
    }
    refs.push({ ref: value.test, path: `${path}.test` });
    const ops = ['equals', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'].filter((k) => k in value);
    if (ops.length === 0) add('flow/bad-condition', path, 'A condition needs a comparison.', 'Add "equals", "in", "gt", "gte", "lt", "lte" or "exists".');
    for (const k of ['gt', 'gte', 'lt', 'lte']) if (k in value && typeof value[k] !== 'number') add('flow/bad-condition', `${path}.${k}`, `"${k}" must be a number.`, 'Write a number without quotes, e.g. 18.');
    if ('in' in value && !Array.isArray(value.in)) add('flow/bad-condition', `${path}.in`, '"in" must be a list of values.', 'Write "in": ["food", "housing"].');
    if (value.test.startsWith('situation.')) {
      const key = value.test.slice('situation.'.length);
      const allowed = (SITUATION_VALUES as Record<string, readonly unknown[]>)[key];
      const values = 'equals' in value ? [value.equals] : Array.isArray(value.in) ? value.in : [];
      if (allowed) values.forEach((v) => !allowed.includes(v) && add('flow/bad-situation', path, `${JSON.stringify(v)} is not a value of "${key}".`, `Use one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`));
    }
  };

  // Nodes.
  const nodes = Array.isArray(flow.nodes) ? flow.nodes : [];
  if (!Array.isArray(flow.nodes) || nodes.length === 0) add('flow/missing-field', '$.nodes', 'The flow needs a non-empty "nodes" list.', 'Add at least one node: { "id": "hello", "type": "say", … }.');
  nodes.forEach((n, i) => {
    const p = `$.nodes[${i}]`;
    if (!isObject(n)) {
      add('flow/invalid', p, 'A node must be an object.', 'Write { "id": "hello", "type": "say", … }.');
      return;
    }
    if (typeof n.id !== 'string' || !ID_PATTERN.test(n.id)) {
      add('flow/missing-field', `${p}.id`, 'A node needs an "id" made of letters, digits, - or _.', 'Write "id": "ask-heating" for example.');
      return;
    }
    if (types.has(n.id)) {
      add('flow/duplicate-id', `${p}.id`, `Another node already has the id "${n.id}" (${nodePath.get(n.id)}).`, 'Give each node its own id.');
      return;
    }
    if (!(NODE_TYPES as readonly unknown[]).includes(n.type)) {
      add('flow/bad-type', `${p}.type`, `Unknown node type ${JSON.stringify(n.type)}.`, `Use one of: ${NODE_TYPES.join(', ')}.`);
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
          if (!isObject(v)) add('flow/invalid', `${p}.validate`, '"validate" must be an object.', 'Write { "pattern": "…" }, { "number": { "min": 0, "max": 100 } }, { "enum": [ … ] } or { "maxLength": 80 }.');
          else {
            if (v.pattern !== undefined) {
              try {
                new RegExp(String(v.pattern), 'u');
              } catch {
                add('flow/bad-pattern', `${p}.validate.pattern`, 'This regular expression does not compile.', 'Check brackets and escapes (write \\\\d for a digit in JSON).');
              }
            }
            if (v.number !== undefined) {
              const num = v.number;
              if (!isObject(num)) add('flow/invalid', `${p}.validate.number`, '"number" must be { "min": …, "max": … }.', 'Write "number": { "min": 0, "max": 100 } (both optional, plus "integer": true for whole numbers).');
              else if (typeof num.min === 'number' && typeof num.max === 'number' && num.min > num.max) add('flow/invalid', `${p}.validate.number`, '"min" is greater than "max".', 'Swap them.');
            }
            if (v.enum !== undefined && (!Array.isArray(v.enum) || v.enum.length === 0)) add('flow/invalid', `${p}.validate.enum`, '"enum" must be a non-empty list of accepted answers.', 'Write "enum": ["oui", "non"].');
          }
        }
        break;
      }
      case 'branch':
        if (!Array.isArray(n.cases) || n.cases.length === 0) add('flow/missing-field', `${p}.cases`, 'A branch needs "cases": [{ "when": {…}, "next": "…" }].', 'Add at least one case, and "else" for the rest.');
        else
          n.cases.forEach((c, j) => {
            if (!isObject(c)) {
              add('flow/invalid', `${p}.cases[${j}]`, 'A case must be an object.', 'Write { "when": { "test": "slots.age", "lt": 18 }, "next": "…" }.');
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
          if (!Array.isArray(n.categories)) add('flow/invalid', `${p}.categories`, '"categories" must be a list.', 'Write "categories": ["food", "transport"].');
          else n.categories.forEach((c, j) => !(TIP_CATEGORIES as readonly unknown[]).includes(c) && add('flow/bad-category', `${p}.categories[${j}]`, `Unknown category ${JSON.stringify(c)}.`, `Use one of: ${TIP_CATEGORIES.join(', ')}.`));
        }
        if (n.categorySlot !== undefined) {
          slotName(n.categorySlot, `${p}.categorySlot`);
          refs.push({ ref: `slots.${String(n.categorySlot)}`, path: `${p}.categorySlot` });
        }
        if (!isObject(n.choose)) add('flow/missing-field', `${p}.choose`, 'A suggest node needs "choose": { "label": {…}, "next": "…" }.', 'Add "choose": { "label": { "fr": "Je le garde" }, "next": "…" }.');
        else {
          text(n.choose.label, `${p}.choose.label`);
          edge(id, n.choose.next, `${p}.choose.next`);
          keywords(n.choose.keywords, `${p}.choose.keywords`);
        }
        if (n.another !== undefined) {
          if (!isObject(n.another)) add('flow/invalid', `${p}.another`, '"another" must be { "label": {…} }.', 'Write "another": { "label": { "fr": "Un autre" } }, or remove it.');
          else text(n.another.label, `${p}.another.label`);
        }
        replies(n.options, `${p}.options`, id, false);
        edge(id, n.none, `${p}.none`);
        break;
      case 'compute':
        if (slotName(n.slot, `${p}.slot`)) slotsWritten.add(n.slot as string);
        if (!(COMPUTE_OPS as readonly unknown[]).includes(n.op)) add('flow/bad-op', `${p}.op`, `Unknown operation ${JSON.stringify(n.op)}.`, `Use one of: ${COMPUTE_OPS.join(', ')}.`);
        if (n.op === 'divide' || n.op === 'multiply') {
          if (typeof n.from !== 'string') add('flow/missing-field', `${p}.from`, `"${String(n.op)}" needs "from": the value to start from.`, 'Write "from": "slots.total".');
          else refs.push({ ref: n.from, path: `${p}.from` });
          if (typeof n.by !== 'number' || !Number.isFinite(n.by) || (n.op === 'divide' && n.by === 0)) add('flow/invalid', `${p}.by`, '"by" must be a number (not zero for a division).', 'Write "by": 1000 for example.');
        }
        if (n.round !== undefined && (typeof n.round !== 'number' || n.round < 0 || n.round > 6)) add('flow/invalid', `${p}.round`, '"round" must be a number of decimal places between 0 and 6.', 'Write "round": 0 for whole numbers, 1 for one decimal…');
        edge(id, n.next, `${p}.next`);
        break;
      case 'collect':
        text(n.text, `${p}.text`);
        text(n.categoryText, `${p}.categoryText`);
        text(n.thanks, `${p}.thanks`);
        edge(id, n.next, `${p}.next`);
        if (n.cancel !== undefined) {
          if (!isObject(n.cancel)) add('flow/invalid', `${p}.cancel`, '"cancel" must be { "label": {…}, "next": "…" }.', 'Write "cancel": { "label": { "fr": "Laisser tomber" }, "next": "…" }, or remove it.');
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
  const closest = (name: string) => {
    const best = ids.map((id) => [id, editDistance(name, id, 4)] as const).filter(([, d]) => d <= 3).sort((a, b) => a[1] - b[1])[0];
    if (best) return `Did you mean "${best[0]}"?`;
    return ids.length ? `Known nodes: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? '…' : ''}.` : 'Add a node with this id to "nodes".';
  };
  const checkRef = (to: string, path: string) => {
    if (!types.has(to)) add('flow/unknown-node', path, `No node has the id "${to}".`, closest(to));
  };
  for (const list of edges.values()) for (const e of list) checkRef(e.to, e.path);

  const roots: string[] = [];
  if (typeof flow.start !== 'string') add('flow/missing-field', '$.start', 'The flow needs "start": the id of its first node.', 'Write "start": "hello", the id of a node.');
  else {
    checkRef(flow.start, '$.start');
    roots.push(flow.start);
  }

  // Intents.
  if (flow.intents !== undefined) {
    if (!Array.isArray(flow.intents)) add('flow/invalid', '$.intents', '"intents" must be a list.', 'Write "intents": [{ "id": "help", "action": "goto", "next": "help", "label": {…}, "keywords": {…} }].');
    else {
      const seen = new Set<string>();
      flow.intents.forEach((it, i) => {
        const p = `$.intents[${i}]`;
        if (!isObject(it)) {
          add('flow/invalid', p, 'An intent must be an object.', 'Write { "id": "help", "action": "goto", "next": "help", "label": {…}, "keywords": {…} }.');
          return;
        }
        if (typeof it.id !== 'string' || !ID_PATTERN.test(it.id)) add('flow/missing-field', `${p}.id`, 'An intent needs an "id".', 'Use letters, digits, - or _ (e.g. "help").');
        else if (seen.has(it.id)) add('flow/duplicate-id', `${p}.id`, `Two intents have the id "${it.id}".`, 'Give each intent its own id.');
        else seen.add(it.id);
        if (!(INTENT_ACTIONS as readonly unknown[]).includes(it.action)) add('flow/invalid', `${p}.action`, `Unknown intent action ${JSON.stringify(it.action)}.`, `Use one of: ${INTENT_ACTIONS.join(', ')}.`);
        if (it.action === 'goto') {
          if (typeof it.next !== 'string') add('flow/missing-field', `${p}.next`, 'A "goto" intent needs "next".', 'Write "next": the id of the node to jump to.');
          else {
            checkRef(it.next, `${p}.next`);
            roots.push(it.next);
          }
        }
        text(it.label, `${p}.label`);
        if (!isObject(it.keywords)) add('flow/missing-field', `${p}.keywords`, 'An intent needs "keywords": the words that trigger it, per language.', 'Write "keywords": { "fr": ["aide"], "en": ["help"] }.');
        else keywords(it.keywords, `${p}.keywords`);
      });
    }
  }
  text(flow.fallback, '$.fallback');
  if (flow.freeText !== undefined) {
    if (!isObject(flow.freeText)) add('flow/invalid', '$.freeText', '"freeText" must be an object.', 'Write "freeText": { "tipNode": "<a suggest node>", "categorySlot": "theme" }.');
    else {
      const ft = flow.freeText;
      if (ft.tipNode !== undefined) {
        if (typeof ft.tipNode !== 'string') add('flow/invalid', '$.freeText.tipNode', '"tipNode" must be a node id.', 'Write "tipNode": the id of a suggest node.');
        else {
          checkRef(ft.tipNode, '$.freeText.tipNode');
          roots.push(ft.tipNode);
          if (types.has(ft.tipNode) && types.get(ft.tipNode) !== 'suggest') add('flow/invalid', '$.freeText.tipNode', `"${ft.tipNode}" is not a suggest node.`, 'Point "tipNode" at a node of type "suggest".');
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
      if (!SLOT_NAME_PATTERN.test(name)) add('flow/bad-slot', path, `"${name}" is not a valid slot name.`, 'A slot name starts with a lower-case letter and holds only letters, digits and _.');
      else if (!slotsWritten.has(name)) add('flow/unknown-slot', path, `No node writes the slot "${name}".`, slotsWritten.size ? `Slots written in this flow: ${[...slotsWritten].join(', ')}.` : 'Write it with an "ask" node, a "compute" node or a reply\'s "set".');
      continue;
    }
    if (head === 'situation' && name !== undefined) {
      if (!(SITUATION_KEYS as string[]).includes(name)) add('flow/bad-situation', path, `Unknown situation key "${name}".`, `Use one of: ${SITUATION_KEYS.join(', ')}.`);
      continue;
    }
    add('flow/bad-reference', path, `"${ref}" does not name a value.`, 'Use slots.<name>, context.<name>, situation.<key>, chosen.count, chosen.list, shown.count or total.');
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
      if (!reached.has(id)) add('flow/unreachable', `${nodePath.get(id)}`, `The node "${id}" can never be reached.`, 'Point a "next" at it from another node, or remove it.');
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
          add('flow/loop', e.path, `These nodes loop forever without waiting for the person: ${[...cycle, e.to].join(' → ')}.`, 'Put a node that waits for an answer (choices, ask, suggest, collect) or an end in the loop.');
        }
      } else if (!state.has(e.to)) visit(e.to, trail);
    }
    trail.pop();
    state.set(id, 2);
  };
  for (const id of ids) if (transient(id) && !state.has(id)) visit(id, []);

  return problems;
}

/** Validates and returns the flow typed, or throws an `AncreError` with every problem. */
export function assertFlow(input: unknown, source?: string): Flow {
  const problems = validateFlow(input, source);
  if (problems.length) throw new AncreError(problems);
  return input as Flow;
}
