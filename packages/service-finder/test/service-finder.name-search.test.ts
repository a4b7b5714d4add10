// Searching places by name in <ancre-service-finder>: a query that is not exactly a commune or a
// postcode also looks for places whose name or kind matches it (search.ts findByName).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AncreServiceFinder } from '../src/index.js';
import { fakeCommuneIndex } from './helpers/communes.js';
import { findByName } from '../src/search.js';
import type { ServicePoint } from '../src/service-finder.types.js';

const FIXTURE = '/packages/service-finder/test/fixtures/services-fixture.json';
const DEFAULT_DATA = '/packages/service-finder/dist/data/services/index.json';
const COMMUNE_FILES = '/packages/core/test/fixtures/communes/';

const COMMUNES = [
  { code: '01053', name: 'Bourg-en-Bresse', postcodes: ['01000'], departement: '01', lat: 46.2052, lon: 5.2255 },
  { code: '01262', name: 'Montluel', postcodes: ['01120'], departement: '01', lat: 45.8517, lon: 5.0563 },
];
/** Prefix matches only (so "Mont" is a close commune, not an exact one). */
const communeIndex = fakeCommuneIndex(COMMUNES);

function place(id: string, name: string, commune: string, postcode: string, extra: Partial<ServicePoint> = {}): ServicePoint {
  return {
    id,
    name,
    kinds: ['france-services'],
    services: ['caf'],
    address: { street: '1 place de la Mairie', postcode, commune },
    location: { lat: 45.9, lon: 6.87 },
    source: { name: 'test', licence: 'Licence Ouverte 2.0', date: '2024-01-01' },
    ...extra,
  };
}

async function finder(props: Partial<AncreServiceFinder>): Promise<AncreServiceFinder> {
  const el = document.createElement('ancre-service-finder');
  el.lang = 'fr';
  Object.assign(el, props);
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: AncreServiceFinder, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: AncreServiceFinder, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];

async function search(el: AncreServiceFinder, text: string) {
  $<HTMLInputElement>(el, '#q')!.value = text;
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await waitUntil(() => el.view !== 'busy', 'search done', { timeout: 8000 });
  await el.updateComplete;
}
const names = (el: AncreServiceFinder) => $$(el, 'ol.results > li h4').map((h) => h.textContent!.trim());

describe('findByName (model)', () => {
  const points = [
    place('a', 'Médiathèque de Belley', 'Belley', '01300'),
    place('b', 'Mairie de Belley', 'Belley', '01300', { kinds: ['mairie'], services: [] }),
    place('c', 'Maison du Mont-Blanc', 'Chamonix-Mont-Blanc', '74400'),
    place('d', 'France services de Montluel', 'Montluel', '01120'),
  ];
  const at = new Date('2024-03-04T10:00:00Z');
  const noFilter = { kinds: [], services: [], openNow: false };

  it('matches every word typed, accents and case aside, one typo forgiven', async () => {
    expect((await findByName(points, 'MEDIATHEQUE', noFilter, 10, at)).map((r) => r.point.id)).to.deep.equal(['a']);
    expect((await findByName(points, 'mediatheque belley', noFilter, 10, at)).map((r) => r.point.id)).to.deep.equal(['a']);
    expect((await findByName(points, 'mediateque', noFilter, 10, at)).map((r) => r.point.id)).to.deep.equal(['a']);
    expect(await findByName(points, 'mediatheque lyon', noFilter, 10, at)).to.deep.equal([]);
  });

  it('leaves out a place matched only by its commune or postcode (that query means the commune)', async () => {
    expect(await findByName(points, 'Belley', noFilter, 10, at)).to.deep.equal([]);
    expect(await findByName(points, '01300', noFilter, 10, at)).to.deep.equal([]);
    // "Mont-Blanc" is in the name of a place of another commune, and in the name of its own: kept once, as a name.
    expect((await findByName(points, 'Maison Mont', noFilter, 10, at)).map((r) => r.point.id)).to.deep.equal(['c']);
  });

  it('applies the filters and the limit, and gives no distance', async () => {
    const mairies = await findByName(points, 'belley', { ...noFilter, kinds: ['mairie'] }, 10, at);
    expect(mairies).to.deep.equal([]);
    const byKind = await findByName(points, 'mairie', { ...noFilter, kinds: ['mairie'] }, 10, at);
    expect(byKind.map((r) => r.point.id)).to.deep.equal(['b']);
    const one = await findByName(points, 'France services', noFilter, 1, at);
    expect(one).to.have.length(1);
    expect(one[0]!.distanceKm).to.equal(undefined);
  });
});

describe('<ancre-service-finder>: places by name', () => {
  it('a name that is no commune lists the places so named, by relevance, without distances', async () => {
    const el = await finder({ src: FIXTURE, communeIndex });
    setTimeout(() => void search(el, 'côtière'));
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail).to.deep.equal({ queryType: 'text', query: 'côtière', filters: { services: [], kinds: [], openNow: false } });
    await waitUntil(() => el.view === 'results', 'results', { timeout: 8000 });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['France Services Côtière', 'France Service Côtière et Plateau']);
    expect($(el, '#results-heading')!.textContent!.trim()).to.equal('2 lieux pour « côtière »');
    expect($(el, 'ol.results')!.getAttribute('aria-label')).to.equal('Lieux, du plus pertinent au moins pertinent');
    expect($$(el, 'ol.results .distance')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('close communes and places: both are offered; a place opens its details, back lists the places', async () => {
    const points = [
      place('mb', 'Maison du Mont-Blanc', 'Les Houches', '74310'),
      place('ml', 'France services de Montluel', 'Montluel', '01120', { location: { lat: 45.85, lon: 5.06 } }),
    ];
    const el = await finder({ points, communeIndex });
    await search(el, 'Mont');
    expect(el.view).to.equal('ambiguous');
    expect($(el, '#ambiguous-heading')!.textContent!.trim()).to.equal('Plusieurs réponses pour « Mont »');
    const lists = $$(el, 'ul.candidates');
    expect(lists.map((l) => $$(el, `#${l.getAttribute('aria-labelledby')}`)[0]!.textContent!.trim())).to.deep.equal(['Communes', 'Lieux']);
    expect([...lists[1]!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Maison du Mont-Blanc (Les Houches)']);
    await expect(el).to.be.accessible();
    setTimeout(() => lists[1]!.querySelector('button')!.click());
    const select = await oneEvent(el, 'ancre-service-select');
    expect(select.detail.point.id).to.equal('mb');
    await el.updateComplete;
    expect(el.view).to.equal('details');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'details-heading', 'focus on the details');
    el.send({ type: 'back' });
    await el.updateComplete;
    expect(el.view).to.equal('results');
    expect(names(el)).to.deep.equal(['Maison du Mont-Blanc']);
  });

  it('choosing the commune instead searches around it', async () => {
    const points = [
      place('mb', 'Maison du Mont-Blanc', 'Les Houches', '74310'),
      place('ml', 'France services de Montluel', 'Montluel', '01120', { location: { lat: 45.85, lon: 5.06 } }),
    ];
    const el = await finder({ points, communeIndex });
    await search(el, 'Mont');
    $$<HTMLButtonElement>(el, 'ul.candidates')[0]!.querySelector('button')!.click();
    await waitUntil(() => el.view === 'results', 'results', { timeout: 8000 });
    expect(el.results[0]!.point.id).to.equal('ml');
    expect(el.results[0]!.distanceKm).to.be.lessThan(2);
  });

  it('a filter after a search by name searches by name again', async () => {
    const el = await finder({ src: FIXTURE, communeIndex });
    await search(el, 'mairie de');
    expect(el.view).to.equal('results');
    expect(el.results.length).to.equal(10);
    expect(el.results.every((r) => r.point.name.toLowerCase().includes('mairie'))).to.equal(true);
    el.send({ type: 'setFilters', filters: { kinds: ['france-services'] } });
    await waitUntil(() => el.view !== 'busy', 'search done', { timeout: 8000 });
    expect(el.view).to.equal('noResult');
    expect($(el, '.message')!.textContent).to.contain('Aucune commune ni aucun lieu ne correspond à « mairie de »');
  });

  it('an exact commune is searched around, never by name', async () => {
    const el = await finder({ src: FIXTURE, communeIndex });
    await search(el, 'Montluel');
    expect(el.view).to.equal('results');
    expect($(el, '#results-heading')!.textContent).to.contain('près de Montluel');
    expect(el.results.every((r) => r.distanceKm !== undefined)).to.equal(true);
  });

  it('per-département data: a search by name reads every file once, then answers from memory', async () => {
    performance.clearResourceTimings();
    const el = await finder({ src: DEFAULT_DATA, dataBase: COMMUNE_FILES });
    await search(el, 'médiathèque Belley');
    expect(el.view).to.equal('results');
    expect(names(el)).to.deep.equal(['Médiathèque de Belley']);
    const files = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/dist/data/services/') && !n.endsWith('index.json'));
    const first = files().length;
    expect(first, 'every département file').to.equal(12);
    await search(el, 'mediatheque valence');
    expect(names(el)).to.include('Médiathèque de Valence Sud');
    expect(files().length, 'no file fetched again').to.equal(first);
    await expect(el).to.be.accessible();
  });

  it('a large per-département set: a search by name looks only in the files already loaded', async () => {
    // The default index with counts inflated past 5,000 points: its files are the real ones beside it.
    const realFetch = globalThis.fetch;
    const big = DEFAULT_DATA.replace('index.json', 'big-index.json');
    const index = await (await realFetch(DEFAULT_DATA)).json();
    for (const d of index.departements) d.count *= 100;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/big-index.json') ? Promise.resolve(new Response(JSON.stringify(index))) : realFetch(input, init);
    try {
      performance.clearResourceTimings();
      const el = await finder({ src: big, dataBase: COMMUNE_FILES });
      const files = () =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name.slice(e.name.lastIndexOf('/') + 1))
          .filter((n) => /^\w+\.json$/.test(n) && n !== 'index.json' && !n.includes('big-index'))
          .filter((n) => index.departements.some((d: { file: string }) => d.file === n));
      await search(el, 'médiathèque');
      expect(files(), 'nothing loaded for a name alone').to.deep.equal([]);
      expect(el.view).to.equal('noResult');
      await search(el, 'Saint-Étienne');
      expect(el.view).to.equal('results');
      const loaded = files();
      expect(loaded).to.include('42.json');
      await search(el, 'médiathèque');
      expect(files(), 'no more file').to.deep.equal(loaded);
      expect(el.view).to.equal('results');
      const deps = new Set(loaded.map((f) => f.replace('.json', '')));
      expect(el.results.length).to.be.greaterThan(0);
      for (const r of el.results) expect(deps.has(r.point.address.postcode.slice(0, 2)), r.point.name).to.equal(true);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
