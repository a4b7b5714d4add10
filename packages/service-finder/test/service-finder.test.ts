// Element tests in Chromium: each state rendered and axe-checked, events, focus, geolocation, errors.
import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import type { AncreServiceFinder, FinderGeolocation } from '../src/index.js';
import { fakeCommuneIndex, type TestCommune } from './helpers/communes.js';
import type { ServicePoint } from '../src/service-finder.types.js';
import { importFranceServicesCsv } from '../src/adapters/france-services-csv.js';
import { CommuneSelectEvent } from '@ancre/core';

const FIXTURE = '/packages/service-finder/test/fixtures/services-fixture.json';

// A few communes of the Ain (INSEE codes, La Poste postcodes, GeoNames-like centres).
const COMMUNES: TestCommune[] = [
  { code: '01289', name: 'Péronnas', postcodes: ['01960'], departement: '01', lat: 46.1786, lon: 5.2106 },
  { code: '01053', name: 'Bourg-en-Bresse', postcodes: ['01000'], departement: '01', lat: 46.2052, lon: 5.2255 },
  { code: '01344', name: 'Saint-Denis-lès-Bourg', postcodes: ['01000'], departement: '01', lat: 46.2022, lon: 5.1894 },
  { code: '01262', name: 'Montluel', postcodes: ['01120'], departement: '01', lat: 45.8517, lon: 5.0563 },
];
const communeIndex = fakeCommuneIndex(COMMUNES);

/** A geolocation that answers what the test says, when the test says. */
function fakeGeolocation() {
  const pending: { success: PositionCallback; error?: PositionErrorCallback | null }[] = [];
  const geo: FinderGeolocation = {
    getCurrentPosition: (success, error) => {
      pending.push({ success, error });
    },
  };
  return {
    geo,
    pending,
    grant(lat: number, lon: number) {
      pending.shift()!.success({ coords: { latitude: lat, longitude: lon, accuracy: 50 } } as GeolocationPosition);
    },
    fail(code: 1 | 2 | 3) {
      pending.shift()!.error?.({ code, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    },
  };
}

/** The element with the fixture pack and properties set before it connects. */
async function finder(extra: Partial<AncreServiceFinder> = {}): Promise<AncreServiceFinder> {
  const el = document.createElement('ancre-service-finder');
  el.lang = 'fr';
  el.src = FIXTURE;
  Object.assign(el, { communeIndex, ...extra });
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The element with properties only (no src). */
async function withPoints(extra: Partial<AncreServiceFinder>): Promise<AncreServiceFinder> {
  const el = document.createElement('ancre-service-finder');
  Object.assign(el, { communeIndex, ...extra });
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: AncreServiceFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AncreServiceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function search(el: AncreServiceFinder, text: string) {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = text;
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await waitUntil(() => el.view !== 'busy', 'search done', { timeout: 5000 });
  await el.updateComplete;
}

const names = (el: AncreServiceFinder) => $$(el, 'ol.results > li h4').map((h) => h.textContent!.trim());
const liveText = (el: AncreServiceFinder) => $(el, '[role=status]')!.textContent!.trim();

let windowErrors: unknown[] = [];
const onWindowError = (e: ErrorEvent | PromiseRejectionEvent) => windowErrors.push('reason' in e ? e.reason : e.error);
beforeEach(() => {
  windowErrors = [];
  window.addEventListener('error', onWindowError);
  window.addEventListener('unhandledrejection', onWindowError);
});
afterEach(() => {
  window.removeEventListener('error', onWindowError);
  window.removeEventListener('unhandledrejection', onWindowError);
  expect(windowErrors, 'no exception reaches the page').to.deep.equal([]);
});

describe('<ancre-service-finder>', () => {
  it('shows loading (busy, accessible), then the idle search form with every control labelled', async () => {
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder src=${FIXTURE}></ancre-service-finder>`);
    expect(el.view).to.equal('loading');
    expect($(el, '.message')!.textContent).to.contain('Chargement');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.view === 'idle', 'idle', { timeout: 5000 });
    await el.updateComplete;
    expect($(el, 'label[for=q]')!.textContent).to.contain('Commune, code postal ou nom du lieu');
    expect($(el, 'form[role=search]')).to.exist;
    const locate = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Autour de moi'));
    expect(locate).to.exist;
    expect($$(el, 'fieldset legend').map((l) => l.textContent!.trim())).to.deep.equal(['Ce que vous voulez faire', 'Type de lieu']);
    // Only the kinds present in the data are offered.
    expect($$<HTMLInputElement>(el, 'input[name=kinds]').map((i) => i.value)).to.deep.equal(['france-services', 'mairie', 'mediation-numerique']);
    await expect(el).to.be.accessible();
  });

  it('a commune search lists the nearest points in an ordered list, sorted by distance, and fires ancre-search', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'Péronnas';
    setTimeout(() => $<HTMLButtonElement>(el, 'form button[type=submit]')!.click());
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail).to.deep.equal({
      queryType: 'text',
      query: 'Péronnas',
      commune: { code: '01289', name: 'Péronnas' },
      filters: { services: [], kinds: [], openNow: false },
    });
    await waitUntil(() => el.view === 'results', 'results', { timeout: 5000 });
    await el.updateComplete;
    const items = $$(el, 'ol.results > li');
    expect(items).to.have.length(10);
    expect(names(el)[0]).to.equal('mairie de peronnas');
    const distances = $$(el, 'ol.results .distance').map((d) => d.textContent!);
    expect(distances[0]).to.match(/^À \d+\sm$/);
    const km = distances.map((d) => {
      const m = /([\d,\s\u202f]+)\s*(k?m)/.exec(d)!;
      const n = Number(m[1]!.replace(/[\s\u202f]/g, '').replace(',', '.'));
      return m[2] === 'km' ? n : n / 1000;
    });
    expect([...km].sort((a, b) => a - b)).to.deep.equal(km);
    expect(liveText(el)).to.equal('10 lieux près de Péronnas');
    expect($(el, '#results-heading')!.textContent).to.equal('10 lieux près de Péronnas');
    await expect(el).to.be.accessible();
  });

  it('each result shows kind, address, opening status, phone as tel: link, source and date', async () => {
    const now = new Date('2026-03-02T09:00:00Z'); // Monday 10:00 in Paris
    const el = await finder({ now });
    await search(el, 'Péronnas');
    const first = $$(el, 'ol.results > li')[0]!;
    expect(first.querySelector('.kind')!.textContent).to.contain('Mairie');
    expect(first.querySelector('address')!.textContent).to.contain('01960 Peronnas');
    expect(first.querySelector('.status')!.textContent).to.equal('Ouvert · ferme à 12 h');
    expect(first.querySelector('.source')!.textContent).to.match(/Source : .*ANCT.*Licence Ouverte 2\.0.*fiche du \d+ \S+ 20\d\d/);
  });

  it('a postcode shared by several communes asks which one, then searches around the one chosen', async () => {
    // Core's real commune index over its fixture (no Ain commune there): the communes of the points answer.
    const el = await finder({ communeIndex: undefined, dataBase: '/packages/core/test/fixtures/communes/' });
    await search(el, '01380');
    expect(el.view).to.equal('ambiguous');
    const choices = $$<HTMLButtonElement>(el, '.candidates button');
    expect(choices.map((b) => b.textContent!.trim())).to.include.members(['Bâgé-le-Châtel (01380)', 'Saint-André-de-Bâgé (01380)']);
    expect(liveText(el)).to.contain('Plusieurs communes correspondent à « 01380 »');
    expect(el.shadowRoot!.activeElement === $(el, '#ambiguous-heading'), 'focus on the question').to.equal(true);
    await expect(el).to.be.accessible();
    const chosen = choices.find((b) => b.textContent!.includes('Saint-André'))!;
    setTimeout(() => chosen.click());
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail.queryType).to.equal('commune');
    expect(event.detail.commune?.name).to.equal('Saint-André-de-Bâgé');
    await waitUntil(() => el.view === 'results');
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Mairie de St André de Bâgé');
  });

  it('an unknown commune gives a clear no-result message, accessible', async () => {
    const el = await finder();
    await search(el, 'Zzyzx');
    expect(el.view).to.equal('noResult');
    expect($(el, '.message')!.textContent).to.contain('Aucune commune ni aucun lieu ne correspond à « Zzyzx »');
    expect(liveText(el)).to.contain('Aucune commune');
    await expect(el).to.be.accessible();
  });

  it('"Autour de moi" asks the position only when pressed, then lists around it; the event has no position', async () => {
    const fake = fakeGeolocation();
    const el = await finder({ geolocation: fake.geo });
    expect(fake.pending).to.have.length(0);
    const locate = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Autour de moi'))!;
    locate.click();
    await el.updateComplete;
    expect(el.view).to.equal('locating');
    expect(liveText(el)).to.contain('Recherche de votre position');
    await expect(el).to.be.accessible();
    expect(fake.pending).to.have.length(1);
    setTimeout(() => fake.grant(45.8464, 5.0569)); // Montluel
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail).to.deep.equal({ queryType: 'position', filters: { services: [], kinds: [], openNow: false } });
    await waitUntil(() => el.view === 'results');
    await el.updateComplete;
    expect(names(el)[0]).to.equal('France Services Côtière');
    expect(liveText(el)).to.contain('près de vous');
  });

  it('uses navigator.geolocation by default (stubbed here)', async () => {
    const fake = fakeGeolocation();
    Object.defineProperty(navigator, 'geolocation', { value: fake.geo, configurable: true });
    try {
      const el = await finder();
      el.send({ type: 'locate' });
      await waitUntil(() => fake.pending.length === 1);
      fake.grant(46.18, 5.2);
      await waitUntil(() => el.view === 'results');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
    }
  });

  it('a denied position shows a clear message and the text search still works', async () => {
    const fake = fakeGeolocation();
    const el = await finder({ geolocation: fake.geo });
    el.send({ type: 'locate' });
    await waitUntil(() => fake.pending.length === 1);
    fake.fail(1);
    await waitUntil(() => el.view === 'geolocationDenied');
    await el.updateComplete;
    expect($(el, '.message')!.textContent).to.contain('Vous n’avez pas autorisé l’accès à votre position');
    expect($(el, '#q')).to.exist;
    await expect(el).to.be.accessible();
    await search(el, 'Péronnas');
    expect(el.view).to.equal('results');
  });

  it('a position timeout has its own message', async () => {
    const fake = fakeGeolocation();
    const el = await finder({ geolocation: fake.geo });
    el.send({ type: 'locate' });
    await waitUntil(() => fake.pending.length === 1);
    fake.fail(3);
    await waitUntil(() => el.view === 'geolocationTimeout');
    await el.updateComplete;
    expect($(el, '.message')!.textContent).to.contain('pas été trouvée à temps');
  });

  it('filters narrow the results, keep focus on the checkbox, and fire ancre-search with the filters', async () => {
    const el = await finder();
    await search(el, 'Péronnas');
    const details = $<HTMLDetailsElement>(el, 'details.filters')!;
    expect(details.open).to.equal(false);
    $<HTMLElement>(el, 'details.filters summary')!.click(); // the person opens the filters
    await el.updateComplete;
    const box = $$<HTMLInputElement>(el, 'input[name=kinds]').find((i) => i.value === 'france-services')!;
    box.focus();
    setTimeout(() => box.click());
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail.filters.kinds).to.deep.equal(['france-services']);
    await waitUntil(() => el.view === 'results');
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(names(el).every((n) => /France Servic/i.test(n))).to.equal(true);
    const again = $$<HTMLInputElement>(el, 'input[name=kinds]').find((i) => i.value === 'france-services')!;
    expect(el.shadowRoot!.activeElement === again, 'focus stays on the checkbox').to.equal(true);
    expect(again.checked).to.equal(true);
    expect(details.open, 'the filters stay open').to.equal(true);
    expect(liveText(el)).to.equal('3 lieux près de Péronnas');
    await expect(el).to.be.accessible();
    again.click(); // unchecking the last filter does not close the disclosure under the focus
    await waitUntil(() => el.view === 'results');
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(names(el)).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('the kinds and services attributes pre-set the filters', async () => {
    const el = await fixture<AncreServiceFinder>(
      html`<ancre-service-finder src=${FIXTURE} kinds="france-services, nonsense" services="caf" .communeIndex=${communeIndex}></ancre-service-finder>`,
    );
    await waitUntil(() => el.view === 'idle');
    await search(el, 'Péronnas');
    expect(names(el)).to.have.length(3);
    const checked = $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);
    expect(checked).to.have.members(['france-services', 'caf']);
  });

  it('"ouvert maintenant" keeps only the points open at the given time', async () => {
    const now = new Date('2026-03-05T13:00:00Z'); // Thursday 14:00 in Paris
    const el = await finder({ now });
    await search(el, 'Péronnas');
    const open = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((i) => i.parentElement!.textContent!.includes('Ouvert maintenant'))!;
    open.click();
    await waitUntil(() => el.view === 'results' || el.view === 'noResult');
    await el.updateComplete;
    const statuses = $$(el, 'ol.results > li .status').map((s) => s.textContent!);
    expect(statuses.length).to.be.greaterThan(0);
    expect(statuses.every((s) => s.startsWith('Ouvert'))).to.equal(true);
    expect(names(el)).to.include('mairie de peronnas');
  });

  it('details: focus moves to its heading, ancre-service-select fires, geo: and OSM links; back returns focus to the item', async () => {
    const el = await finder();
    await search(el, 'Péronnas');
    const button = $$<HTMLButtonElement>(el, 'ol.results h4 button')[1]!;
    const id = button.dataset['point']!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'ancre-service-select');
    expect(event.detail.point.id).to.equal(id);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('details');
    const heading = $(el, '#details-heading')!;
    expect(el.shadowRoot!.activeElement === heading, 'focus on the details heading').to.equal(true);
    const { lat, lon } = event.detail.point.location;
    const links = $$<HTMLAnchorElement>(el, '.details a');
    expect(links.map((a) => a.getAttribute('href'))).to.include.members([
      `geo:${lat},${lon}`,
      `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
    ]);
    await expect(el).to.be.accessible();
    $$<HTMLButtonElement>(el, '.details button').find((b) => b.textContent!.includes('Retour'))!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('results');
    expect(el.shadowRoot!.activeElement === $(el, `[data-point="${id}"]`), 'focus back on the item').to.equal(true);
  });

  it('the commune attribute searches around that commune at start', async () => {
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder src=${FIXTURE} commune="01262" .communeIndex=${communeIndex}></ancre-service-finder>`);
    await waitUntil(() => el.view === 'results', 'results', { timeout: 5000 });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('France Services Côtière');
  });

  it('limit caps the list', async () => {
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder src=${FIXTURE} limit="3" .communeIndex=${communeIndex}></ancre-service-finder>`);
    await waitUntil(() => el.view === 'idle');
    await search(el, 'Péronnas');
    expect(names(el)).to.have.length(3);
  });

  it('a missing file shows <ancre-error> inside, fires ancre-error, and retry loads again', async () => {
    const el = document.createElement('ancre-service-finder');
    el.src = '/packages/service-finder/test/fixtures/missing.json';
    const errored = oneEvent(el, 'ancre-error');
    document.body.append(el);
    try {
      const event = await errored;
      expect(event.detail.problems[0]!.code).to.equal('load/http');
      await el.updateComplete;
      expect(el.view).to.equal('dataError');
      const view = $(el, 'ancre-error') as HTMLElement & { problems: unknown[] };
      expect(view).to.exist;
      expect(view.problems).to.have.length(1);
      await expect(el).to.be.accessible();
      el.src = FIXTURE; // fixing the address reloads
      await waitUntil(() => el.view === 'idle', 'reloaded', { timeout: 5000 });
    } finally {
      el.remove();
    }
  });

  it('an invalid pack reports problems with their JSON path', async () => {
    const el = document.createElement('ancre-service-finder');
    el.pack = { kind: 'ancre/services', id: 'x', version: '1.0.0', locale: 'fr', licence: 'LO', sources: [{ name: 's' }], items: [{ id: 'a' }] } as never;
    const errored = oneEvent(el, 'ancre-error');
    document.body.append(el);
    try {
      const event = await errored;
      expect(event.detail.problems.some((p: { path?: string }) => (p.path ?? '').startsWith('$.items[0]'))).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('a child <script type="application/json"> pack is read (never run)', async () => {
    const pack = {
      kind: 'ancre/services',
      id: 'local.test',
      version: '1.0.0',
      locale: 'fr',
      licence: 'Licence Ouverte 2.0',
      sources: [{ name: 'Mairie test', licence: 'Licence Ouverte 2.0' }],
      items: [point('p1', 'Mairie de Péronnas', 46.1793, 5.2039, 'Mo-Fr 09:00-12:00')],
    };
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder .communeIndex=${communeIndex}
      ><script type="application/json">
        ${JSON.stringify(pack)}
      </script></ancre-service-finder
    >`);
    await waitUntil(() => el.view !== 'loading', 'loaded', { timeout: 5000 });
    expect(el.view).to.equal('idle');
    await search(el, 'Péronnas');
    expect(names(el)).to.deep.equal(['Mairie de Péronnas']);
  });

  it('opening status: closes at, opens later today, tomorrow, on a weekday; raw hours when not understood; nothing when unknown', async () => {
    const now = new Date('2026-03-02T09:00:00Z'); // Monday 10:00 in Paris
    const el = await withPoints({
      now,
      points: [
        point('a', 'A', 46.179, 5.2106, 'Mo-Fr 09:00-12:00,14:00-17:00'),
        point('b', 'B', 46.18, 5.2106, 'Mo 14:00-18:00'),
        point('c', 'C', 46.181, 5.2106, 'Tu 09:30-12:00'),
        point('d', 'D', 46.182, 5.2106, 'Th 09:00-12:00'),
        point('e', 'E', 46.183, 5.2106, 'le matin, sur rendez-vous'),
        point('f', 'F', 46.184, 5.2106, undefined),
      ],
    });
    expect(el.view).to.equal('idle');
    await search(el, 'Péronnas');
    const byName = Object.fromEntries($$(el, 'ol.results > li').map((li) => [li.querySelector('h4')!.textContent!.trim(), li]));
    const status = (n: string) => byName[n]!.querySelector('.status, .muted')?.textContent?.trim();
    expect(status('A')).to.equal('Ouvert · ferme à 12 h');
    expect(status('B')).to.equal('Fermé · ouvre à 14 h');
    expect(status('C')).to.equal('Fermé · ouvre demain à 9 h 30');
    expect(status('D')).to.equal('Fermé · ouvre jeudi à 9 h');
    expect(status('E')).to.equal('Horaires : le matin, sur rendez-vous');
    expect(status('F')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('details: the weekly hours in words as a description list, the published string in a disclosure; raw string when not describable', async () => {
    const el = await withPoints({
      now: new Date('2026-03-02T09:00:00Z'),
      points: [point('a', 'A', 46.179, 5.2106, 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off'), point('e', 'E', 46.183, 5.2106, 'le matin, sur rendez-vous')],
    });
    await search(el, 'Péronnas');
    el.send({ type: 'select', id: 'a' });
    await el.updateComplete;
    const rows = $$(el, '.details dl.schedule > div').map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]);
    expect(rows).to.deep.equal([
      ['Du lundi au vendredi', '9 h – 12 h et 13 h 30 – 17 h'],
      ['Samedi', '9 h – 12 h'],
      ['Dimanche', 'Fermé'],
      ['Jours fériés', 'Fermé'],
    ]);
    const raw = $<HTMLDetailsElement>(el, '.details details.raw-hours')!;
    expect(raw.open, 'the published string is folded').to.equal(false);
    expect(raw.querySelector('summary')!.textContent!.trim()).to.equal('Horaires tels que publiés');
    expect(raw.querySelector('code')!.textContent).to.equal('Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off');
    await expect(el).to.be.accessible();
    // In English.
    el.lang = 'en';
    await aTimeout(0); // the lang observer is a MutationObserver
    await el.updateComplete;
    expect($(el, '.details dl.schedule dt')!.textContent!.trim()).to.equal('Monday to Friday');
    expect($(el, '.details dl.schedule dd')!.textContent!.trim()).to.equal('9:00 – 12:00 and 13:30 – 17:00');
    expect($(el, '.details details.raw-hours summary')!.textContent!.trim()).to.equal('Hours as published');
    el.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    // Hours that cannot be described: the raw string, as before, and no schedule.
    el.send({ type: 'select', id: 'e' });
    await el.updateComplete;
    expect($(el, '.details dl.schedule')).to.equal(null);
    expect($(el, '.details details.raw-hours')).to.equal(null);
    expect($(el, '.details code')!.textContent).to.equal('le matin, sur rendez-vous');
    await expect(el).to.be.accessible();
  });

  it('an itinerant France services bus is listed as such, and its details list each stop with days and hours', async () => {
    const bus: ServicePoint = {
      ...point('bus', 'France services itinérant de la Bresse', 46.3, 5.35, undefined),
      itinerant: {
        stops: [
          { name: 'Place du marché', address: { street: 'Place du marché', postcode: '01960', commune: 'Péronnas', insee: '01289' }, location: { lat: 46.1786, lon: 5.2106 }, hours: 'Tu 09:00-12:00' },
          { name: 'Parking de la mairie', address: { street: 'Grande Rue', postcode: '01380', commune: 'Bâgé-le-Châtel' }, location: { lat: 46.3084, lon: 4.9279 }, hours: 'Th 14:00-17:00' },
        ],
      },
    };
    const el = await withPoints({ now: new Date('2026-03-02T09:00:00Z'), points: [bus, point('far', 'Loin', 45.7, 4.8, undefined)] });
    await search(el, 'Péronnas');
    expect(names(el)[0]).to.equal('France services itinérant de la Bresse'); // its nearest stop is in Péronnas
    const first = $$(el, 'ol.results > li')[0]!;
    expect(first.textContent).to.contain('Service itinérant').and.contain('2 arrêts');
    expect(first.querySelector('.distance')!.textContent).to.match(/^À \d+\sm$/);
    el.send({ type: 'select', id: 'bus' });
    await el.updateComplete;
    const stops = $$(el, '.stops > li');
    expect(stops).to.have.length(2);
    expect(stops[0]!.textContent).to.contain('Place du marché').and.contain('Tu 09:00-12:00').and.contain('Fermé · ouvre demain à 9 h');
    expect(stops[0]!.querySelector('dl.schedule dt')!.textContent!.trim()).to.equal('Mardi');
    expect(stops[0]!.querySelector('dl.schedule dd')!.textContent!.trim()).to.equal('9 h – 12 h');
    expect(stops[0]!.querySelector('details.raw-hours code')!.textContent).to.equal('Tu 09:00-12:00');
    expect(stops[1]!.textContent).to.contain('Th 14:00-17:00');
    await expect(el).to.be.accessible();
  });

  it('the map attribute adds a schematic map with no request; tile-url adds tiles from that server only', async () => {
    const el = await finder({ map: true });
    await search(el, 'Péronnas');
    await waitUntil(() => $(el, '.map') !== null, 'map loaded');
    expect($$(el, '.map .marker')).to.have.length(10);
    expect($$(el, '.map img')).to.have.length(0);
    expect($(el, '.map .attribution')!.textContent).to.contain('Aucun fond de carte');
    await expect(el).to.be.accessible();
    el.tileUrl = 'https://tiles.example.invalid/{z}/{x}/{y}.png';
    el.tileAttribution = '© OpenStreetMap';
    // With tiles the map is Leaflet's, loaded then (map.test.ts tests it in depth).
    await waitUntil(() => $$(el, '.map img').length > 0, 'tiles shown', { timeout: 5000 });
    const imgs = $$<HTMLImageElement>(el, '.map img');
    expect(imgs.length).to.be.greaterThan(0);
    expect(imgs.every((i) => i.getAttribute('src')!.startsWith('https://tiles.example.invalid/') && i.alt === '' && i.referrerPolicy === 'no-referrer')).to.equal(true);
    expect($(el, '.map .attribution')!.textContent).to.contain('© OpenStreetMap');
  });

  it('speaks English with lang="en"', async () => {
    const el = await finder();
    el.lang = 'en';
    await aTimeout(0); // the lang observer is a MutationObserver
    await el.updateComplete;
    expect($(el, 'label[for=q]')!.textContent).to.contain('Town, postcode or name of the place');
    await search(el, 'Péronnas');
    expect(liveText(el)).to.equal('10 places near Péronnas');
    expect($$(el, 'ol.results .distance')[0]!.textContent).to.match(/ away$/);
  });

  it('disconnecting stops everything: a late position is ignored, no event, no error', async () => {
    const fake = fakeGeolocation();
    const el = await finder({ geolocation: fake.geo });
    el.send({ type: 'locate' });
    await waitUntil(() => fake.pending.length === 1);
    let events = 0;
    el.addEventListener('ancre-search', () => events++);
    el.remove();
    fake.grant(46.18, 5.2);
    await aTimeout(50);
    expect(events).to.equal(0);
  });

  it('the per-département default data: only the shards near the place are fetched', async () => {
    const base = '/packages/service-finder/dist/data/services/';
    performance.clearResourceTimings();
    const el = await withPoints({ src: `${base}index.json`, communeIndex: undefined, dataBase: '/packages/core/test/fixtures/communes/' } as never);
    expect(el.view).to.equal('idle');
    await search(el, 'Lyon');
    expect(el.view).to.equal('results');
    expect(el.results[0]!.point.address.postcode).to.match(/^69/);
    const shards = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/dist/data/services/') && !n.endsWith('index.json'))
      .map((n) => n.slice(n.lastIndexOf('/') + 1));
    expect(shards).to.include('69.json');
    expect(shards.length).to.be.lessThan(7);
    expect(shards).not.to.include('15.json'); // Cantal, far from Lyon
  });

  it('per-département data: a filter changed while the files load does not break the next search', async () => {
    const el = await withPoints({ src: '/packages/service-finder/dist/data/services/index.json', communeIndex: undefined, dataBase: '/packages/core/test/fixtures/communes/' } as never);
    performance.clearResourceTimings();
    el.send({ type: 'chooseCommune', commune: { code: '42218', name: 'Saint-Étienne', location: { lat: 45.4339, lon: 4.39 } } });
    expect(el.view).to.equal('busy'); // searching: the files of the Loire and around are loading
    el.send({ type: 'setFilters', filters: { kinds: ['mairie'] } });
    el.send({ type: 'setFilters', filters: { kinds: [] } });
    await waitUntil(() => el.view !== 'busy', 'search done', { timeout: 5000 });
    expect(el.view).to.equal('results');
    expect(el.results[0]!.point.address.postcode).to.match(/^42/);
    const loads = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/42.json'));
    expect(loads, 'each file is fetched once').to.have.length(1);
  });

  it('a national-format file (ANCT France services CSV) goes through the importer into the widget', async () => {
    const text = await (await fetch('/packages/service-finder/test/fixtures/france-services.csv')).text();
    const { points } = importFranceServicesCsv(text, { date: '2024-06-01', source: 'france-services.csv' });
    expect(points.length).to.be.greaterThan(1);
    const el = await withPoints({ points, communeIndex: undefined, dataBase: '/packages/core/test/fixtures/communes/' } as never);
    await search(el, 'Belley');
    expect(el.view).to.equal('results');
    expect(names(el)[0]).to.equal('France services de Belley');
    await expect(el).to.be.accessible();
  });

  it('follows an <ancre-commune-search> put in the search slot', async () => {
    const el = await finder();
    const picker = document.createElement('div');
    picker.slot = 'search';
    el.append(picker);
    setTimeout(() =>
      picker.dispatchEvent(new CommuneSelectEvent({ code: '01289', name: 'Péronnas', postcodes: ['01960'], departement: '01', departementName: 'Ain', lat: 46.1786, lon: 5.2106, precision: 'commune' } as never)),
    );
    const event = await oneEvent(el, 'ancre-search');
    expect(event.detail).to.deep.include({ queryType: 'commune', commune: { code: '01289', name: 'Péronnas' } });
    await waitUntil(() => el.view === 'results');
  });

  it('the search started by the commune attribute fires no ancre-search (user actions only)', async () => {
    let events = 0;
    const el = document.createElement('ancre-service-finder');
    el.addEventListener('ancre-search', () => events++);
    Object.assign(el, { src: FIXTURE, commune: '01289', communeIndex });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => el.view === 'results', 'results', { timeout: 5000 });
    expect(events).to.equal(0);
  });

  it('60,000 points in one pack: a search with "ouvert maintenant" stays fast (measured)', async () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const hours = ['Mo-Fr 09:00-12:00,14:00-17:00', 'Tu,Th 09:00-12:00', 'Mo-Sa 08:30-18:00; PH off', 'We 14:00-17:00', 'sur rendez-vous'];
    const points = Array.from({ length: 60_000 }, (_, i) => ({
      ...point(`g${i}`, `Lieu ${i}`, 42.5 + rand() * 8.5, -4.5 + rand() * 12, hours[i % hours.length]),
      kinds: [i % 3 ? 'mairie' : 'france-services'] as ServicePoint['kinds'],
    }));
    const el = await withPoints({ points, now: new Date('2026-03-02T09:00:00Z') });
    el.send({ type: 'setFilters', filters: { openNow: true } });
    const times: number[] = [];
    for (const name of ['Péronnas', 'Montluel', 'Bourg-en-Bresse']) {
      const t0 = performance.now();
      await search(el, name);
      times.push(performance.now() - t0);
      expect(el.view).to.equal('results');
      expect(el.results).to.have.length(10);
    }
    console.log(`[bench] 60k points, open-now search + render: ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
    expect(Math.max(...times)).to.be.lessThan(1500);
  });
});

function point(id: string, name: string, lat: number, lon: number, hours: string | undefined): ServicePoint {
  return {
    id,
    name,
    kinds: ['mairie'],
    services: ['ants'],
    address: { street: '1 place de la Mairie', postcode: '01960', commune: 'Péronnas', insee: '01289' },
    location: { lat, lon },
    ...(hours ? { hours } : {}),
    phone: '04 74 00 00 00',
    source: { name: 'Mairie (test)', licence: 'Licence Ouverte 2.0', date: '2024-05-01' },
  };
}
