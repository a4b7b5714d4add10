/**
 * Eco assistant: per-step engine time (headless), and a kiosk soak of 10,000 scripted conversations
 * through the element, each ended by the idle reset. Measured after GC at start and end: JS heap,
 * DOM nodes (shadow roots included), event listeners (add/remove counted by a wrapper installed before
 * anything is created), and the time of the last 1,000 conversations against the first 1,000.
 * Run with `npm run bench -- eco-assistant`.
 */
import { SimulatedClock } from 'xstate';
import { createAssistant, welcomeFlow, defaultTipsPack, type AssistantCommand } from '../../packages/eco-assistant/src/sdk.js';
import type { AncreEcoAssistant } from '../../packages/eco-assistant/src/eco-assistant.js';

const ENGINE_RUNS = 100;

// Count listeners: every add/remove of the page goes through this wrapper.
let listeners = 0;
const proto = EventTarget.prototype;
const add = proto.addEventListener;
const remove = proto.removeEventListener;
const registered = new WeakMap<object, Set<unknown>>();
proto.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (fn) {
    const key = `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
    let set = registered.get(this);
    if (!set) registered.set(this, (set = new Set()));
    const id = `${key}`;
    const entry = [id, fn];
    if (![...set].some((e) => (e as unknown[])[0] === id && (e as unknown[])[1] === fn)) {
      set.add(entry);
      listeners++;
    }
  }
  return add.call(this, type, fn, options);
};
proto.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  const set = registered.get(this);
  if (set && fn) {
    const id = `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
    for (const e of set) {
      if ((e as unknown[])[0] === id && (e as unknown[])[1] === fn) {
        set.delete(e);
        listeners--;
        break;
      }
    }
  }
  return remove.call(this, type, fn, options);
};

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
/** Listeners on the nodes of the page (shadow roots included), the document and the window. */
function liveListeners(): number {
  let n = (registered.get(window)?.size ?? 0) + (registered.get(document)?.size ?? 0);
  const walk = (node: Node) => {
    if (node !== document) n += registered.get(node)?.size ?? 0;
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(document);
  return n;
}
function countNodes(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    n++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return n;
}
async function settle() {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (v: number) => Number(v.toFixed(3));

const SCRIPT: AssistantCommand[] = [
  { type: 'choose', id: 'quiz' },
  { type: 'choose', id: 'house' },
  { type: 'choose', id: 'gas' },
  { type: 'text', text: 'en voiture diesel' },
  { type: 'choose', id: 'sometimes' },
  { type: 'choose', id: 'meat-daily' },
  { type: 'choose', id: '__choose' },
  { type: 'text', text: 'vélo' },
  { type: 'text', text: 'oui' },
  { type: 'text', text: 'je veux economiser du chauffage' },
  { type: 'choose', id: '__choose' },
  { type: 'text', text: 'blabla' },
  { type: 'text', text: 'recommencer' },
];

export default async function run() {
  const CONVERSATIONS = (globalThis as { __ecoSoak?: number }).__ecoSoak ?? 10_000;
  const rows: Record<string, string | number>[] = [];
  const notes: string[] = [];

  // 1. Engine, headless: time of each step.
  const steps: number[] = [];
  const creates: number[] = [];
  for (let r = 0; r < ENGINE_RUNS; r++) {
    const t0 = performance.now();
    const a = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack, now: () => 0 });
    creates.push(performance.now() - t0);
    for (const cmd of SCRIPT) {
      const t = performance.now();
      a.send(cmd);
      steps.push(performance.now() - t);
    }
    a.stop();
    if (r % 20 === 0) await new Promise((res) => setTimeout(res, 0)); // let the page breathe
  }
  steps.sort((x, y) => x - y);
  creates.sort((x, y) => x - y);
  rows.push({ measure: 'engine step (ms)', p50: ms(pct(steps, 50)), p99: ms(pct(steps, 99)), max: ms(steps.at(-1)!), samples: steps.length });
  rows.push({ measure: 'createAssistant (ms)', p50: ms(pct(creates, 50)), p99: ms(pct(creates, 99)), max: ms(creates.at(-1)!), samples: creates.length });
  // 2. Kiosk soak through the element.
  await import('../../packages/eco-assistant/src/define.js');
  const clock = new SimulatedClock();
  const host = document.createElement('div');
  document.body.append(host);
  const el = document.createElement('ancre-eco-assistant') as AncreEcoAssistant;
  el.kiosk = true;
  el.typingDelay = 0;
  el.clock = clock;
  el.tipsData = defaultTipsPack;
  el.flowData = welcomeFlow;
  host.append(el);
  while (!el.engine) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  const root = el.shadowRoot!;
  const press = async (selector: string) => {
    root.querySelector<HTMLButtonElement>(selector)?.click();
    await el.updateComplete;
  };
  const say = async (text: string) => {
    const input = root.querySelector('input')!;
    input.value = text;
    root.querySelector('form')!.requestSubmit();
    await el.updateComplete;
  };
  const conversation = async () => {
    await press('[part="attract"] button');
    await press('.replies button[data-id="themes"]');
    await press('.replies button[data-id="food"]');
    await press('.replies button[data-id="__choose"]');
    await say('vélo');
    await press('.replies button[data-id="__choose"]');
    clock.increment(90_000); // idle warning
    await el.updateComplete;
    clock.increment(30_000); // reset
    await el.updateComplete;
  };
  // Warm up, then measure.
  for (let i = 0; i < 50; i++) await conversation();
  await settle();
  const start = { heap: heap(), nodes: countNodes(document), listeners: liveListeners(), added: listeners };
  const times: number[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    const t = performance.now();
    await conversation();
    times.push(performance.now() - t);
    if (i % 100 === 99) await new Promise((res) => setTimeout(res, 0)); // let the page breathe (outside the timings)
  }
  await settle();
  const end = { heap: heap(), nodes: countNodes(document), listeners: liveListeners(), added: listeners };
  const first = times.slice(0, 1000).reduce((s, x) => s + x, 0);
  const last = times.slice(-1000).reduce((s, x) => s + x, 0);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  const heapDelta = (end.heap - start.heap) / 1e6;
  rows.push({ measure: 'soak: JS heap (MB)', start: ms(start.heap / 1e6), end: ms(end.heap / 1e6), delta: ms(heapDelta), target: '≤ +1', verdict: verdict(heapDelta <= 1) });
  rows.push({ measure: 'soak: DOM nodes', start: start.nodes, end: end.nodes, delta: end.nodes - start.nodes, target: '≤ +100', verdict: verdict(end.nodes - start.nodes <= 100) });
  rows.push({ measure: 'soak: event listeners', start: start.listeners, end: end.listeners, delta: end.listeners - start.listeners, target: '+0', verdict: verdict(end.listeners === start.listeners) });
  rows.push({
    measure: 'soak: last 1,000 / first 1,000 conversations',
    start: `${ms(first)} ms`,
    end: `${ms(last)} ms`,
    delta: ms(last / first),
    target: '≤ 1.2×',
    verdict: verdict(last / first <= 1.2),
  });
  notes.push(`Listeners are counted on live targets (nodes in the page, document, window) through an add/remove wrapper; ${end.added - start.added} adds without remove went to nodes that left the page (Lit binds each new button once).`);
  notes.push(`${CONVERSATIONS} kiosk conversations (attract → theme → 2 gestures, one typed → idle warning → idle reset), SimulatedClock, typing delay 0.`);
  notes.push(`Engine: ${ENGINE_RUNS} runs of a ${SCRIPT.length}-step script over the default pack (${defaultTipsPack.items.length} tips).`);
  el.remove();
  host.remove();
  return { title: 'Eco assistant', rows, notes };
}
