import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/service-finder/src/define.js';
import type { AncreServiceFinder, FinderView, FinderGeolocation } from '../packages/service-finder/src/index.js';

/**
 * `<ancre-service-finder>` over the committed fixture pack (real ANCT records of the Ain, Licence
 * Ouverte 2.0), served by Storybook at `/finder-fixtures/`, and core's commune fixture at
 * `/fixtures/communes/`. The states are reached by driving the element as a page would: attributes,
 * properties (`points`, `geolocation`) and its `send()` method — never by reaching into its internals.
 * Try "Péronnas", "01380" (three communes) or "Autour de moi".
 */
const SRC = './finder-fixtures/services-fixture.json';
const COMMUNES = './fixtures/communes/';

interface Args {
  src: string;
  kinds: string;
  services: string;
  commune: string;
  limit: number;
  map: boolean;
  tileUrl: string;
  lang: string;
}

/** Waits until the element shows a view (play functions). */
async function until(el: AncreServiceFinder, views: FinderView[], timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!views.includes(el.view)) {
    if (performance.now() - start > timeout) throw new Error(`still ${el.view}, expected ${views.join(' or ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

const finderIn = (canvas: HTMLElement) => canvas.querySelector('ancre-service-finder')!;

/** A geolocation that never answers (the "locating" state stays on screen). */
const pendingGeolocation: FinderGeolocation = { getCurrentPosition: () => undefined };
/** A geolocation the person refused. */
const deniedGeolocation: FinderGeolocation = {
  getCurrentPosition: (_ok, error) =>
    setTimeout(() => error?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError)),
};

const meta = {
  title: 'Widgets/Service finder',
  component: 'ancre-service-finder',
  tags: ['autodocs'],
  args: { src: SRC, kinds: '', services: '', commune: '', limit: 10, map: false, tileUrl: '', lang: 'fr' },
  argTypes: {
    src: { control: 'text', description: 'Services pack or per-département index.json' },
    kinds: { control: 'text', description: 'Kinds of place, space-separated (france-services mairie …)' },
    services: { control: 'text', description: 'Services, space-separated (caf impots ants …)' },
    commune: { control: 'text', description: 'INSEE code to search around at start (e.g. 01289)' },
    limit: { control: { type: 'number', min: 1, max: 50 } },
    map: { control: 'boolean' },
    tileUrl: { control: 'text', description: 'Tile server template; empty = schematic map, no request' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) => html`<ancre-service-finder
    lang=${args.lang}
    src=${args.src}
    kinds=${args.kinds}
    services=${args.services}
    commune=${ifDefined(args.commune || undefined)}
    limit=${args.limit}
    ?map=${args.map}
    tile-url=${ifDefined(args.tileUrl || undefined)}
    data-base=${COMMUNES}
  ></ancre-service-finder>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every attribute as a control. */
export const Playground: Story = {};

/** Loading: the points are a promise that has not settled yet. */
export const Loading: Story = {
  render: () => html`<ancre-service-finder .points=${new Promise(() => undefined)}></ancre-service-finder>`,
};

/** Idle: the search form, nothing searched yet. */
export const Idle: Story = {};

/** Results around Péronnas (the `commune` attribute), nearest first. */
export const Results: Story = {
  args: { commune: '01289' },
  play: async ({ canvasElement }) => until(finderIn(canvasElement), ['results']),
};

/** No result: a commune that does not exist. */
export const NoResult: Story = {
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'search', query: 'Zzyzx' });
    await until(el, ['noResult']);
  },
};

/** A postcode shared by several communes: the person chooses one. */
export const AmbiguousPostcode: Story = {
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'search', query: '01380' });
    await until(el, ['ambiguous']);
  },
};

/** A name typed rather than a commune: the places so named, by relevance (no distance to show). */
export const SearchByName: Story = {
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'search', query: 'France services' });
    await until(el, ['results']);
  },
};

/** Words that begin commune names and are in place names: both offered, the person chooses. */
export const CommunesAndPlaces: Story = {
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'search', query: 'Mai' });
    await until(el, ['ambiguous']);
  },
};

/** "Autour de moi" pressed, waiting for the browser's answer. */
export const Locating: Story = {
  render: () => html`<ancre-service-finder src=${SRC} data-base=${COMMUNES} .geolocation=${pendingGeolocation}></ancre-service-finder>`,
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'locate' });
    await until(el, ['locating']);
  },
};

/** The person refused to share the position: a clear message, the text search still there. */
export const GeolocationDenied: Story = {
  render: () => html`<ancre-service-finder src=${SRC} data-base=${COMMUNES} .geolocation=${deniedGeolocation}></ancre-service-finder>`,
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['idle']);
    el.send({ type: 'locate' });
    await until(el, ['geolocationDenied']);
  },
};

/** The details of one point, with its directions links. */
export const Details: Story = {
  args: { commune: '01289' },
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['results']);
    el.send({ type: 'select', id: el.results[0]!.point.id });
    await until(el, ['details']);
  },
};

/** The optional map: a schematic plan, numbered like the list, with no request at all (no `tile-url`). */
export const Map: Story = {
  args: { commune: '01289', map: true },
  play: async ({ canvasElement }) => until(finderIn(canvasElement), ['results']),
};

/**
 * With `tile-url` too, the map is interactive (Leaflet, loaded only now): drag or arrow keys to move,
 * the +/− buttons or keys to zoom, a numbered point opens its details. The tile here is one local
 * image served for every z/x/y (no third-party request); a page names its own tile server and credit.
 */
export const MapWithTiles: Story = {
  args: { commune: '01289', map: true, tileUrl: './finder-fixtures/tiles/tile.png?z={z}&x={x}&y={y}' },
  render: (args) => html`<ancre-service-finder
    lang=${args.lang}
    src=${args.src}
    commune=${args.commune}
    map
    tile-url=${args.tileUrl}
    tile-attribution="tuile de démonstration Ancre"
    data-base=${COMMUNES}
  ></ancre-service-finder>`,
  play: async ({ canvasElement }) => {
    const el = finderIn(canvasElement);
    await until(el, ['results']);
    const start = performance.now();
    // Leaflet's numbered points (or the still map, on a page where Leaflet cannot load).
    while (el.shadowRoot!.querySelectorAll('.leaflet-marker-icon, .map svg .marker').length < el.results.length) {
      if (performance.now() - start > 10_000) throw new Error('the map was not drawn');
      await new Promise((r) => setTimeout(r, 20));
    }
  },
};

/** The data could not be loaded: `<ancre-error>` says what, where and how to fix, with "Réessayer". */
export const DataError: Story = {
  args: { src: './finder-fixtures/missing.json' },
  play: async ({ canvasElement }) => until(finderIn(canvasElement), ['dataError']),
};

/** Themed by the page through CSS custom properties only. */
export const Theming: Story = {
  args: { commune: '01289' },
  render: (args) => html`<div
    style="--ancre-color-surface:#ffffff;--ancre-color-surface-alt:#f4f4f7;--ancre-color-text:#1e1e1e;--ancre-color-text-muted:#555560;--ancre-color-border:#c7c7d1;--ancre-color-on-primary:#ffffff;--ancre-color-success:#18753c;--ancre-color-warning:#8d4f00;--ancre-color-danger:#c9191e;--ancre-color-info:#0063cb;background:#ffffff;color:#1e1e1e;padding:1rem;--ancre-color-primary:#6a1b4d;--ancre-finder-open-color:#1b5e20;--ancre-radius-m:0;--ancre-font-family:Georgia,serif;--ancre-finder-card-background:#fffaf3"
  >
    <ancre-service-finder src=${SRC} commune=${args.commune} data-base=${COMMUNES}></ancre-service-finder>
  </div>`,
};

/** French and English side by side (the closest `[lang]` applies). */
export const Locales: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:1fr 1fr;gap:1rem">
    <div lang="fr"><ancre-service-finder src=${SRC} commune="01289" limit="3" data-base=${COMMUNES}></ancre-service-finder></div>
    <div lang="en"><ancre-service-finder src=${SRC} commune="01289" limit="3" data-base=${COMMUNES}></ancre-service-finder></div>
  </div>`,
};

/** Kiosk-sized: a 1080-pixel-wide portrait screen, larger text and touch targets. */
export const Kiosk: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<div
    style="width:1080px;min-height:1920px;padding:2rem;--ancre-font-size-m:1.375rem;--ancre-font-size-l:1.75rem;--ancre-font-size-xl:2.25rem;--ancre-target-size:3.5rem"
  >
    <ancre-service-finder src=${SRC} data-base=${COMMUNES} limit="6"></ancre-service-finder>
  </div>`,
};
