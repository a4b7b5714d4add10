// The element's loading machine, headless, with fake `load` actors.
import { expect } from '@open-wc/testing';
import { createActor, fromPromise, waitFor } from 'xstate';
import { AncreError } from '@ancre/core';
import { ecoAssistantLoader, type LoadedContent } from '../src/eco-assistant.machine.js';
import { nlu } from '../src/nlu/match.js';
import { miniFlow, testTips } from './fixtures.js';

describe('ecoAssistantLoader', () => {
  it('loads, then is ready with the content', async () => {
    const content: LoadedContent = { flow: miniFlow, tips: testTips, nlu };
    const actor = createActor(ecoAssistantLoader.provide({ actors: { load: fromPromise<LoadedContent>(async () => content) } })).start();
    expect(actor.getSnapshot().hasTag('loading')).to.equal(true);
    const s = await waitFor(actor, (x) => x.matches('ready'));
    expect(s.context.loaded).to.equal(content);
  });

  it('turns a failed load into problems, and reloads on demand', async () => {
    let calls = 0;
    const actor = createActor(
      ecoAssistantLoader.provide({
        actors: {
          load: fromPromise<LoadedContent>(async () => {
            calls++;
            if (calls === 1) throw new AncreError({ code: 'load/http', message: 'The server answered 404.', source: 'flow.json' });
            return { flow: miniFlow, tips: testTips, nlu };
          }),
        },
      }),
    ).start();
    const failed = await waitFor(actor, (x) => x.hasTag('error'));
    expect(failed.context.problems).to.deep.equal([{ code: 'load/http', message: 'The server answered 404.', source: 'flow.json' }]);
    actor.send({ type: 'reload' });
    const ok = await waitFor(actor, (x) => x.matches('ready'));
    expect(ok.context.problems).to.deep.equal([]);
    expect(calls).to.equal(2);
  });

  it('a reload while loading aborts the first load', async () => {
    const signals: AbortSignal[] = [];
    const actor = createActor(
      ecoAssistantLoader.provide({
        actors: {
          load: fromPromise<LoadedContent>(({ signal }) => {
            signals.push(signal);
            return new Promise(() => undefined);
          }),
        },
      }),
    ).start();
    actor.send({ type: 'reload' });
    expect(signals).to.have.length(2);
    expect(signals[0]!.aborted).to.equal(true);
    expect(signals[1]!.aborted).to.equal(false);
    actor.stop();
  });
});
