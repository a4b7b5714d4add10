import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AncreElement, ensureErrorView, type AncreProblem, type CommuneIndex, type Translations } from '@ancre/core';
import type { FinderContext, FinderEvent, FinderFilters, FinderOrigin, FindNearbyInput } from './service-finder.machine.js';
import { finderView, GeolocationError, type FinderView } from './finder-state.js';
import type { FinderController } from './finder-runtime.js';
import {
  SERVICES,
  SERVICE_KINDS,
  SERVICE_KIND_LABELS,
  SERVICE_LABELS,
  type LatLon,
  type ServiceId,
  type ServiceKind,
  type ServicePoint,
  type ServiceResult,
  type ServicesPack,
} from './service-finder.types.js';
import { toFinderCommune, type CommuneLike } from './finder-commune.js';
import type { ResultsViewHost } from './results-view.js';
import type { Dataset } from './data-loading.js';
import type { DataFormat } from './adapters/detect.js';
import { AncreSearchEvent, AncreServiceSelectEvent } from './service-finder.events.js';
import { finderStyles } from './service-finder.styles.js';
import { fr, type FinderStrings } from './translations/fr.js';
import { en } from './translations/en.js';
import type { MapRenderer } from './map/types.js';

/** What the element needs from a commune index (core's `CommuneIndex` fits). */
export type FinderCommuneLookup = Pick<CommuneIndex, 'byCode' | 'search'>;

/** The subset of `navigator.geolocation` the finder uses (a page or a test may pass its own). */
export type FinderGeolocation = Pick<Geolocation, 'getCurrentPosition'>;

const parseList = (value: string | null): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const listConverter = { fromAttribute: parseList, toAttribute: (value: string[]) => value.join(' ') };

/** The built-in data: `dist/data/services/index.json` beside the built module (per-département files). */
const DEFAULT_SERVICES_URL = new URL('./data/services/index.json', import.meta.url).href;

/** Above this many points in per-département data, a search by name does not load every file. */
const NAME_SEARCH_ALL_FILES = 5000;

const KNOWN_KINDS = new Set<string>(SERVICE_KINDS);
const KNOWN_SERVICES = new Set<string>(SERVICES);

type SearchModule = typeof import('./search.js');
type ViewModule = typeof import('./results-view.js');
type RuntimeModule = typeof import('./finder-runtime.js');

/**
 * A dynamic import made once per page and shared by every element; a failed load is forgotten, so
 * the next call tries again.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * How the runtime module is imported. Internal: tests replace `importRuntime` to play a failed load
 * (offline, blocked script) and check what the person sees.
 */
export const runtimeLoader = { importRuntime: (): Promise<RuntimeModule> => import('./finder-runtime.js') };

/*
 * Loaded lazily, requested when an element connects: first the machine, XState and the controller;
 * in parallel, what is needed only once the data is there (the commune lookup, the spatial index and
 * filters, the results and details views with the opening-hours model), awaited by the actors that
 * need it.
 */
const loadRuntime = once(() => runtimeLoader.importRuntime());
const loadSearch = once((): Promise<SearchModule> => import('./search.js'));
/** The views module once loaded (the render reads it synchronously). */
let loadedView: ViewModule | undefined;
const loadView = once(() => import('./results-view.js').then((module) => (loadedView = module)));

/**
 * Finds the nearest public-service points (France services, town halls, CAF, CPAM…) around a commune,
 * a postcode or the person's position, with their opening status, and how to get there. The list is
 * complete on its own; a schematic map (or tiles, when the page chooses a tile server) is optional.
 * Nothing typed and no position ever leaves the page.
 *
 * @tagname ancre-service-finder
 * @summary Nearest public-service points, searchable by commune, postcode or "around me".
 *
 * @fires ancre-search - A search ran. `detail`: `{ queryType, query?, commune?, filters }` — never the position.
 * @fires ancre-service-select - A person opened a point's details. `detail`: `{ point }`.
 * @fires ancre-error - The data could not be loaded or is invalid. `detail`: `{ problems }`.
 *
 * @attr src - URL of a services pack (`kind: "ancre/services"`), of a per-département `index.json`, or of a national file converted on the fly: the ANCT France services CSV, an API Annuaire export (JSON or CSV), data·inclusion structures (JSON or CSV), the national « lieux de médiation numérique » export (CSV or JSON). Default: the built-in data.
 * @attr format - Format of the file at `src`: `auto` (default, recognised from its content), `pack`, `france-services-csv`, `api-annuaire`, `data-inclusion`, `lieux-mediation-numerique`.
 * @attr kinds - Kinds of place to keep, space- or comma-separated (`france-services mairie`).
 * @attr services - Services to keep, space- or comma-separated (`caf impots`).
 * @attr commune - INSEE code of a commune to search around at start (`01053`).
 * @attr limit - Most points listed. Default 10.
 * @attr map - Shows a map of the results under the list.
 * @attr tile-url - Tile server template (`https://tile.example.org/{z}/{x}/{y}.png`). With `map`, makes the map interactive (Leaflet, loaded then). Without it no tile is ever requested.
 * @attr tile-attribution - Credit of the tiles, shown under the map.
 * @attr data-base - Folder of the commune files (as on `<ancre-commune-search>`); default: core's built-in commune data.
 * @attr geolocation-timeout - Milliseconds to wait for the position. Default 10000.
 * @attr lang - Language of the interface (`fr`, `en`); else the closest `[lang]`, else French.
 *
 * @slot search - Replaces the built-in search form (e.g. an `<ancre-commune-search>`; its `ancre-commune-select` event is followed).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The title.
 * @csspart search - The search form.
 * @csspart filters - The filters disclosure.
 * @csspart message - Information and error messages.
 * @csspart results - The ordered list of results.
 * @csspart result - One result.
 * @csspart details - The details of one point.
 * @csspart map - The map block.
 *
 * @cssprop --ancre-finder-accent - Buttons, links and markers. Default: `--ancre-color-primary`.
 * @cssprop --ancre-finder-on-accent - Text on the accent colour. Default: `--ancre-color-on-primary`.
 * @cssprop --ancre-finder-card-background - Background of a result. Default: `--ancre-color-surface`.
 * @cssprop --ancre-finder-panel-background - Background of the search panel and messages. Default: `--ancre-color-surface-alt`.
 * @cssprop --ancre-finder-open-color - "Open" status. Default: `--ancre-color-success`.
 * @cssprop --ancre-finder-closed-color - "Closed" status. Default: `--ancre-color-danger`.
 * @cssprop --ancre-finder-map-height - Height of the map. Default: `20rem`.
 */
export class AncreServiceFinder extends AncreElement<FinderStrings> {
  static override styles = finderStyles;

  /** URL of a services pack or of a per-département `index.json`. */
  @property({ reflect: true }) src: string | undefined;
  /** Format of the file at `src` (`auto` recognises it from its content). */
  @property() format: DataFormat = 'auto';
  /** Kinds of place to keep (attribute: space- or comma-separated). */
  @property({ converter: listConverter }) kinds: string[] = [];
  /** Services to keep (attribute: space- or comma-separated). */
  @property({ converter: listConverter }) services: string[] = [];
  /** INSEE code of a commune to search around at start. */
  @property({ reflect: true }) commune: string | undefined;
  /** Most points listed. */
  @property({ type: Number }) limit = 10;
  /** Shows a map of the results under the list. */
  @property({ type: Boolean, reflect: true }) map = false;
  /** Tile server template; without it the map is schematic and requests nothing. */
  @property({ attribute: 'tile-url' }) tileUrl: string | undefined;
  /** Credit of the tiles. */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | undefined;
  /** Folder of the commune files (`index.json` + `departements/`), as on `<ancre-commune-search>`. */
  @property({ attribute: 'data-base' }) dataBase: string | undefined;
  /** Milliseconds to wait for the position. */
  @property({ attribute: 'geolocation-timeout', type: Number }) geolocationTimeout = 10_000;

  /** Points given directly, or a promise of them (wins over every other source). */
  @property({ attribute: false }) points: readonly ServicePoint[] | Promise<readonly ServicePoint[]> | undefined;
  /** A services pack given as an object or a JSON string (wins over the child script and `src`). */
  @property({ attribute: false }) pack: ServicesPack | string | undefined;
  /** "Now" for opening hours (tests, kiosks with a fixed clock); default: the real time. */
  @property({ attribute: false }) now: Date | undefined;
  /** Commune lookups; default: core's commune index (`data-base`), else the communes of the points. */
  @property({ attribute: false }) communeIndex: FinderCommuneLookup | undefined;
  /** The geolocation API to use; default `navigator.geolocation`. */
  @property({ attribute: false }) geolocation: FinderGeolocation | undefined;

  @state() private mapRenderer: MapRenderer | undefined;
  /** Whether the filters disclosure is open: follows the person, never closes under their focus. */
  @state() private filtersOpen = false;

  private loadedData: Dataset | undefined;
  private lastView: FinderView | undefined;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private lastSelectedId: string | undefined;
  private mapLoading = false;
  /** After a typed search: if it asks which commune, focus goes to the question. */
  private focusChoiceIfAsked = false;

  /** Runs the machine; created once the runtime module is there (until then the view is `loading`). */
  private machine: FinderController | undefined;
  /** The runtime module could not be loaded (offline, blocked script): shown with a retry button. */
  @state() private runtimeFailed = false;

  private attachMachine(runtime: RuntimeModule): void {
    if (this.machine) return;
    this.runtimeFailed = false;
    this.machine = runtime.createFinderController(
      this,
      {
        loadData: async (signal) => {
          const dataset = await this.loadDataset(signal);
          this.loadedData = dataset;
          return dataset.info;
        },
        resolveQuery: async (input) =>
          (await loadSearch()).resolveQuery(
            input,
            this.loadedData?.points ?? [],
            { communeIndex: this.communeIndex, dataBase: this.dataBase },
            { allPoints: () => this.allPoints(), at: this.clock() },
          ),
        findNearby: (input, signal) => this.findNearby(input, signal),
        locate: (signal) => this.locate(signal),
      },
      {
        input: () => ({
          ...(this.commune ? { commune: this.commune } : {}),
          filters: this.currentFilterInput(),
          limit: this.limit,
        }),
        resumeOnReconnect: false,
        onEmitted: (event) => {
          if (event.type === 'search') {
            const { queryType, query, commune, filters } = event;
            this.dispatchEvent(new AncreSearchEvent({ queryType, ...(query ? { query } : {}), ...(commune ? { commune } : {}), filters }));
          } else if (event.type === 'select') {
            this.dispatchEvent(new AncreServiceSelectEvent(event.point));
          }
        },
        onSnapshot: (snapshot) => {
          const view = finderView(snapshot);
          if (view === 'dataError' && this.lastView !== 'dataError') {
            this.reportProblems(snapshot.context.problems);
            void ensureErrorView();
          }
          this.lastView = view;
        },
      },
    );
    this.requestUpdate();
  }

  /** Loads the machine's module (once per page) and starts the machine. */
  private startRuntime(): void {
    loadRuntime().then(
      (runtime) => this.attachMachine(runtime),
      (error: unknown) => {
        console.warn('[ancre] the service finder could not be loaded', error);
        this.runtimeFailed = true;
      },
    );
  }

  /** The machine's context; only read once the machine runs (views past `loading`). */
  private get context(): FinderContext {
    return this.machine!.snapshot.context;
  }

  protected override get translations(): Translations<FinderStrings> {
    return { fr, en };
  }

  /** The state the widget shows (`loading`, `idle`, `results`, `details`…). */
  get view(): FinderView {
    return this.machine ? finderView(this.machine.snapshot) : 'loading';
  }

  /** The results listed, nearest first. */
  get results(): readonly ServiceResult[] {
    return this.machine?.snapshot.context.results ?? [];
  }

  /**
   * Sends an event to the finder's machine, as the interface does: `{ type: 'search', query }`,
   * `{ type: 'chooseCommune', commune }`, `{ type: 'choosePlace', id }`, `{ type: 'locate' }`, `{ type: 'setFilters', filters }`,
   * `{ type: 'select', id }`, `{ type: 'back' }`, `{ type: 'retry' }`. Like the interface's, events
   * sent while the data loads (`view === 'loading'`) are ignored.
   */
  send(event: FinderEvent): void {
    this.machine?.send(event);
  }

  /** Starts over: reloads the data and clears the search. */
  reset(): void {
    this.loadedData?.shards?.controller.abort();
    this.loadedData = undefined;
    this.lastView = undefined;
    this.machine?.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The machine first; with it, what the data and the first search need (their failures surface in
    // the actors): requested together so that they arrive in one round trip.
    if (!this.machine) this.startRuntime();
    if (!this.points) import('./data-loading.js').catch(() => undefined);
    loadSearch().catch(() => undefined);
    if (!loadedView) loadView().then(() => this.requestUpdate(), () => undefined);
    if (this.kinds.length || this.services.length) this.filtersOpen = true;
    this.addEventListener('ancre-commune-select', this.onCommuneSelect as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The machine restarts from scratch on reconnect (it reloads the data): stop the file loads now.
    this.loadedData?.shards?.controller.abort();
    this.loadedData = undefined;
    this.removeEventListener('ancre-commune-select', this.onCommuneSelect as EventListener);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('src') || changed.has('format') || changed.has('points') || changed.has('pack') || changed.has('dataBase') || changed.has('commune')) {
      this.reset();
      return;
    }
    if (changed.has('kinds') || changed.has('services')) {
      this.machine?.send({ type: 'setFilters', filters: { kinds: this.cleanKinds(), services: this.cleanServices() } });
    }
    if (changed.has('limit')) this.machine?.send({ type: 'setLimit', limit: this.limit });
  }

  protected override updated(): void {
    if (this.focusChoiceIfAsked && this.view !== 'busy') {
      this.focusChoiceIfAsked = false;
      if (this.view === 'ambiguous') this.renderRoot.querySelector<HTMLElement>('#ambiguous-heading')?.focus();
    }
    if (this.map && !this.mapRenderer && !this.mapLoading) void this.loadMap();
    const target = this.focusAfterUpdate?.();
    if (this.focusAfterUpdate && target) {
      this.focusAfterUpdate = undefined;
      target.focus();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Actors: the I/O of the machine
  // ---------------------------------------------------------------------------------------------

  private async loadDataset(signal: AbortSignal): Promise<Dataset> {
    const locale = this.locale;
    if (this.points) {
      const points = [...(await this.points)];
      signal.throwIfAborted();
      return { points, info: { count: points.length } };
    }
    // The fetcher, the pack loader, its validator and their messages come after the first paint.
    const { loadDataset } = await import('./data-loading.js');
    return loadDataset({ inline: this.pack, host: this, src: this.src ?? DEFAULT_SERVICES_URL, signal, locale, format: this.format });
  }

  /**
   * The points a search by name looks at. Per-département data loads all its files once for it, up to
   * `NAME_SEARCH_ALL_FILES` points in all (the default data: 687 points, 66 KB gzip); above that (a
   * national set, megabytes) it looks only in the files already loaded by earlier searches, so that a
   * commune name mistyped never downloads the whole of France.
   */
  private allPoints(): Promise<readonly ServicePoint[]> {
    const dataset = this.loadedData;
    if (!dataset) return Promise.resolve([]);
    if (!dataset.shards) return Promise.resolve(dataset.points);
    const shards = dataset.shards;
    const total = shards.index.departements.reduce((n, d) => n + (d.count ?? 0), 0);
    if (total > NAME_SEARCH_ALL_FILES) {
      // The same array for the same files, so that their text index is built once.
      const key = [...shards.loaded.keys()].sort().join(' ');
      if (shards.someNamed?.key !== key) {
        const points = Promise.allSettled([...shards.loaded.values()]).then((files) => files.flatMap((f) => (f.status === 'fulfilled' ? f.value : [])));
        shards.someNamed = { key, points };
      }
      return shards.someNamed.points;
    }
    return (shards.all ??= import('./data-loading.js')
      .then(({ pointsOfShards }) => pointsOfShards(shards, shards.index.departements, this.locale))
      .then((points) => [...points])
      .catch((error: unknown) => {
        shards.all = undefined;
        throw error;
      }));
  }

  /** The points around a place: all of them, or the département files near it (loaded then). */
  private async pointsNear(origin: LatLon, search: SearchModule): Promise<ServicePoint[]> {
    const dataset = this.loadedData;
    if (!dataset) return [];
    if (!dataset.shards) return dataset.points;
    const wanted = search.shardsNear(dataset.shards.index, origin);
    const { pointsOfShards } = await import('./data-loading.js');
    return pointsOfShards(dataset.shards, wanted, this.locale);
  }

  private async findNearby(input: FindNearbyInput, signal: AbortSignal): Promise<ServiceResult[]> {
    // The views too: the results are never shown before the module that renders them.
    const [search] = await Promise.all([loadSearch(), loadView()]);
    const origin = input.origin.type === 'commune' ? input.origin.commune.location : input.origin.location;
    const points = await this.pointsNear(origin, search);
    signal.throwIfAborted();
    return search.findNearby(points, origin, input.filters, input.limit, this.clock());
  }

  private locate(signal: AbortSignal): Promise<LatLon> {
    return new Promise<LatLon>((resolve, reject) => {
      const geo = this.geolocation ?? (typeof navigator !== 'undefined' ? navigator.geolocation : undefined);
      if (!geo) {
        reject(new GeolocationError('unavailable'));
        return;
      }
      let done = false;
      const finish = (fn: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = () => finish(() => reject(new GeolocationError('unavailable')));
      signal.addEventListener('abort', onAbort, { once: true });
      // Our own timer too: some browsers never call back while the permission prompt is open.
      const timer = setTimeout(() => finish(() => reject(new GeolocationError('timeout'))), this.geolocationTimeout + 30_000);
      try {
        geo.getCurrentPosition(
          (position) => finish(() => resolve({ lat: position.coords.latitude, lon: position.coords.longitude })),
          (error) => finish(() => reject(new GeolocationError(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'))),
          { enableHighAccuracy: false, maximumAge: 60_000, timeout: this.geolocationTimeout },
        );
      } catch {
        finish(() => reject(new GeolocationError('unavailable')));
      }
    });
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  /**
   * The map module is imported only once `map` is set (a separate chunk in the builds); it imports
   * Leaflet in turn only when `tile-url` is set too.
   */
  private async loadMap(): Promise<void> {
    this.mapLoading = true;
    try {
      const { renderMap } = await import('./map/render-map.js');
      this.mapRenderer = renderMap;
    } catch (error) {
      console.warn('[ancre] the map could not be loaded', error);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Filters
  // ---------------------------------------------------------------------------------------------

  private cleanKinds(): ServiceKind[] {
    return this.kinds.filter((k): k is ServiceKind => KNOWN_KINDS.has(k));
  }

  private cleanServices(): ServiceId[] {
    return this.services.filter((s): s is ServiceId => KNOWN_SERVICES.has(s));
  }

  private currentFilterInput(): Partial<FinderFilters> {
    return { kinds: this.cleanKinds(), services: this.cleanServices() };
  }

  private onCommuneSelect = (event: Event): void => {
    const commune = (event as CustomEvent<{ commune?: CommuneLike }>).detail?.commune;
    if (commune) this.machine?.send({ type: 'chooseCommune', commune: toFinderCommune(commune) });
  };

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    this.focusChoiceIfAsked = true;
    this.machine?.send({ type: 'search', query: input?.value ?? '' });
  }

  private toggle(group: 'kinds' | 'services', value: string, checked: boolean): void {
    const filters = this.context.filters;
    const current = new Set<string>(filters[group]);
    if (checked) current.add(value);
    else current.delete(value);
    this.machine?.send({ type: 'setFilters', filters: { [group]: [...current] } as Partial<FinderFilters> });
  }

  private select(id: string): void {
    this.lastSelectedId = id;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#details-heading');
    this.machine?.send({ type: 'select', id });
  }

  private choosePlace(id: string): void {
    this.lastSelectedId = id;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#details-heading');
    this.machine?.send({ type: 'choosePlace', id });
  }

  private back(): void {
    const id = this.lastSelectedId;
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-point="${CSS.escape(id ?? '')}"]`) ?? this.renderRoot.querySelector<HTMLElement>('#results-heading');
    this.machine?.send({ type: 'back' });
  }

  // ---------------------------------------------------------------------------------------------
  // View
  // ---------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const view = this.view;
    const ready = view !== 'loading' && view !== 'dataError';
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" part="heading">${this.t('title')}</h2>
      ${ready ? this.renderSearch() : nothing} ${ready ? this.renderFilters() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.machine ? this.announcement(view) : this.t(this.runtimeFailed ? 'moduleError' : 'loading')}</p>
      ${this.machine ? html`${this.renderBody(view)} ${this.renderAttribution(view)}` : this.renderStartup()}
    </section>`;
  }

  /** Before the machine runs: the `loading` view it starts in, or why it could not be loaded. */
  private renderStartup(): TemplateResult {
    if (!this.runtimeFailed) return html`<p class="message" part="message" aria-busy="true">${this.t('loading')}</p>`;
    return html`<div class="message warning" part="message">
      <p>${this.t('moduleError')}</p>
      <button type="button" @click=${() => this.startRuntime()}>${this.t('retry')}</button>
    </div>`;
  }

  private announcement(view: FinderView): string {
    const context = this.context;
    switch (view) {
      case 'loading':
        return this.t('loading');
      case 'busy':
        return this.t('busy');
      case 'locating':
        return this.t('locating');
      case 'results':
        return this.resultsTitle();
      case 'noResult':
        return this.noResultText();
      case 'ambiguous':
        return this.t(context.placeCandidates.length ? 'mixedTitle' : 'ambiguousTitle', { query: context.query });
      default:
        return '';
    }
  }

  private placeName(): string {
    const origin = this.context.origin;
    return origin?.type === 'commune' ? origin.commune.name : this.t('placeYou');
  }

  private resultsTitle(): string {
    const { results, byName, query } = this.context;
    if (byName) return this.t('nameResultsTitle', { count: results.length, query });
    return this.t('resultsTitle', { count: results.length, place: this.placeName() });
  }

  private noResultText(): string {
    const context = this.context;
    return context.origin ? this.t('noPoint', { place: this.placeName() }) : this.t('noCommune', { query: context.query });
  }

  private renderSearch(): TemplateResult {
    const context = this.context;
    return html`<div class="search" part="search">
      <slot name="search">
        <form role="search" aria-label=${this.t('searchLabel')} @submit=${this.onSubmit}>
          <label for="q">${this.t('searchLabel')}</label>
          <p class="hint" id="q-hint">${this.t('searchHint')}</p>
          <div class="search-row">
            <input
              id="q"
              name="q"
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              aria-describedby="q-hint"
              .value=${context.queryType === 'text' ? context.query : ''}
            />
            <button type="submit">${this.t('searchButton')}</button>
          </div>
        </form>
      </slot>
      <div class="search-row">
        <button type="button" class="secondary" aria-describedby="locate-hint" @click=${() => this.machine?.send({ type: 'locate' })}>
          ${this.t('locate')}
        </button>
      </div>
      <p class="hint" id="locate-hint">${this.t('locateHint')}</p>
    </div>`;
  }

  private availableKinds(): ServiceKind[] {
    const present = new Set<string>();
    for (const p of this.loadedData?.points ?? []) for (const k of p.kinds) present.add(k);
    for (const k of this.context.filters.kinds) present.add(k);
    // A sharded dataset (nothing loaded before a search) offers every kind.
    return SERVICE_KINDS.filter((k) => present.size === 0 || present.has(k));
  }

  private renderFilters(): TemplateResult {
    const { filters } = this.context;
    const count = filters.kinds.length + filters.services.length + (filters.openNow ? 1 : 0);
    const lang = this.locale;
    return html`<details
      class="filters"
      part="filters"
      ?open=${this.filtersOpen}
      @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${this.t('filtersTitle')} (${this.t('filtersActive', { count })})</summary>
      <label class="check">
        <input type="checkbox" .checked=${filters.openNow} @change=${(e: Event) => this.machine?.send({ type: 'setFilters', filters: { openNow: (e.target as HTMLInputElement).checked } })} />
        ${this.t('openNow')}
      </label>
      <fieldset>
        <legend>${this.t('servicesLegend')}</legend>
        <div class="checks">
          ${SERVICES.map(
            (s) => html`<label class="check">
              <input
                type="checkbox"
                name="services"
                value=${s}
                .checked=${filters.services.includes(s)}
                @change=${(e: Event) => this.toggle('services', s, (e.target as HTMLInputElement).checked)}
              />
              ${SERVICE_LABELS[s][lang]}
            </label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${this.t('kindsLegend')}</legend>
        <div class="checks">
          ${this.availableKinds().map(
            (k) => html`<label class="check">
              <input
                type="checkbox"
                name="kinds"
                value=${k}
                .checked=${filters.kinds.includes(k)}
                @change=${(e: Event) => this.toggle('kinds', k, (e.target as HTMLInputElement).checked)}
              />
              ${SERVICE_KIND_LABELS[k][lang]}
            </label>`,
          )}
        </div>
      </fieldset>
      ${count > 0
        ? html`<button type="button" class="secondary" @click=${() => this.machine?.send({ type: 'setFilters', filters: { kinds: [], services: [], openNow: false } })}>
            ${this.t('clearFilters')}
          </button>`
        : nothing}
    </details>`;
  }

  private renderBody(view: FinderView): TemplateResult | typeof nothing {
    const context = this.context;
    switch (view) {
      case 'loading':
        return html`<p class="message" part="message" aria-busy="true">${this.t('loading')}</p>`;
      case 'dataError':
        return html`<ancre-error part="message" retryable heading-level="3" .problems=${context.problems} @ancre-retry=${() => this.machine?.send({ type: 'retry' })}>
          ${this.renderProblems(context.problems)}
        </ancre-error>`;
      case 'busy':
        return html`<p class="message" part="message">${this.t('busy')}</p>`;
      case 'locating':
        return html`<p class="message" part="message">${this.t('locating')}</p>`;
      case 'geolocationDenied':
        return html`<p class="message warning" part="message">${this.t('geolocationDenied')}</p>`;
      case 'geolocationTimeout':
        return html`<p class="message warning" part="message">${this.t('geolocationTimeout')}</p>`;
      case 'geolocationUnavailable':
        return html`<p class="message warning" part="message">${this.t('geolocationUnavailable')}</p>`;
      case 'ambiguous':
        return this.renderAmbiguous();
      case 'noResult':
        return html`<p class="message" part="message">${this.noResultText()}</p>`;
      case 'results':
        return this.renderResults();
      case 'details':
        return context.selected ? this.renderDetails(context.selected) : nothing;
      default:
        return nothing;
    }
  }

  /** Fallback content of `<ancre-error>` (shown as is if that element is not defined on the page). */
  private renderProblems(problems: AncreProblem[]): TemplateResult {
    return html`<div class="message warning" part="message">
      <ul class="plain">
        ${problems.map(
          (p) => html`<li>${p.message}${p.source ? html` <span class="muted">(${[p.source, p.path].filter(Boolean).join(' ')})</span>` : nothing}${p.hint ? html` — ${p.hint}` : nothing}</li>`,
        )}
      </ul>
      <button type="button" @click=${() => this.machine?.send({ type: 'retry' })}>${this.t('retry')}</button>
    </div>`;
  }

  private renderAmbiguous(): TemplateResult {
    const context = this.context;
    const mixed = context.placeCandidates.length > 0;
    const communes = html`<ul class="candidates" aria-labelledby=${mixed ? 'communes-heading' : 'ambiguous-heading'}>
      ${context.candidates.map(
        (c) => html`<li>
          <button type="button" class="secondary" @click=${() => this.machine?.send({ type: 'chooseCommune', commune: c })}>
            ${c.postcodes?.[0] ? this.t('communeOption', { name: c.name, postcode: c.postcodes[0] }) : c.name}
          </button>
        </li>`,
      )}
    </ul>`;
    return html`<div class="message" part="message">
      <h3 id="ambiguous-heading" tabindex="-1">${this.t(mixed ? 'mixedTitle' : 'ambiguousTitle', { query: context.query })}</h3>
      <p id="ambiguous-hint">${this.t(mixed ? 'mixedHint' : 'ambiguousHint')}</p>
      ${mixed
        ? html`<h4 id="communes-heading">${this.t('communesLegend')}</h4>
            ${communes}
            <h4 id="places-heading">${this.t('placesLegend')}</h4>
            <ul class="candidates" aria-labelledby="places-heading">
              ${context.placeCandidates.map(
                ({ point }) => html`<li>
                  <button type="button" class="secondary" @click=${() => this.choosePlace(point.id)}>
                    ${this.t('communeOption', { name: point.name, postcode: point.address.commune })}
                  </button>
                </li>`,
              )}
            </ul>`
        : communes}
      <p><button type="button" class="link" @click=${() => this.machine?.send({ type: 'back' })}>${this.t('ambiguousBack')}</button></p>
    </div>`;
  }

  /** What the lazily loaded views need from the element. */
  private viewHost(): ResultsViewHost {
    return {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      clock: () => this.clock(),
      select: (id) => this.select(id),
      back: () => this.back(),
      byName: this.context.byName,
    };
  }

  private renderResults(): TemplateResult {
    const context = this.context;
    // The views are loaded before any result exists (the search awaits them): this is a fallback.
    if (!loadedView) return html`<p class="message" part="message">${this.t('busy')}</p>`;
    return html`<h3 id="results-heading" tabindex="-1">${this.resultsTitle()}</h3>
      ${loadedView.renderResultList(this.viewHost(), context.results)} ${this.renderMap(context.results, context.origin)}`;
  }

  private renderDetails(p: ServicePoint): TemplateResult {
    if (!loadedView) return html`<p class="message" part="message">${this.t('busy')}</p>`;
    const result = this.context.results.find((r) => r.point.id === p.id);
    return loadedView.renderDetails(this.viewHost(), p, result);
  }

  private renderMap(results: readonly ServiceResult[], origin: FinderOrigin | undefined): TemplateResult | typeof nothing {
    if (!this.map || !this.mapRenderer) return nothing;
    return this.mapRenderer({
      results,
      origin: origin ? (origin.type === 'commune' ? origin.commune.location : origin.location) : undefined,
      tileUrl: this.tileUrl,
      tileAttribution: this.tileAttribution,
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      onSelect: (id) => this.select(id),
    });
  }

  private renderAttribution(view: FinderView): TemplateResult | typeof nothing {
    const attribution = this.context.data?.attribution;
    if (!attribution || (view !== 'results' && view !== 'details' && view !== 'noResult')) return nothing;
    return html`<p class="attribution">${this.t('dataAttribution', { attribution })}</p>`;
  }
}
