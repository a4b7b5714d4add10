// The finder's optional map in Chromium: nothing loaded without `map`, the schematic plan without
// `tile-url`, Leaflet (lazily) with a local tile, markers like the list, selection, keyboard, teardown,
// no HTML strings written, and the still-map fallback on a page enforcing Trusted Types.
// The tests share one page and run in order: the first ones check what was loaded so far.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { AncreServiceFinder } from '../src/index.js';
import { fakeCommuneIndex } from './helpers/communes.js';

const FIXTURE = '/packages/service-finder/test/fixtures/services-fixture.json';
// One local tile for every z/x/y; the query keeps the filled template visible in each request.
const TILE_URL = '/packages/service-finder/test/fixtures/tiles/tile.png?z={z}&x={x}&y={y}';

const COMMUNES = [
  { code: '01289', name: 'Péronnas', postcodes: ['01960'], departement: '01', lat: 46.1786, lon: 5.2106 },
  { code: '01262', name: 'Montluel', postcodes: ['01120'], departement: '01', lat: 45.8517, lon: 5.0563 },
];
const communeIndex = fakeCommuneIndex(COMMUNES);

const $ = <T extends Element = HTMLElement>(el: AncreServiceFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AncreServiceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The finder around Péronnas, with its results shown. */
async function finder(extra: Partial<AncreServiceFinder> = {}): Promise<AncreServiceFinder> {
  const el = document.createElement('ancre-service-finder');
  el.lang = 'fr';
  el.src = FIXTURE;
  el.commune = '01289';
  Object.assign(el, { communeIndex, ...extra });
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => el.view === 'results', 'results shown', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const requested = () => performance.getEntriesByType('resource').map((e) => e.name);
const leafletRequested = () => requested().some((name) => name.includes('/leaflet/dist/'));
const markers = (el: AncreServiceFinder) => $$(el, '.leaflet-marker-icon.point');

async function leafletFinder(extra: Partial<AncreServiceFinder> = {}): Promise<AncreServiceFinder> {
  const el = await finder({ map: true, tileUrl: TILE_URL, tileAttribution: 'Fond de test, Ancre', ...extra });
  await waitUntil(() => markers(el).length === el.results.length, 'Leaflet markers drawn', { timeout: 10_000 });
  return el;
}

/** Calls that give an HTML string to the DOM (each would throw on a page enforcing Trusted Types). */
function spyHtmlWrites(): { writes: string[]; restore: () => void } {
  const writes: string[] = [];
  const proto = Element.prototype;
  const inner = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
  const outer = Object.getOwnPropertyDescriptor(proto, 'outerHTML')!;
  const adjacent = proto.insertAdjacentHTML;
  Object.defineProperty(proto, 'innerHTML', {
    ...inner,
    set(this: Element, value: unknown) {
      if (typeof value === 'string') writes.push(`innerHTML ${value}`);
      inner.set!.call(this, value);
    },
  });
  Object.defineProperty(proto, 'outerHTML', {
    ...outer,
    set(this: Element, value: unknown) {
      if (typeof value === 'string') writes.push(`outerHTML ${value}`);
      outer.set!.call(this, value);
    },
  });
  proto.insertAdjacentHTML = function (this: Element, position: InsertPosition, text: string) {
    if (typeof text === 'string') writes.push(`insertAdjacentHTML ${text}`);
    return adjacent.call(this, position, text);
  };
  return {
    writes,
    restore: () => {
      Object.defineProperty(proto, 'innerHTML', inner);
      Object.defineProperty(proto, 'outerHTML', outer);
      proto.insertAdjacentHTML = adjacent;
    },
  };
}

/** Listeners added to `window` and `document` and not removed since the spy started. */
function spyGlobalListeners(): { open: () => string[]; restore: () => void } {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const live = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown) => {
    if (listener && typeof listener === 'object' || typeof listener === 'function') {
      if (!ids.has(listener as object)) ids.set(listener as object, next++);
    }
    return `${target === window ? 'window' : 'document'} ${type} #${ids.get(listener as object)}`;
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (this === window || this === document) {
      const k = key(this, type, listener);
      live.set(k, (live.get(k) ?? 0) + 1);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (this === window || this === document) {
      const k = key(this, type, listener);
      if (live.has(k)) live.set(k, Math.max(0, live.get(k)! - 1));
    }
    return remove.call(this, type, listener, options);
  };
  return {
    open: () => [...live].filter(([, n]) => n > 0).map(([k]) => k),
    restore: () => {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

describe('<ancre-service-finder> map', () => {
  it('loads no map code at all without the map attribute', async () => {
    const el = await finder();
    expect($(el, '.map')).to.equal(null);
    expect(requested().filter((name) => name.includes('/src/map/'))).to.deep.equal([]);
    expect(leafletRequested()).to.equal(false);
  });

  it('without tile-url shows the schematic plan, numbered like the list, and never loads Leaflet', async () => {
    const el = await finder({ map: true });
    await waitUntil(() => $(el, '.map') !== null, 'map module loaded');
    expect($$(el, '.map svg .marker')).to.have.length(el.results.length);
    // Drawn farthest first, so that number 1 is on top.
    expect($$(el, '.map .marker text').map((t) => t.textContent)).to.deep.equal(el.results.map((_, i) => String(i + 1)).reverse());
    expect($(el, '.leaflet-container')).to.equal(null);
    expect($$(el, '.map img')).to.have.length(0);
    expect($(el, '.map .attribution')!.textContent).to.contain('Aucun fond de carte');
    expect(leafletRequested()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('ignores a tile-url with another scheme than http(s): schematic plan, no Leaflet', async () => {
    const el = await finder({ map: true, tileUrl: 'javascript:alert(1)//{z}/{x}/{y}' });
    await waitUntil(() => $(el, '.map') !== null, 'map module loaded');
    expect($$(el, '.map svg .marker')).to.have.length(el.results.length);
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(leafletRequested()).to.equal(false);
  });

  it('with tile-url loads Leaflet lazily, draws one numbered marker per result and writes no HTML string but its load probe', async () => {
    const spy = spyHtmlWrites();
    let el: AncreServiceFinder;
    try {
      el = await leafletFinder();
    } finally {
      spy.restore();
    }
    // Leaflet's only HTML string: its feature probe when its module is evaluated (see leaflet-map.ts).
    expect(spy.writes).to.deep.equal(['innerHTML <svg/>']);
    expect(leafletRequested()).to.equal(true);

    const points = markers(el);
    expect(points.map((m) => m.textContent)).to.deep.equal(el.results.map((_, i) => String(i + 1)));
    expect(points.map((m) => m.getAttribute('aria-label'))).to.deep.equal(el.results.map((r, i) => `${i + 1}. ${r.point.name}`));
    expect(points.every((m) => m.getAttribute('role') === 'button' && m.tabIndex === 0)).to.equal(true);
    // The place searched from: a plain circle, not interactive.
    expect($$(el, '.leaflet-overlay-pane path.origin')).to.have.length(1);
    expect($(el, '.leaflet-overlay-pane path.leaflet-interactive')).to.equal(null);
    // No Leaflet control (they write HTML strings): our own zoom buttons and credit instead.
    expect($(el, '.leaflet-control')).to.equal(null);
    expect($$(el, '.map-zoom button').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom avant', 'Zoom arrière']);
    expect($(el, '.map .attribution')!.textContent).to.equal('Fond de carte : Fond de test, Ancre');
    const region = $(el, '.leaflet-container')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.contain('Carte interactive');
    expect(region.tabIndex).to.equal(0);
    // Leaflet's layout rules are in the shadow root (the pane is positioned, the tiles too).
    expect(getComputedStyle($(el, '.leaflet-map-pane')!).position).to.equal('absolute');

    await waitUntil(() => $$(el, 'img.leaflet-tile-loaded').length > 0, 'local tiles loaded', { timeout: 5000 });
    const tiles = $$<HTMLImageElement>(el, 'img.leaflet-tile');
    expect(tiles.every((t) => /\/tiles\/tile\.png\?z=\d+&x=\d+&y=\d+$/.test(t.src) && t.alt === '' && t.referrerPolicy === 'no-referrer')).to.equal(true);
    // Nothing from another origin, ever.
    expect(requested().filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('its own labels come from the string tables: English, and strings overrides, even after it is drawn', async () => {
    const el = await leafletFinder({ lang: 'en' } as never);
    expect($(el, '.leaflet-container')!.getAttribute('aria-label')).to.equal('Interactive map of the places found: arrow keys to move, + and − keys to zoom');
    expect($(el, '.map-zoom')!.getAttribute('aria-label')).to.equal('Map zoom');
    expect($$(el, '.map-zoom button').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out']);
    const container = $(el, '.leaflet-container');
    el.strings = { mapRegion: 'Plan des lieux', mapZoom: 'Échelle', mapZoomIn: 'Plus près', mapZoomOut: 'Plus loin' };
    await el.updateComplete;
    // The same map, relabelled (not rebuilt).
    expect($(el, '.leaflet-container')).to.equal(container);
    expect(container!.getAttribute('aria-label')).to.equal('Plan des lieux');
    expect($(el, '.map-zoom')!.getAttribute('aria-label')).to.equal('Échelle');
    expect($$(el, '.map-zoom button').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Plus près', 'Plus loin']);
  });

  it('clicking a marker opens that point, as the list does', async () => {
    const el = await leafletFinder();
    const third = el.results[2]!.point;
    const selected = new Promise<string>((resolve) => el.addEventListener('ancre-service-select', (e) => resolve(e.detail.point.id), { once: true }));
    markers(el)[2]!.click();
    expect(await selected).to.equal(third.id);
    await waitUntil(() => el.view === 'details', 'details shown');
    await el.updateComplete;
    expect($(el, '#details-heading')!.textContent).to.equal(third.name);
    // The map left with the list: Leaflet's map is gone.
    expect($(el, '.leaflet-container')).to.equal(null);
  });

  it('Enter on a focused marker opens that point; arrow keys pan; + and − zoom', async () => {
    const el = await leafletFinder();
    const pane = $(el, '.leaflet-map-pane')!;
    // The zoom of the tiles on top (Leaflet keeps the previous level below while the new one loads).
    const tileZoom = () => {
      const levels = $$(el, '.leaflet-tile-container').filter((l) => l.querySelector('img'));
      const top = levels.sort((a, b) => Number(b.style.zIndex) - Number(a.style.zIndex))[0];
      return Number(new URL(top!.querySelector('img')!.src).searchParams.get('z'));
    };
    await waitUntil(() => $$(el, 'img.leaflet-tile').length > 0, 'tiles');
    const zoom0 = tileZoom();

    $(el, '.leaflet-container')!.focus();
    const before = pane.style.transform;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => pane.style.transform !== before, 'the map panned');

    const zoomIn = $$<HTMLButtonElement>(el, '.map-zoom button')[0]!;
    zoomIn.click();
    await waitUntil(() => tileZoom() === zoom0 + 1, 'zoomed in by the + button', { timeout: 5000 });
    $$<HTMLButtonElement>(el, '.map-zoom button')[1]!.click();
    await waitUntil(() => tileZoom() === zoom0, 'zoomed out by the − button', { timeout: 5000 });

    // Chosen right after a zoom: the map leaves the page with no timer left behind (no error later).
    const first = markers(el)[0]!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'details', 'details shown');
    expect(el.shadowRoot!.querySelector('#details-heading')!.textContent).to.equal(el.results[0]!.point.name);
  });

  it('rebuilds the map when the results change and removes it, with its listeners, on disconnect', async function () {
    this.timeout(30_000);
    const listeners = spyGlobalListeners();
    let el: AncreServiceFinder;
    try {
      el = await leafletFinder();
      const before = markers(el).map((m) => m.getAttribute('aria-label'));
      el.send({ type: 'search', query: 'Montluel' });
      await waitUntil(() => el.view === 'results' && markers(el).length > 0 && markers(el)[0]!.getAttribute('aria-label') !== before[0], 'new markers', {
        timeout: 10_000,
      });
      expect($$(el, '.leaflet-container')).to.have.length(1);
      expect(markers(el)).to.have.length(el.results.length);
      $(el, '.leaflet-container')!.focus(); // Leaflet listens to the document's keys while focused
      el.remove();
      expect($(el, '.leaflet-container')).to.equal(null);
      expect($(el, '.leaflet-pane')).to.equal(null);
      expect(listeners.open()).to.deep.equal([]);
    } finally {
      listeners.restore();
    }
    // Back in the page: the finder starts over and draws its map again.
    document.body.append(el);
    await waitUntil(() => el.view === 'results' && markers(el).length === el.results.length, 'map drawn again', { timeout: 10_000 });
    el.remove();
  });

  it('on a page enforcing Trusted Types, falls back to the still map with the same local tiles', async () => {
    const frame = document.createElement('iframe');
    const define = new URL('../src/define.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html><html lang="fr"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">
      <script type="module" src="${define}"></script></head><body></body></html>`;
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentWindow?.customElements.get('ancre-service-finder') !== undefined, 'finder defined in the frame', { timeout: 10_000 });
      const doc = frame.contentDocument!;
      expect(() => {
        doc.createElement('div').innerHTML = '<b>x</b>';
      }, 'Trusted Types enforced in the frame').to.throw();
      const el = doc.createElement('ancre-service-finder') as AncreServiceFinder;
      Object.assign(el, { communeIndex, src: FIXTURE, commune: '01289', map: true, tileUrl: TILE_URL });
      doc.body.append(el);
      await waitUntil(() => el.view === 'results', 'results in the frame', { timeout: 10_000 });
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.map img').length > 0, 'still map with tiles', { timeout: 10_000 });
      expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.map svg .marker')).to.have.length(el.results.length);
      const imgs = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('.map img')];
      expect(imgs.every((i) => i.src.startsWith(`${location.origin}/packages/service-finder/test/fixtures/tiles/tile.png?z=`))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
