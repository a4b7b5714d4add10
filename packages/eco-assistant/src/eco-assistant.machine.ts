// The element's loading machine: flow, tips and the free-text matcher arrive through one invoked
// actor (`load`), provided by the element (I/O) and by tests as a fake. Pure: imports only xstate and types.
import { assign, fromPromise, setup } from 'xstate';
import { toProblems, type AncreProblem } from '@ancre/core';
import type { Flow } from './flow/flow.types.js';
import type { Tip } from './tips.types.js';
import type { Nlu } from './nlu/match.js';

/** What the conversation needs before it can start. */
export interface LoadedContent {
  flow: Flow;
  tips: readonly Tip[];
  nlu: Nlu;
}

export interface LoaderContext {
  loaded: LoadedContent | undefined;
  problems: AncreProblem[];
}

export const ecoAssistantLoader = setup({
  types: {
    context: {} as LoaderContext,
    events: {} as { type: 'reload' },
  },
  actors: {
    /** Replaced by the element with `machine.provide({ actors: { load } })`. */
    load: fromPromise<LoadedContent>(async () => {
      throw new Error('The "load" actor must be provided.');
    }),
  },
}).createMachine({
  id: 'eco-assistant-loader',
  context: { loaded: undefined, problems: [] },
  initial: 'loading',
  on: { reload: { target: '.loading', reenter: true } },
  states: {
    loading: {
      tags: ['loading'],
      invoke: {
        src: 'load',
        onDone: { target: 'ready', actions: assign({ loaded: ({ event }) => event.output, problems: [] }) },
        onError: { target: 'error', actions: assign({ loaded: undefined, problems: ({ event }) => toProblems(event.error, { code: 'assistant/load' }) }) },
      },
    },
    ready: {},
    error: { tags: ['error'] },
  },
});
