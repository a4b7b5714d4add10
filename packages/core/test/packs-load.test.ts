import { expect, fixture, html } from '@open-wc/testing';
import { assign, createActor, setup, fromPromise, waitFor } from 'xstate';
import { AncreError } from '../src/errors.js';
import { loadPack, loadProblems, type LoadPackOptions, type LoadPackResult, type PackProblem } from '../src/packs/index.js';
import { validateService, type ServiceItem } from './fixtures/packs/service-item.js';

const KIND = 'ancre/services';
const FIXTURES = new URL('./fixtures/packs/', import.meta.url).href;

const PACK = {
  kind: KIND,
  id: 'fr.test.services',
  version: '1.0.0',
  locale: 'fr',
  licence: 'Licence Ouverte 2.0',
  sources: [{ name: 'Test' }],
  items: [{ id: 'a', name: 'Mairie A', category: 'mairie', insee: '01053' }],
};

/** A fake fetch that answers from a table of URL → [status, body], honouring the signal like the real one. */
function fakeFetch(table: Record<string, [number, string]>, calls: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    init?.signal?.throwIfAborted();
    const entry = table[url];
    if (!entry) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(entry[1], { status: entry[0], headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the load to fail');
    },
    (error: unknown) => error,
  );

describe('loadPack', () => {
  it('loads an inline object and an inline JSON string', async () => {
    const fromObject = await loadPack<ServiceItem>({ kind: KIND, validateItem: validateService, inline: PACK });
    expect(fromObject.pack.items[0]?.name).to.equal('Mairie A');
    expect(fromObject.source).to.equal('pack en ligne');
    const fromString = await loadPack<ServiceItem>({ kind: KIND, inline: JSON.stringify(PACK), locale: 'en' });
    expect(fromString.pack.id).to.equal('fr.test.services');
    expect(fromString.source).to.equal('inline pack');
  });

  it('reads a child <script type="application/json"> without running anything', async () => {
    (window as unknown as Record<string, unknown>)['ancreRan'] = false;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(PACK);
    host.append(script);
    // A script of another type next to it must be neither read nor run.
    const other = document.createElement('script');
    other.type = 'text/plain';
    other.textContent = 'window.ancreRan = true';
    host.prepend(other);
    const result = await loadPack({ kind: KIND, host });
    expect(result.pack.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(result.source).to.equal('<div> <script type="application/json">');
    expect((window as unknown as Record<string, unknown>)['ancreRan']).to.equal(false);
  });

  it('gives line and column when the child script is not valid JSON', async () => {
    const host = document.createElement('section');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'offices';
    script.textContent = '{\n  "kind": "ancre/services",\n  "id": "x",,\n}';
    host.append(script);
    const error = await rejection(loadPack({ kind: KIND, host, locale: 'en' }));
    expect(error).to.be.instanceOf(AncreError);
    const p = (error as AncreError).problems[0]!;
    expect(p).to.include({ code: 'pack/json', line: 3, column: 13, source: '<section> <script type="application/json" id="offices">' });
    expect(p.message).to.equal('Line 3, column 13: extra comma.');
  });

  it('loads from src with the fake fetch and resolves a relative extends against the pack file', async () => {
    const calls: string[] = [];
    const base = { ...PACK, id: 'fr.national', items: [...PACK.items, { id: 'b', name: 'B', category: 'caf', insee: '01053' }] };
    const local = { ...PACK, id: 'ain.local', extends: '../national/base.json', items: [], remove: ['b'] };
    const fetchImpl = fakeFetch(
      {
        'https://data.example.org/ain/local.json': [200, JSON.stringify(local)],
        'https://data.example.org/national/base.json': [200, JSON.stringify(base)],
      },
      calls,
    );
    const result = await loadPack({ kind: KIND, src: 'https://data.example.org/ain/local.json', fetchImpl, validateItem: validateService });
    expect(calls).to.deep.equal(['https://data.example.org/ain/local.json', 'https://data.example.org/national/base.json']);
    expect(result.pack.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(result.pack.chain.map((o) => [o.id, o.source])).to.deep.equal([
      ['fr.national', 'https://data.example.org/national/base.json'],
      ['ain.local', 'https://data.example.org/ain/local.json'],
    ]);
  });

  it('loads the fixture packs over real HTTP (national + territory)', async () => {
    const result = await loadPack<ServiceItem>({ kind: KIND, src: `${FIXTURES}ain-services.json`, validateItem: validateService });
    expect(result.warnings).to.deep.equal([]);
    expect(result.pack.items.map((i) => i.id)).to.deep.equal(['fs-bourg', 'caf-bourg', 'mairie-bourg']);
    expect(result.pack.items[0]?.hours).to.deep.equal({ mo: '09:00-12:00', we: '09:00-12:00' });
    expect(result.pack.items[0]?.note).to.deep.equal({ fr: 'Sur rendez-vous le mercredi après-midi.' });
    expect(result.pack.origins['caf-bourg']?.id).to.equal('fr.national.services');
    expect(result.pack.origins['fs-bourg']?.id).to.equal('ain.bourg.services');
    expect(result.pack.sources).to.have.length(2);
  });

  it('gives line and column for a fixture file with a syntax error', async () => {
    const error = await rejection(loadPack({ kind: KIND, src: `${FIXTURES}broken-syntax.json`, locale: 'en' }));
    const p = (error as AncreError).problems[0]!;
    expect(p).to.include({ code: 'pack/json', line: 5, column: 16 });
    expect(p.source).to.equal(`${FIXTURES}broken-syntax.json`);
    expect(p.message).to.contain('extra comma');
  });

  it('reports a 404 with the URL and a hint', async () => {
    const error = await rejection(loadPack({ kind: KIND, src: 'https://data.example.org/missing.json', fetchImpl: fakeFetch({}) }));
    expect(error).to.be.instanceOf(AncreError);
    expect((error as AncreError).problems[0]).to.include({ code: 'load/http', source: 'https://data.example.org/missing.json' });
    expect((error as AncreError).problems[0]!.hint).to.contain('src');
  });

  it('times out on a fetch that never answers, even one that ignores its signal', async () => {
    const deaf = (() => new Promise<Response>(() => {})) as typeof fetch;
    const started = performance.now();
    const error = await rejection(loadPack({ kind: KIND, src: 'https://slow.example.org/p.json', fetchImpl: deaf, timeoutMs: 50 }));
    expect(performance.now() - started).to.be.lessThan(2000);
    expect((error as AncreError).problems[0]).to.include({ code: 'load/timeout', source: 'https://slow.example.org/p.json' });
  });

  it('a load cancelled by the caller rejects with the abort reason, which gives no problem to show', async () => {
    const controller = new AbortController();
    const never = (() => new Promise<Response>(() => {})) as typeof fetch;
    const promise = loadPack({ kind: KIND, src: 'https://slow.example.org/p.json', fetchImpl: never, signal: controller.signal });
    controller.abort();
    const error = await rejection(promise);
    expect(error).not.to.be.instanceOf(AncreError);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(loadProblems(error, controller.signal)).to.equal(undefined);
    // Already aborted before the start: nothing is fetched.
    const calls: string[] = [];
    const again = await rejection(loadPack({ kind: KIND, src: 'x.json', fetchImpl: fakeFetch({}, calls), signal: controller.signal }));
    expect(again).not.to.be.instanceOf(AncreError);
    expect(calls).to.deep.equal([]);
  });

  it('refuses a pack of the wrong kind from any source', async () => {
    const error = await rejection(loadPack({ kind: 'ancre/tips', inline: PACK, locale: 'en' }));
    expect((error as AncreError).problems.map((p) => p.code)).to.deep.equal(['pack/wrong-kind']);
  });

  it('says how to give a pack when there is none', async () => {
    const error = await rejection(loadPack({ kind: KIND, host: document.createElement('div') }));
    const p = (error as AncreError).problems[0]!;
    expect(p.code).to.equal('pack/no-source');
    expect(p.hint).to.contain('src=').and.contain('application/json');
  });

  it('puts errors first and keeps warnings in the error', async () => {
    const data = { ...PACK, licenc: 'x', licence: undefined };
    const error = await rejection(loadPack({ kind: KIND, inline: data, locale: 'en' }));
    expect((error as AncreError).problems.map((p) => [p.code, (p as PackProblem).severity])).to.deep.equal([
      ['pack/missing-field', undefined],
      ['pack/unknown-field', 'warning'],
    ]);
    expect((error as AncreError).problems[1]!.hint).to.equal('Did you mean "licence"?');
  });

  it('works as an XState fromPromise actor: stopping the actor aborts the fetch', async () => {
    let seenSignal: AbortSignal | undefined;
    const fetchImpl = ((_url: RequestInfo | URL, init?: RequestInit) => {
      seenSignal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    }) as typeof fetch;
    const machine = setup({
      types: { context: {} as { result?: LoadPackResult<{ id: string }>; error?: unknown } },
      actors: { load: fromPromise<LoadPackResult<{ id: string }>, LoadPackOptions>(({ input, signal }) => loadPack({ ...input, signal })) },
    }).createMachine({
      context: {},
      initial: 'loading',
      states: {
        loading: {
          tags: ['loading'],
          invoke: {
            src: 'load',
            input: () => ({ kind: KIND, inline: PACK }),
            onDone: { target: 'ready', actions: assign({ result: ({ event }) => event.output }) },
            onError: { target: 'error', actions: assign({ error: ({ event }) => event.error }) },
          },
          on: { CANCEL: 'idle' },
        },
        idle: {},
        ready: {},
        error: { tags: ['error'] },
      },
    });
    const ok = createActor(machine).start();
    const done = await waitFor(ok, (s) => s.value !== 'loading');
    expect(done.value).to.equal('ready');
    expect(done.context.result?.pack.id).to.equal('fr.test.services');

    const slow = createActor(
      machine.provide({
        actors: {
          load: fromPromise<LoadPackResult<{ id: string }>, LoadPackOptions>(({ signal }) =>
            loadPack({ kind: KIND, src: 'https://slow.example.org/p.json', fetchImpl, signal }),
          ),
        },
      }),
    ).start();
    await new Promise((r) => setTimeout(r, 10));
    expect(seenSignal?.aborted).to.equal(false);
    slow.send({ type: 'CANCEL' });
    expect(slow.getSnapshot().value).to.equal('idle');
    expect(seenSignal?.aborted).to.equal(true);
    slow.stop();
  });
});
