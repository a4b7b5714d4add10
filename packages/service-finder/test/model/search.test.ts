import { expect } from '@open-wc/testing';
import { SearchIndex, buildSearchIndex, buildSearchIndexAsync } from '../../src/model/search-index.js';
import { SpatialIndex, haversineKm } from '../../src/model/spatial.js';
import { createServiceStore, createServiceStoreAsync, isKnownOpen, timeZoneOf } from '../../src/model/store.js';
import type { ServicePoint, ServicesPack } from '../../src/service-finder.types.js';

const docs = [
  { name: 'Mairie de Saint-Étienne', commune: 'Saint-Étienne', postcode: '42000', keywords: 'mairie' },
  { name: 'France services de Belley', commune: 'Belley', postcode: '01300', keywords: 'france services' },
  { name: 'Médiathèque Louise Michel', commune: 'Annecy', postcode: '74000', keywords: 'bibliotheque médiathèque' },
  { name: 'Mairie de Belleydoux', commune: 'Belleydoux', postcode: '01130', keywords: 'mairie' },
  { name: 'Caisse d’allocations familiales', commune: 'Lyon', postcode: '69003', keywords: 'caf' },
];

describe('text index', () => {
  const index = buildSearchIndex(docs);
  const top = (q: string) => index.search(q, { limit: 3 }).map((h) => h.doc);
  it('ignores accents, case, hyphens and "st" abbreviations', () => {
    expect(top('saint etienne')[0]).to.equal(0);
    expect(top('ST-ETIENNE')[0]).to.equal(0);
    expect(top('médiathèque louise michel')[0]).to.equal(2);
  });
  it('matches a prefix of the last word being typed', () => {
    expect(top('mediath')[0]).to.equal(2);
    expect(top('mairie bell')).to.deep.equal([3]);
    expect(top('belley')[0]).to.equal(1); // whole word beats the longer "belleydoux"
  });
  it('tolerates one typo in words of 4 letters or more', () => {
    expect(top('mediateque')[0]).to.equal(2);
    expect(top('belly')).to.include(1);
    expect(top('miarie saint etienne')[0]).to.equal(0);
    expect(index.search('mediateque', { typos: false })).to.deep.equal([]);
  });
  it('finds by postcode and commune, filters, and stops words do not count', () => {
    expect(top('01300')).to.deep.equal([1]);
    expect(top('lyon')).to.deep.equal([4]);
    expect(top('caf')).to.deep.equal([4]);
    expect(index.search('mairie', { filter: (d) => d !== 0 }).map((h) => h.doc)).to.deep.equal([3]);
    expect(top('de la')).to.deep.equal([]);
  });
  it('falls back to the documents matching most words when none has them all', () => {
    expect(top('mairie belley grenoble')[0]).to.be.oneOf([1, 3]);
  });
  it('round-trips through its serialised form (prebuilt or from a worker)', async () => {
    const copy = new SearchIndex(structuredClone(index.serialize()));
    expect(copy.search('belley').map((h) => h.doc)).to.deep.equal(index.search('belley').map((h) => h.doc));
    const sliced = await buildSearchIndexAsync(docs, { chunkSize: 2 });
    expect(sliced.serialize().terms).to.equal(index.serialize().terms);
    const abort = new AbortController();
    abort.abort();
    let error: unknown;
    await buildSearchIndexAsync(docs, { signal: abort.signal }).catch((e) => (error = e));
    expect(error).to.exist;
  });
});

describe('spatial index', () => {
  // A deterministic cloud over metropolitan France and a few overseas points.
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const points = Array.from({ length: 3000 }, () => ({ lat: 42.5 + rand() * 8.5, lon: -4.5 + rand() * 12.5 }));
  points.push({ lat: -21.1, lon: 55.5 }, { lat: 4.9, lon: -52.3 }, { lat: -22.27, lon: 166.44 });
  const index = SpatialIndex.build(points);
  const brute = (from: { lat: number; lon: number }, n: number, filter?: (i: number) => boolean) =>
    points
      .map((p, index) => ({ index, d: haversineKm(from.lat, from.lon, p.lat, p.lon) }))
      .filter((x) => !filter || filter(x.index))
      .sort((a, b) => a.d - b.d || a.index - b.index)
      .slice(0, n)
      .map((x) => x.index);
  it('computes great-circle distances', () => {
    expect(haversineKm(48.8566, 2.3522, 45.764, 4.8357)).to.be.closeTo(392, 2); // Paris–Lyon
  });
  it('gives exactly the nearest N, on land, at sea, overseas and with a filter', () => {
    const origins = [
      { lat: 45.76, lon: 4.84 },
      { lat: 46.5, lon: -8 }, // Atlantic
      { lat: -21.0, lon: 55.3 }, // Réunion
      { lat: 60, lon: 30 }, // far from everything
    ];
    for (const from of origins) {
      expect(index.nearest(from, 20).map((h) => h.index), JSON.stringify(from)).to.deep.equal(brute(from, 20));
      const even = (i: number) => i % 2 === 0;
      expect(index.nearest(from, 5, { filter: even }).map((h) => h.index)).to.deep.equal(brute(from, 5, even));
    }
    const hits = index.nearest({ lat: 45.76, lon: 4.84 }, 3);
    expect(hits[0]!.distanceKm).to.be.at.most(hits[1]!.distanceKm);
  });
  it('limits by distance and survives a serialisation round trip', () => {
    const from = { lat: 45.76, lon: 4.84 };
    const within = index.within(from, 50);
    expect(within.every((h) => h.distanceKm <= 50)).to.equal(true);
    expect(within.map((h) => h.index)).to.deep.equal(brute(from, 3003).filter((i) => haversineKm(from.lat, from.lon, points[i]!.lat, points[i]!.lon) <= 50));
    const copy = SpatialIndex.fromSerialized(structuredClone(index.serialize()));
    expect(copy.nearest(from, 10)).to.deep.equal(index.nearest(from, 10));
    expect(SpatialIndex.build([]).nearest(from, 3)).to.deep.equal([]);
  });
});

describe('service store over the fixture pack', () => {
  let pack: ServicesPack;
  before(async () => {
    pack = await (await fetch('/packages/service-finder/test/fixtures/services-fixture.json')).json();
  });
  it('answers text, proximity and filters', async () => {
    const store = await createServiceStoreAsync(pack.items);
    const sync = createServiceStore(pack.items);
    expect(store.size).to.equal(40);
    const fs = store.query({ text: 'france services', limit: 5 });
    expect(fs.length).to.be.greaterThan(0);
    expect(fs.every((r) => r.point.kinds.includes('france-services'))).to.equal(true);
    expect(sync.query({ text: 'france services', limit: 5 }).map((r) => r.point.id)).to.deep.equal(fs.map((r) => r.point.id));
    const lyon = { lat: 45.764, lon: 4.8357 };
    const near = store.query({ near: lyon, limit: 5 });
    expect(near).to.have.length(5);
    expect(near.map((r) => r.distanceKm!)).to.deep.equal([...near.map((r) => r.distanceKm!)].sort((a, b) => a - b));
    const mairies = store.query({ near: lyon, kinds: ['mairie'], limit: 50 });
    expect(mairies.length).to.be.greaterThan(0);
    expect(mairies.every((r) => r.point.kinds.includes('mairie'))).to.equal(true);
    const withServices = store.query({ near: lyon, services: ['caf', 'impots'], limit: 50 });
    expect(withServices.every((r) => r.point.services.includes('caf') && r.point.services.includes('impots'))).to.equal(true);
    // Open now: a Wednesday 10:00 in Paris vs. a Sunday 03:00.
    const wednesday = new Date('2026-12-02T09:00:00Z');
    const open = store.query({ near: lyon, openNow: true, at: wednesday, limit: 50 });
    expect(open.length).to.be.greaterThan(0);
    expect(open.every((r) => isKnownOpen(r.point, wednesday))).to.equal(true);
    expect(store.query({ near: lyon, openNow: true, at: new Date('2026-12-06T02:00:00Z'), limit: 50 })).to.deep.equal([]);
  });
  it('looks up by postcode, INSEE code and id', () => {
    const store = createServiceStore(pack.items);
    const p = pack.items[0]!;
    expect(store.withPostcode(p.address.postcode).map((x) => x.id)).to.include(p.id);
    expect(store.withInsee(p.address.insee!).map((x) => x.id)).to.include(p.id);
    expect(store.get(p.id)).to.equal(p);
    expect(store.get('nope')).to.equal(undefined);
  });
  it('uses the overseas time zone of a point', () => {
    const base = pack.items[0]!;
    const reunion: ServicePoint = { ...base, address: { ...base.address, postcode: '97400', insee: '97411' } };
    expect(timeZoneOf(reunion)).to.equal('Indian/Reunion');
    expect(timeZoneOf({ ...base, timeZone: 'America/Cayenne' })).to.equal('America/Cayenne');
    expect(timeZoneOf(base)).to.equal('Europe/Paris');
  });
});

describe('search worker', () => {
  it('builds indexes whose serialised form (what the worker posts) gives the same answers', async () => {
    const { buildIndexes } = await import('../../src/model/search-worker.js');
    const { ServiceStore } = await import('../../src/model/store.js');
    const pack = (await (await fetch('/packages/service-finder/test/fixtures/services-fixture.json')).json()) as ServicesPack;
    const { text, spatial } = structuredClone(buildIndexes(pack.items));
    const store = new ServiceStore(pack.items, new SearchIndex(text), SpatialIndex.fromSerialized(spatial));
    const local = createServiceStore(pack.items);
    expect(store.query({ text: 'mairie', limit: 5 }).map((r) => r.point.id)).to.deep.equal(local.query({ text: 'mairie', limit: 5 }).map((r) => r.point.id));
    const lyon = { lat: 45.764, lon: 4.8357 };
    expect(store.query({ near: lyon, limit: 5 }).map((r) => r.point.id)).to.deep.equal(local.query({ near: lyon, limit: 5 }).map((r) => r.point.id));
  });
  // A real Worker: the model imports core's text helpers from @ancre/core/text.js, which has no Lit.
  it('runs in a real module Worker (core text helpers come from the DOM-free @ancre/core/text.js)', async () => {
    const { createServiceStoreInWorker } = await import('../../src/model/search-worker.js');
    const pack = (await (await fetch('/packages/service-finder/test/fixtures/services-fixture.json')).json()) as ServicesPack;
    const worker = new Worker(new URL('../../src/model/search-worker.ts', import.meta.url), { type: 'module' });
    try {
      const store = await createServiceStoreInWorker(pack.items, worker);
      expect(store.query({ text: 'mairie', limit: 5 })).to.have.length.above(0);
    } finally {
      worker.terminate();
    }
  });
});
