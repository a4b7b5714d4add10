// Machine tests: no DOM, fake actors, no real timers.
import { expect } from '@open-wc/testing';
import { createActor, fromPromise, transition, waitFor, type SnapshotFrom } from 'xstate';
import { AncreError } from '@ancre/core';
import {
  finderMachine,
  finderView,
  GeolocationError,
  type FinderCommune,
  type FinderEmitted,
  type FinderInput,
  type FinderResolution,
  type FindNearbyInput,
  type ResolveQueryInput,
} from '../src/service-finder.machine.js';
import type { LatLon, ServicePoint, ServiceResult } from '../src/service-finder.types.js';

const lyon: FinderCommune = { code: '69123', name: 'Lyon', departement: '69', location: { lat: 45.758, lon: 4.835 } };
const bourg: FinderCommune = { code: '01053', name: 'Bourg-en-Bresse', departement: '01', location: { lat: 46.205, lon: 5.225 } };
const peronnas: FinderCommune = { code: '01289', name: 'Péronnas', departement: '01', location: { lat: 46.178, lon: 5.21 } };

function point(id: string, name = id): ServicePoint {
  return {
    id,
    name,
    kinds: ['france-services'],
    services: ['caf'],
    address: { street: '1 rue de la Paix', postcode: '69001', commune: 'Lyon', insee: '69123' },
    location: { lat: 45.76, lon: 4.83 },
    source: { name: 'test', licence: 'Licence Ouverte 2.0', date: '2022-01-01' },
  };
}
const twoResults: ServiceResult[] = [
  { point: point('a', 'Maison A'), distanceKm: 0.4 },
  { point: point('b', 'Maison B'), distanceKm: 2.5 },
];

interface Fakes {
  load?: () => Promise<{ count: number }>;
  /** A list of communes means exactly those communes (a postcode, a name typed in full). */
  resolve?: (input: ResolveQueryInput) => Promise<FinderCommune[] | FinderResolution>;
  find?: (input: FindNearbyInput) => Promise<ServiceResult[]>;
  locate?: () => Promise<LatLon>;
}

function start(input: FinderInput = {}, fakes: Fakes = {}) {
  const calls = { resolve: [] as ResolveQueryInput[], find: [] as FindNearbyInput[], load: 0, locate: 0 };
  const machine = finderMachine.provide({
    actors: {
      loadData: fromPromise(async () => {
        calls.load++;
        return (fakes.load ?? (async () => ({ count: 2 })))();
      }),
      resolveQuery: fromPromise<FinderResolution, ResolveQueryInput>(async ({ input: i }) => {
        calls.resolve.push(i);
        const out = await (fakes.resolve ?? (async (q: ResolveQueryInput) => (q.query === '01000' ? [bourg, peronnas] : q.query === 'nowhere' ? [] : [lyon])))(i);
        return Array.isArray(out) ? { communes: out, exact: out.length > 0 } : out;
      }),
      findNearby: fromPromise<ServiceResult[], FindNearbyInput>(async ({ input: i }) => {
        calls.find.push(i);
        return (fakes.find ?? (async () => twoResults))(i);
      }),
      locate: fromPromise<LatLon, void>(async () => {
        calls.locate++;
        return (fakes.locate ?? (async () => ({ lat: 45.7, lon: 4.8 })))();
      }),
    },
  });
  const actor = createActor(machine, { input });
  const emitted: FinderEmitted[] = [];
  actor.on('*', (e) => emitted.push(e as FinderEmitted));
  actor.start();
  return { actor, calls, emitted };
}

type Snap = SnapshotFrom<typeof finderMachine>;
const settle = (actor: ReturnType<typeof start>['actor']) => waitFor(actor, (s: Snap) => !s.hasTag('busy') && !s.hasTag('loading'));

describe('finderMachine', () => {
  it('starts loading (tag loading), then shows the idle form', async () => {
    const { actor } = start();
    expect(actor.getSnapshot().hasTag('loading')).to.equal(true);
    expect(finderView(actor.getSnapshot())).to.equal('loading');
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('idle');
    expect(actor.getSnapshot().context.data).to.deep.equal({ count: 2 });
  });

  it('goes to dataError (tag error) with problems when loading fails, and retry loads again', async () => {
    let fail = true;
    const { actor, calls } = start(
      {},
      {
        load: async () => {
          if (fail) throw new AncreError({ code: 'load/http', message: 'The server answered 404.', source: 'x.json' });
          return { count: 1 };
        },
      },
    );
    await settle(actor);
    const snap = actor.getSnapshot();
    expect(snap.hasTag('error')).to.equal(true);
    expect(finderView(snap)).to.equal('dataError');
    expect(snap.context.problems[0]).to.include({ code: 'load/http', source: 'x.json' });
    fail = false;
    actor.send({ type: 'retry' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('idle');
    expect(calls.load).to.equal(2);
  });

  it('a non-Ancre error still becomes a problem', async () => {
    const { actor } = start({}, { load: () => Promise.reject(new TypeError('boom')) });
    await settle(actor);
    expect(actor.getSnapshot().context.problems).to.deep.equal([{ code: 'load/failed', message: 'boom' }]);
  });

  it('a commune search resolves it, then finds points with the filters and limit, and emits search', async () => {
    const { actor, calls, emitted } = start({ limit: 3, filters: { services: ['caf'] } });
    await settle(actor);
    actor.send({ type: 'search', query: '  Lyon ' });
    expect(finderView(actor.getSnapshot())).to.equal('busy');
    await settle(actor);
    const snap = actor.getSnapshot();
    expect(finderView(snap)).to.equal('results');
    expect(calls.resolve.map(({ query, by }) => ({ query, by }))).to.deep.equal([{ query: 'Lyon', by: 'text' }]);
    expect(calls.resolve[0]!.limit).to.equal(3);
    expect(calls.find[0]).to.deep.equal({
      origin: { type: 'commune', commune: lyon },
      filters: { services: ['caf'], kinds: [], openNow: false },
      limit: 3,
    });
    expect(snap.context.results.map((r) => r.point.id)).to.deep.equal(['a', 'b']);
    expect(emitted).to.deep.equal([
      { type: 'search', queryType: 'text', query: 'Lyon', commune: { code: '69123', name: 'Lyon' }, filters: { services: ['caf'], kinds: [], openNow: false } },
    ]);
  });

  it('ignores an empty search', async () => {
    const { actor, calls } = start();
    await settle(actor);
    actor.send({ type: 'search', query: '   ' });
    expect(finderView(actor.getSnapshot())).to.equal('idle');
    expect(calls.resolve).to.have.length(0);
  });

  it('a postcode shared by several communes asks which one; choosing searches around it', async () => {
    const { actor, calls, emitted } = start();
    await settle(actor);
    actor.send({ type: 'search', query: '01000' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('ambiguous');
    expect(actor.getSnapshot().context.candidates.map((c) => c.code)).to.deep.equal(['01053', '01289']);
    expect(emitted).to.have.length(0);
    actor.send({ type: 'chooseCommune', commune: peronnas });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('results');
    expect(calls.find[0]!.origin).to.deep.equal({ type: 'commune', commune: peronnas });
    expect(emitted[0]).to.include({ type: 'search', queryType: 'commune' });
  });

  it('back from the choice returns to the form', async () => {
    const { actor } = start();
    await settle(actor);
    actor.send({ type: 'search', query: '01000' });
    await settle(actor);
    actor.send({ type: 'back' });
    expect(finderView(actor.getSnapshot())).to.equal('idle');
  });

  it('an unknown place gives noResult and still emits the search (no position)', async () => {
    const { actor, calls, emitted } = start();
    await settle(actor);
    actor.send({ type: 'search', query: 'nowhere' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('noResult');
    expect(actor.getSnapshot().context.origin).to.equal(undefined);
    expect(calls.find).to.have.length(0);
    expect(emitted).to.deep.equal([{ type: 'search', queryType: 'text', query: 'nowhere', filters: { services: [], kinds: [], openNow: false } }]);
  });

  it('no point around a commune gives noResult', async () => {
    const { actor } = start({}, { find: async () => [] });
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('noResult');
    expect(actor.getSnapshot().context.origin?.type).to.equal('commune');
  });

  it('the commune input (INSEE code) searches as soon as the data is loaded', async () => {
    const { actor, calls } = start({ commune: '69123' });
    await settle(actor);
    expect(calls.resolve).to.deep.equal([{ query: '69123', by: 'code' }]);
    expect(finderView(actor.getSnapshot())).to.equal('results');
  });

  it('the search started by the commune input emits nothing (events on user action only); later filters do', async () => {
    const { actor, emitted } = start({ commune: '69123' });
    await settle(actor);
    expect(emitted).to.have.length(0);
    actor.send({ type: 'setFilters', filters: { openNow: true } });
    await settle(actor);
    expect(emitted).to.have.length(1);
    expect(emitted[0]).to.deep.include({ type: 'search', queryType: 'commune', commune: { code: '69123', name: 'Lyon' } });
  });

  it('an unknown commune input leaves the form', async () => {
    const { actor } = start({ commune: '99999' }, { resolve: async () => [] });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('idle');
  });

  it('locate: granted position searches around it; the emitted search carries no position', async () => {
    const { actor, calls, emitted } = start();
    await settle(actor);
    actor.send({ type: 'locate' });
    expect(finderView(actor.getSnapshot())).to.equal('locating');
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('results');
    expect(calls.find[0]!.origin).to.deep.equal({ type: 'position', location: { lat: 45.7, lon: 4.8 } });
    expect(emitted).to.deep.equal([{ type: 'search', queryType: 'position', filters: { services: [], kinds: [], openNow: false } }]);
    expect(JSON.stringify(emitted)).not.to.contain('45.7');
  });

  for (const reason of ['denied', 'timeout', 'unavailable'] as const) {
    it(`locate: ${reason} gives its own state, and the text search still works`, async () => {
      const { actor } = start({}, { locate: () => Promise.reject(new GeolocationError(reason)) });
      await settle(actor);
      actor.send({ type: 'locate' });
      await settle(actor);
      const snap = actor.getSnapshot();
      expect(snap.matches({ ready: { geolocationFailed: reason } })).to.equal(true);
      expect(snap.context.geolocationFailure).to.equal(reason);
      actor.send({ type: 'search', query: 'Lyon' });
      await settle(actor);
      expect(finderView(actor.getSnapshot())).to.equal('results');
      expect(actor.getSnapshot().context.geolocationFailure).to.equal(undefined);
    });
  }

  it('an unexpected locate failure counts as unavailable', async () => {
    const { actor } = start({}, { locate: () => Promise.reject(new Error('?')) });
    await settle(actor);
    actor.send({ type: 'locate' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('geolocationUnavailable');
  });

  it('filters before any search are kept for the first search', async () => {
    const { actor, calls } = start();
    await settle(actor);
    actor.send({ type: 'setFilters', filters: { openNow: true, kinds: ['mairie'] } });
    expect(finderView(actor.getSnapshot())).to.equal('idle');
    expect(calls.find).to.have.length(0);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    expect(calls.find[0]!.filters).to.deep.equal({ services: [], kinds: ['mairie'], openNow: true });
  });

  it('filters after a search search again around the same place', async () => {
    const { actor, calls, emitted } = start();
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    actor.send({ type: 'setFilters', filters: { services: ['impots'] } });
    expect(finderView(actor.getSnapshot())).to.equal('busy');
    await settle(actor);
    expect(calls.find).to.have.length(2);
    expect(calls.find[1]).to.deep.include({ origin: { type: 'commune', commune: lyon } });
    expect(calls.find[1]!.filters.services).to.deep.equal(['impots']);
    expect(emitted).to.have.length(2);
  });

  it('filters changed twice while searching keep only the last search', async () => {
    const resolvers: Array<(r: ServiceResult[]) => void> = [];
    const { actor, calls } = start({}, { find: () => new Promise((res) => resolvers.push(res)) });
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await waitFor(actor, () => resolvers.length === 1);
    actor.send({ type: 'setFilters', filters: { openNow: true } });
    await waitFor(actor, () => resolvers.length === 2);
    resolvers[0]!(twoResults); // stale answer: its actor was stopped
    resolvers[1]!([]);
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('noResult');
    expect(calls.find[1]!.filters.openNow).to.equal(true);
  });

  it('select opens the details and emits select; back returns to the results', async () => {
    const { actor, emitted } = start();
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    actor.send({ type: 'select', id: 'b' });
    const snap = actor.getSnapshot();
    expect(finderView(snap)).to.equal('details');
    expect(snap.context.selected?.name).to.equal('Maison B');
    expect(emitted.at(-1)).to.deep.equal({ type: 'select', point: twoResults[1]!.point });
    actor.send({ type: 'back' });
    expect(finderView(actor.getSnapshot())).to.equal('results');
    expect(actor.getSnapshot().context.selected).to.equal(undefined);
  });

  it('select of an unknown id does nothing', async () => {
    const { actor, emitted } = start();
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    const before = emitted.length;
    actor.send({ type: 'select', id: 'zzz' });
    expect(finderView(actor.getSnapshot())).to.equal('results');
    expect(emitted).to.have.length(before);
  });

  it('a failing search goes to dataError', async () => {
    const { actor } = start({}, { find: () => Promise.reject(new AncreError({ code: 'load/network', message: 'offline' })) });
    await settle(actor);
    actor.send({ type: 'search', query: 'Lyon' });
    await settle(actor);
    expect(finderView(actor.getSnapshot())).to.equal('dataError');
    expect(actor.getSnapshot().context.problems[0]!.code).to.equal('load/network');
  });

  it('setLimit clamps nonsense to the default', async () => {
    const { actor } = start({ limit: -4 });
    expect(actor.getSnapshot().context.limit).to.equal(10);
    actor.send({ type: 'setLimit', limit: 5.7 });
    expect(actor.getSnapshot().context.limit).to.equal(5);
  });

  it('stopping the actor aborts the running actor (signal)', async () => {
    let aborted = false;
    const machine = finderMachine.provide({
      actors: {
        loadData: fromPromise(({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted')))))),
      },
    });
    const actor = createActor(machine, { input: {} }).start();
    actor.stop();
    expect(aborted).to.equal(true);
  });

  describe('places found by name', () => {
    const caf = { point: point('caf', 'Caisse d’allocations familiales de l’Ain'), score: 2 };
    const fs = { point: point('fs', 'France services de Bourg-en-Bresse'), score: 1.5 };

    it('no commune but places named so: they are the results, by relevance, with no origin; search is emitted', async () => {
      const { actor, calls, emitted } = start({}, { resolve: async () => ({ communes: [], exact: false, places: [caf, fs] }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'allocations' });
      await settle(actor);
      const snap = actor.getSnapshot();
      expect(finderView(snap)).to.equal('results');
      expect(snap.context.byName).to.equal(true);
      expect(snap.context.origin).to.equal(undefined);
      expect(snap.context.results.map((r) => r.point.id)).to.deep.equal(['caf', 'fs']);
      expect(calls.find).to.have.length(0);
      expect(emitted.map((e) => e.type)).to.deep.equal(['search']);
      expect(emitted[0]).to.include({ queryType: 'text', query: 'allocations' });
    });

    it('an exact commune wins over places with the same words (the places are not offered)', async () => {
      const { actor, calls } = start({}, { resolve: async () => ({ communes: [bourg], exact: true, places: [fs] }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'Bourg-en-Bresse' });
      await settle(actor);
      expect(finderView(actor.getSnapshot())).to.equal('results');
      expect(actor.getSnapshot().context.byName).to.equal(false);
      expect(calls.find).to.have.length(1);
      expect(calls.find[0]!.origin).to.deep.equal({ type: 'commune', commune: bourg });
    });

    it('close communes and places: both offered; choosing a place opens it, back lists the places', async () => {
      const { actor, emitted } = start({}, { resolve: async () => ({ communes: [bourg, peronnas], exact: false, places: [caf, fs] }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'bour' });
      await settle(actor);
      let snap = actor.getSnapshot();
      expect(finderView(snap)).to.equal('ambiguous');
      expect(snap.context.candidates).to.have.length(2);
      expect(snap.context.placeCandidates.map((r) => r.point.id)).to.deep.equal(['caf', 'fs']);
      actor.send({ type: 'choosePlace', id: 'nope' });
      expect(finderView(actor.getSnapshot())).to.equal('ambiguous');
      actor.send({ type: 'choosePlace', id: 'fs' });
      snap = actor.getSnapshot();
      expect(finderView(snap)).to.equal('details');
      expect(snap.context.selected?.id).to.equal('fs');
      expect(emitted.map((e) => e.type)).to.deep.equal(['search', 'select']);
      actor.send({ type: 'back' });
      snap = actor.getSnapshot();
      expect(finderView(snap)).to.equal('results');
      expect(snap.context.results.map((r) => r.point.id)).to.deep.equal(['caf', 'fs']);
      expect(snap.context.placeCandidates).to.deep.equal([]);
    });

    it('close communes and places: choosing a commune searches around it', async () => {
      const { actor, calls } = start({}, { resolve: async () => ({ communes: [bourg], exact: false, places: [fs] }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'bourg' });
      await settle(actor);
      expect(finderView(actor.getSnapshot())).to.equal('ambiguous');
      actor.send({ type: 'chooseCommune', commune: bourg });
      await settle(actor);
      expect(finderView(actor.getSnapshot())).to.equal('results');
      expect(actor.getSnapshot().context.byName).to.equal(false);
      expect(calls.find[0]!.origin).to.deep.equal({ type: 'commune', commune: bourg });
    });

    it('one close commune and no place searches around it at once', async () => {
      const { actor, calls } = start({}, { resolve: async () => ({ communes: [peronnas], exact: false, places: [] }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'peronas' });
      await settle(actor);
      expect(finderView(actor.getSnapshot())).to.equal('results');
      expect(calls.find[0]!.origin).to.deep.equal({ type: 'commune', commune: peronnas });
    });

    it('filters after a search by name search by name again, with the filters', async () => {
      let places = [caf, fs];
      const { actor, calls } = start({}, { resolve: async () => ({ communes: [], exact: false, places }) });
      await settle(actor);
      actor.send({ type: 'search', query: 'ain' });
      await settle(actor);
      places = [caf];
      actor.send({ type: 'setFilters', filters: { services: ['caf'] } });
      await settle(actor);
      const snap = actor.getSnapshot();
      expect(finderView(snap)).to.equal('results');
      expect(snap.context.results.map((r) => r.point.id)).to.deep.equal(['caf']);
      expect(calls.resolve).to.have.length(2);
      expect(calls.resolve[1]!.filters!.services).to.deep.equal(['caf']);
      expect(calls.find).to.have.length(0);
    });
  });

  it('pure transition: select from results goes to details and emits select; back clears it', () => {
    const context = createActor(finderMachine, { input: {} }).getSnapshot().context;
    const results = finderMachine.resolveState({ value: { ready: 'results' }, context: { ...context, results: twoResults } });
    const [details, actions] = transition(finderMachine, results, { type: 'select', id: 'a' });
    expect(details.value).to.deep.equal({ ready: 'details' });
    expect(details.context.selected?.id).to.equal('a');
    expect(actions.map((a) => a.type)).to.include('xstate.emit');
    const [back] = transition(finderMachine, details, { type: 'back' });
    expect(back.value).to.deep.equal({ ready: 'results' });
    expect(back.context.selected).to.equal(undefined);
    // back from the form does nothing; retry outside dataError does nothing
    const idle = finderMachine.resolveState({ value: { ready: 'idle' }, context });
    expect(transition(finderMachine, idle, { type: 'back' })[0].value).to.deep.equal({ ready: 'idle' });
    expect(transition(finderMachine, idle, { type: 'retry' })[0].value).to.deep.equal({ ready: 'idle' });
  });
});
