// The engine without validation (the element validates flows it loads, lazily). Use `createAssistant`.
import { createActor, type Actor } from 'xstate';
import { AncreError } from '@ancre/core';
import type { Tip } from '../tips.types.js';
import type { Flow, SlotValue } from '../flow/flow.types.js';
import { compileFlow, type AssistantEmitted, type AssistantEvent, type AssistantMachine } from '../flow/compile.js';
import { localize, type Lang, type Message } from './model.js';
import type { Nlu } from '../nlu/match.js';
import type { Situation } from '../tips.types.js';

/** What a person or the host can send. */
export type AssistantCommand =
  | { type: 'choose'; id: string }
  | { type: 'text'; text: string }
  | { type: 'intent'; id: string }
  | { type: 'restart' }
  | { type: 'extend' }
  | { type: 'locale'; locale: Lang };

/** The clock of delayed events (XState's interface; `SimulatedClock` in tests). */
export interface AssistantClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
  now?(): number;
}

export interface AssistantOptions {
  /** The flow (validated here: invalid flows throw an `AncreError` listing every problem). */
  flow: Flow | unknown;
  /** The tips: an array, or a pack `{ kind: 'ancre/tips', items: [...] }`. */
  tips: readonly Tip[] | { items: readonly Tip[] };
  locale?: Lang;
  /** Values the flow can test (`context.kiosk`, `context.territory`...). */
  context?: Record<string, SlotValue>;
  /** Clock for the typing delay and the idle reset (tests pass a `SimulatedClock`). */
  clock?: AssistantClock;
  /** Time of messages (default: the clock's `now`, else `Date.now`). */
  now?: () => number;
  /** Typing delay before the assistant's messages show (default 0). */
  typingMs?: number;
  /** Idle reset (kiosks): reset after `timeoutMs` without activity, warn `warningMs` before (default 30 s, at least 20 s). */
  idle?: { timeoutMs: number; warningMs?: number };
  /** Where the flow came from (file name in problems). */
  source?: string;
  /** The free-text matcher; `createAssistant` uses the bundled one (the element loads it lazily). */
  nlu?: Nlu;
}

export interface ReplyView {
  id: string;
  label: string;
}

/** What a view needs to draw the conversation. */
export interface AssistantSnapshot {
  /** Current node id. */
  node: string;
  messages: readonly Message[];
  /** Quick replies offered now (empty while typing). */
  replies: readonly ReplyView[];
  /** Whether the node waits for typed text (ask, collect) rather than a choice. */
  expectsText: boolean;
  typing: boolean;
  slots: Readonly<Record<string, SlotValue>>;
  situation: Readonly<Situation>;
  /** Chosen gestures, in order. */
  chosen: readonly Tip[];
  /** Sum of the chosen gestures, kg CO2e a year. */
  total: number;
  /** Whether the person has answered anything since the start (kiosk: attract screen when false). */
  started: boolean;
  idleWarning: boolean;
  locale: Lang;
}

/** A saved conversation (`persist()` → JSON → `restore()`). */
export interface PersistedAssistant {
  format: 'ancre-assistant-state/1';
  flowId: string;
  snapshot: unknown;
}

type Listener<T> = (value: T) => void;
export type AssistantEventType = AssistantEmitted['type'];

export interface Assistant {
  send(command: AssistantCommand): void;
  subscribe(listener: Listener<AssistantSnapshot>): () => void;
  on<K extends AssistantEventType>(type: K | '*', listener: Listener<Extract<AssistantEmitted, { type: K }>>): () => void;
  getSnapshot(): AssistantSnapshot;
  /** Every message so far (the same flow and inputs give the same transcript). */
  transcript(): Message[];
  persist(): PersistedAssistant;
  restore(saved: PersistedAssistant): void;
  stop(): void;
  readonly machine: AssistantMachine;
  readonly tips: readonly Tip[];
  readonly flow: Flow;
}

const USER_EVENTS = new Set(['choose', 'text', 'intent', 'restart', 'extend']);

/** Starts a conversation on a flow already validated (see `createAssistant`). */
export function startAssistant(options: AssistantOptions): Assistant {
  const flow = options.flow as Flow;
  const tips: readonly Tip[] = Array.isArray(options.tips) ? options.tips : (options.tips as { items: readonly Tip[] }).items ?? [];
  const tipById = new Map(tips.map((t) => [t.id, t] as const));
  if (!options.nlu) throw new AncreError({ code: 'assistant/nlu', message: 'startAssistant needs the free-text matcher (options.nlu).', hint: 'Use createAssistant, which provides it.' });
  const machine = compileFlow(flow, { tips, nlu: options.nlu });
  const clock = options.clock;
  const now = options.now ?? (clock?.now ? () => clock.now!() : () => Date.now());
  const idleMs = options.idle?.timeoutMs ?? 0;
  const input = {
    // Default: French, or the flow's first language when it has no French.
    locale: options.locale ?? (Array.isArray(flow.locales) && flow.locales.length && !flow.locales.includes('fr') ? flow.locales[0]! : 'fr'),
    context: options.context ?? {},
    typingMs: options.typingMs ?? 0,
    idleMs,
    warnMs: Math.max(20_000, options.idle?.warningMs ?? 30_000),
  };
  const snapshotListeners = new Set<Listener<AssistantSnapshot>>();
  const eventListeners = new Map<string, Set<Listener<AssistantEmitted>>>();
  let actor: Actor<AssistantMachine>;
  let view: AssistantSnapshot | undefined;
  let viewOf: unknown;

  const start = (snapshot?: unknown) => {
    actor = createActor(machine, { input, ...(clock ? { clock: clock as never } : {}), ...(snapshot ? { snapshot: snapshot as never } : {}) });
    actor.on('*', (event) => {
      for (const key of [event.type, '*']) eventListeners.get(key)?.forEach((l) => l(event as AssistantEmitted));
    });
    actor.subscribe(() => {
      const s = getSnapshot();
      snapshotListeners.forEach((l) => l(s));
    });
    actor.start();
  };

  const getSnapshot = (): AssistantSnapshot => {
    const s = actor.getSnapshot();
    if (view && viewOf === s) return view;
    const c = s.context;
    const typing = s.hasTag('typing');
    viewOf = s;
    view = {
      node: c.node,
      messages: c.messages,
      replies: typing ? [] : c.replies.map((r) => ({ id: r.id, label: localize(r.label, c.locale) })),
      expectsText: c.expectsText,
      typing,
      slots: c.slots,
      situation: c.situation,
      chosen: c.chosen.map((id) => tipById.get(id)).filter((t): t is Tip => !!t),
      total: c.total,
      started: c.started,
      idleWarning: c.idleWarning,
      locale: c.locale,
    };
    return view;
  };

  start();

  return {
    machine,
    tips,
    flow,
    send(command) {
      const at = now();
      actor.send({ ...command, at } as AssistantEvent);
      if (USER_EVENTS.has(command.type)) actor.send({ type: 'activity', at });
    },
    subscribe(listener) {
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    on(type, listener) {
      let set = eventListeners.get(type);
      if (!set) eventListeners.set(type, (set = new Set()));
      set.add(listener as Listener<AssistantEmitted>);
      return () => set.delete(listener as Listener<AssistantEmitted>);
    },
    getSnapshot,
    transcript: () => [...actor.getSnapshot().context.messages],
    persist: () => ({ format: 'ancre-assistant-state/1', flowId: flow.id, snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) }),
    restore(saved) {
      if (saved?.format !== 'ancre-assistant-state/1' || saved.flowId !== flow.id) {
        throw new AncreError({ code: 'assistant/restore', message: 'This saved conversation belongs to another flow or format.', hint: 'Start a new conversation.' });
      }
      actor.stop();
      view = undefined;
      start(saved.snapshot);
      const s = getSnapshot();
      snapshotListeners.forEach((l) => l(s));
    },
    stop() {
      actor.stop();
      snapshotListeners.clear();
      eventListeners.clear();
    },
  };
}
