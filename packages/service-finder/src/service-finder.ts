import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fromPromise } from 'xstate';
import {
  AncreElement,
  AncreError,
  fetchJson,
  foldPlaceName,
  formatDate,
  formatDistance,
  formatList,
  MachineController,
  ensureErrorView,
  distanceToBox,
  getSharedCommuneIndex,
  type AncreProblem,
  type CommuneIndex,
  type Translations,
} from '@ancre/core';
import {
  finderMachine,
  finderView,
  GeolocationError,
  type FinderCommune,
  type FinderDataInfo,
  type FinderEvent,
  type FinderFilters,
  type FinderOrigin,
  type FinderView,
  type FindNearbyInput,
  type ResolveQueryInput,
} from './service-finder.machine.js';
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
  type ServicesIndexFile,
  type ServicesPack,
} from './service-finder.types.js';
import { openingStatus } from './model/opening-hours.js';
import { departementOf, wallParts } from './model/time-zone.js';
import { matchesFilters, timeZoneOf } from './model/store.js';
import { SpatialIndex } from './model/spatial.js';
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

const KNOWN_KINDS = new Set<string>(SERVICE_KINDS);
const KNOWN_SERVICES = new Set<string>(SERVICES);

/** A loaded services dataset: one pack, or a per-département index whose shards load on demand. */
interface Dataset {
  points: ServicePoint[];
  info: FinderDataInfo;
  /**
   * Per-département files, loaded once each and shared by the searches (so a search cancelled by new
   * filters does not cancel a file the next search needs); aborted when the element leaves the page.
   */
  shards?: { url: string; index: ServicesIndexFile; loaded: Map<string, Promise<ServicePoint[]>>; controller: AbortController; merged?: { key: string; points: ServicePoint[] } };
}

/** A spatial index over the points and the stops of itinerant points (`owner`: entry → point index). */
interface PointIndex {
  spatial: SpatialIndex;
  owner: Uint32Array;
}
const pointIndexes = new WeakMap<readonly ServicePoint[], PointIndex>();

function pointIndexOf(points: readonly ServicePoint[]): PointIndex {
  let index = pointIndexes.get(points);
  if (!index) {
    const locations: LatLon[] = [];
    const owner: number[] = [];
    points.forEach((p, i) => {
      locations.push(p.location);
      owner.push(i);
      for (const stop of p.itinerant?.stops ?? []) {
        locations.push(stop.location);
        owner.push(i);
      }
    });
    index = { spatial: SpatialIndex.build(locations), owner: Uint32Array.from(owner) };
    pointIndexes.set(points, index);
  }
  return index;
}

/**
 * The `limit` nearest points kept by `keep`, nearest first; an itinerant point counts at its nearest
 * stop. Asks the spatial index for more entries until enough distinct points are found.
 */
function nearestPoints(points: readonly ServicePoint[], origin: LatLon, limit: number, keep: (i: number) => boolean): ServiceResult[] {
  const { spatial, owner } = pointIndexOf(points);
  for (let k = limit * 2; ; k *= 2) {
    const hits = spatial.nearest(origin, k, { filter: (entry) => keep(owner[entry]!) });
    const seen = new Set<number>();
    const results: ServiceResult[] = [];
    for (const hit of hits) {
      const i = owner[hit.index]!;
      if (seen.has(i)) continue;
      seen.add(i);
      results.push({ point: points[i]!, distanceKm: hit.distanceKm });
      if (results.length === limit) return results;
    }
    if (hits.length < k || k >= spatial.size) return results;
  }
}

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
 * @attr src - URL of a services pack (`kind: "ancre/services"`) or of a per-département `index.json`. Default: the built-in data.
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

  private readonly machine = new MachineController(this, {
    logic: () => this.createLogic(),
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
  });

  protected override get translations(): Translations<FinderStrings> {
    return { fr, en };
  }

  /** The state the widget shows (`loading`, `idle`, `results`, `details`…). */
  get view(): FinderView {
    return finderView(this.machine.snapshot);
  }

  /** The results listed, nearest first. */
  get results(): readonly ServiceResult[] {
    return this.machine.snapshot.context.results;
  }

  /**
   * Sends an event to the finder's machine, as the interface does: `{ type: 'search', query }`,
   * `{ type: 'chooseCommune', commune }`, `{ type: 'locate' }`, `{ type: 'setFilters', filters }`,
   * `{ type: 'select', id }`, `{ type: 'back' }`, `{ type: 'retry' }`.
   */
  send(event: FinderEvent): void {
    this.machine.send(event);
  }

  /** Starts over: reloads the data and clears the search. */
  reset(): void {
    this.loadedData?.shards?.controller.abort();
    this.loadedData = undefined;
    this.lastView = undefined;
    this.machine.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
    if (changed.has('src') || changed.has('points') || changed.has('pack') || changed.has('dataBase') || changed.has('commune')) {
      this.reset();
      return;
    }
    if (changed.has('kinds') || changed.has('services')) {
      this.machine.send({ type: 'setFilters', filters: { kinds: this.cleanKinds(), services: this.cleanServices() } });
    }
    if (changed.has('limit')) this.machine.send({ type: 'setLimit', limit: this.limit });
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

  private createLogic() {
    return finderMachine.provide({
      actors: {
        loadData: fromPromise<FinderDataInfo, void>(async ({ signal }) => {
          const dataset = await this.loadDataset(signal);
          this.loadedData = dataset;
          return dataset.info;
        }),
        resolveQuery: fromPromise<FinderCommune[], ResolveQueryInput>(({ input }) => this.resolveQuery(input)),
        findNearby: fromPromise<ServiceResult[], FindNearbyInput>(({ input, signal }) => this.findNearby(input, signal)),
        locate: fromPromise<LatLon, void>(({ signal }) => this.locate(signal)),
      },
    });
  }

  private async loadDataset(signal: AbortSignal): Promise<Dataset> {
    const locale = this.locale;
    if (this.points) {
      const points = [...(await this.points)];
      signal.throwIfAborted();
      return { points, info: { count: points.length } };
    }
    // The pack loader, its validator and their messages come after the first paint.
    const { loadPack, validateServicePoint: validateItem } = await import('./data-loading.js');
    const hasScript = this.querySelector(':scope > script[type="application/json"]') !== null;
    if (this.pack !== undefined || hasScript) {
      const { pack } = await loadPack<ServicePoint>({
        kind: 'ancre/services',
        validateItem,
        inline: this.pack,
        host: this,
        signal,
        locale,
      });
      return { points: pack.items, info: packInfo(pack) };
    }
    const src = this.src ?? DEFAULT_SERVICES_URL;
    const json = await fetchJson(src, { signal });
    if ((json as { kind?: unknown } | null)?.kind === 'ancre/services-index') {
      const index = json as ServicesIndexFile;
      const url = new URL(src, document.baseURI).href;
      if (!Array.isArray(index.departements)) {
        throw new AncreError({ code: 'services/index', message: 'The index lists no département.', source: url, path: '$.departements' });
      }
      return {
        points: [],
        info: {
          count: index.departements.reduce((n, d) => n + (d.count ?? 0), 0),
          attribution: index.attribution,
          licence: index.licence,
          date: index.date,
        },
        shards: { url, index, loaded: new Map(), controller: new AbortController() },
      };
    }
    // A pack: loaded again through loadPack from its URL, so that a relative `extends` resolves
    // against the pack's own address (the second request is normally served by the HTTP cache).
    const { pack } = await loadPack<ServicePoint>({ kind: 'ancre/services', validateItem, src, signal, locale });
    return { points: pack.items, info: packInfo(pack) };
  }

  /** Loads the département shards near a place (the ones within 30 km, at least the nearest two). */
  private async pointsNear(origin: LatLon): Promise<ServicePoint[]> {
    const dataset = this.loadedData;
    if (!dataset) return [];
    if (!dataset.shards) return dataset.points;
    const { url, index, loaded, controller } = dataset.shards;
    const ranked = index.departements
      .map((entry) => {
        const [west, south, east, north] = entry.bbox;
        return { entry, distance: distanceToBox(origin, [south, west, north, east]) };
      })
      .sort((a, b) => a.distance - b.distance);
    const wanted = ranked.filter((r, i) => i < 2 || r.distance <= 30_000).slice(0, 6);
    const { loadPack } = await import('./data-loading.js');
    const lists = await Promise.all(
      wanted.map(({ entry }) => {
        let promise = loaded.get(entry.code);
        if (!promise) {
          promise = loadPack<ServicePoint>({
            kind: 'ancre/services',
            src: new URL(entry.file, url).href,
            signal: controller.signal,
            locale: this.locale,
          }).then((r) => r.pack.items);
          promise.catch(() => loaded.delete(entry.code));
          loaded.set(entry.code, promise);
        }
        return promise;
      }),
    );
    const points = lists.flat();
    // The same array for the same set of files, so that its spatial index is built once.
    const key = wanted.map((w) => w.entry.code).sort().join(',');
    const cached = dataset.shards.merged;
    if (cached?.key === key) return cached.points;
    dataset.shards.merged = { key, points };
    return points;
  }

  private communeLookup(): FinderCommuneLookup {
    if (this.communeIndex) return this.communeIndex;
    return this.dataBase ? getSharedCommuneIndex(this.dataBase) : getSharedCommuneIndex();
  }

  private async resolveQuery(input: ResolveQueryInput): Promise<FinderCommune[]> {
    const fromPoints = communesOfPoints(this.loadedData?.points ?? []);
    let found: Picked = { communes: [], exact: false };
    try {
      const lookup = this.communeLookup();
      if (input.by === 'code') {
        const commune = await lookup.byCode(input.query);
        found = { communes: commune ? [toFinderCommune(commune)] : [], exact: true };
      } else {
        found = pickCommunes(input.query, (await lookup.search(input.query, { limit: 12 })).map(toFinderCommune));
      }
    } catch (error) {
      // No commune data reachable (a page with its own pack and no commune files): use the communes of the points.
      if (this.communeIndex) throw error;
    }
    if (!found.exact || found.communes.length === 0) {
      // The communes of the points: an exact match there beats close names from the commune index.
      const local = input.by === 'code' ? { communes: fromPoints.filter((c) => c.code === input.query), exact: true } : pickCommunes(input.query, fromPoints, true);
      if ((local.exact && local.communes.length) || found.communes.length === 0) found = local;
    }
    return found.communes.filter((c) => Number.isFinite(c.location.lat) && Number.isFinite(c.location.lon));
  }

  private async findNearby(input: FindNearbyInput, signal: AbortSignal): Promise<ServiceResult[]> {
    const origin = input.origin.type === 'commune' ? input.origin.commune.location : input.origin.location;
    const points = await this.pointsNear(origin);
    signal.throwIfAborted();
    const { kinds, services, openNow } = input.filters;
    const at = this.clock();
    const checked = new Map<number, boolean>();
    // Kinds: any of those ticked; services: all of those ticked (the model's rule). Opening hours,
    // the costly check, only on the points the spatial index visits.
    const keep = (i: number): boolean => {
      let ok = checked.get(i);
      if (ok === undefined) {
        const point = points[i]!;
        ok = matchesFilters(point, { kinds, services }) && (!openNow || this.isOpenNow(point, at));
        checked.set(i, ok);
      }
      return ok;
    };
    return nearestPoints(points, origin, input.limit, keep);
  }

  /** Open now: the point's hours, or (a bus) the hours of any of its stops. */
  private isOpenNow(point: ServicePoint, at: Date): boolean {
    const hours = [point.hours, ...(point.itinerant?.stops ?? []).map((s) => s.hours)].filter((h): h is string => !!h);
    const options = hoursOptions(point);
    return hours.some((h) => {
      const status = openingStatus(h, at, options);
      return status.kind === 'known' && status.open;
    });
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
    const commune = (event as CustomEvent<{ commune?: Parameters<typeof toFinderCommune>[0] }>).detail?.commune;
    if (commune) this.machine.send({ type: 'chooseCommune', commune: toFinderCommune(commune) });
  };

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    this.focusChoiceIfAsked = true;
    this.machine.send({ type: 'search', query: input?.value ?? '' });
  }

  private toggle(group: 'kinds' | 'services', value: string, checked: boolean): void {
    const filters = this.machine.snapshot.context.filters;
    const current = new Set<string>(filters[group]);
    if (checked) current.add(value);
    else current.delete(value);
    this.machine.send({ type: 'setFilters', filters: { [group]: [...current] } as Partial<FinderFilters> });
  }

  private select(id: string): void {
    this.lastSelectedId = id;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#details-heading');
    this.machine.send({ type: 'select', id });
  }

  private back(): void {
    const id = this.lastSelectedId;
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-point="${CSS.escape(id ?? '')}"]`) ?? this.renderRoot.querySelector<HTMLElement>('#results-heading');
    this.machine.send({ type: 'back' });
  }

  // ---------------------------------------------------------------------------------------------
  // View
  // ---------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const snapshot = this.machine.snapshot;
    const view = finderView(snapshot);
    const ready = view !== 'loading' && view !== 'dataError';
    return html`<section class="base" part="base" aria-labelledby="title">
      <h2 id="title" part="heading">${this.t('title')}</h2>
      ${ready ? this.renderSearch() : nothing} ${ready ? this.renderFilters() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement(view)}</p>
      ${this.renderBody(view)} ${this.renderAttribution(view)}
    </section>`;
  }

  private announcement(view: FinderView): string {
    const { context } = this.machine.snapshot;
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
        return this.t('ambiguousTitle', { query: context.query });
      default:
        return '';
    }
  }

  private placeName(): string {
    const origin = this.machine.snapshot.context.origin;
    return origin?.type === 'commune' ? origin.commune.name : this.t('placeYou');
  }

  private resultsTitle(): string {
    return this.t('resultsTitle', { count: this.machine.snapshot.context.results.length, place: this.placeName() });
  }

  private noResultText(): string {
    const { context } = this.machine.snapshot;
    return context.origin ? this.t('noPoint', { place: this.placeName() }) : this.t('noCommune', { query: context.query });
  }

  private renderSearch(): TemplateResult {
    const { context } = this.machine.snapshot;
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
        <button type="button" class="secondary" aria-describedby="locate-hint" @click=${() => this.machine.send({ type: 'locate' })}>
          ${this.t('locate')}
        </button>
      </div>
      <p class="hint" id="locate-hint">${this.t('locateHint')}</p>
    </div>`;
  }

  private availableKinds(): ServiceKind[] {
    const present = new Set<string>();
    for (const p of this.loadedData?.points ?? []) for (const k of p.kinds) present.add(k);
    for (const k of this.machine.snapshot.context.filters.kinds) present.add(k);
    // A sharded dataset (nothing loaded before a search) offers every kind.
    return SERVICE_KINDS.filter((k) => present.size === 0 || present.has(k));
  }

  private renderFilters(): TemplateResult {
    const { filters } = this.machine.snapshot.context;
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
        <input type="checkbox" .checked=${filters.openNow} @change=${(e: Event) => this.machine.send({ type: 'setFilters', filters: { openNow: (e.target as HTMLInputElement).checked } })} />
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
        ? html`<button type="button" class="secondary" @click=${() => this.machine.send({ type: 'setFilters', filters: { kinds: [], services: [], openNow: false } })}>
            ${this.t('clearFilters')}
          </button>`
        : nothing}
    </details>`;
  }

  private renderBody(view: FinderView): TemplateResult | typeof nothing {
    const { context } = this.machine.snapshot;
    switch (view) {
      case 'loading':
        return html`<p class="message" part="message" aria-busy="true">${this.t('loading')}</p>`;
      case 'dataError':
        return html`<ancre-error part="message" retryable heading-level="3" .problems=${context.problems} @ancre-retry=${() => this.machine.send({ type: 'retry' })}>
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
      <button type="button" @click=${() => this.machine.send({ type: 'retry' })}>${this.t('retry')}</button>
    </div>`;
  }

  private renderAmbiguous(): TemplateResult {
    const { context } = this.machine.snapshot;
    return html`<div class="message" part="message">
      <h3 id="ambiguous-heading" tabindex="-1">${this.t('ambiguousTitle', { query: context.query })}</h3>
      <p id="ambiguous-hint">${this.t('ambiguousHint')}</p>
      <ul class="candidates" aria-labelledby="ambiguous-heading">
        ${context.candidates.map(
          (c) => html`<li>
            <button type="button" class="secondary" @click=${() => this.machine.send({ type: 'chooseCommune', commune: c })}>
              ${c.postcodes?.[0] ? this.t('communeOption', { name: c.name, postcode: c.postcodes[0] }) : c.name}
            </button>
          </li>`,
        )}
      </ul>
      <p><button type="button" class="link" @click=${() => this.machine.send({ type: 'back' })}>${this.t('ambiguousBack')}</button></p>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const { context } = this.machine.snapshot;
    return html`<h3 id="results-heading" tabindex="-1">${this.resultsTitle()}</h3>
      <ol class="results" part="results" aria-label=${this.t('resultsList')}>
        ${context.results.map((r, i) => this.renderResult(r, i + 1))}
      </ol>
      ${this.renderMap(context.results, context.origin)}`;
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

  private renderResult(result: ServiceResult, rank: number): TemplateResult {
    const p = result.point;
    return html`<li part="result">
      <article class="card" aria-labelledby="r-${rank}">
        <div class="card-head">
          <span class="rank" aria-hidden="true">${rank}</span>
          <h4 id="r-${rank}">
            <button type="button" class="link" data-point=${p.id} @click=${() => this.select(p.id)} aria-describedby="r-${rank}-more">${p.name}</button>
          </h4>
        </div>
        <span id="r-${rank}-more" class="visually-hidden">${this.t('details')}</span>
        ${result.distanceKm !== undefined
          ? html`<p class="distance">${this.t('distance', { distance: formatDistance(result.distanceKm * 1000, this.locale) })}</p>`
          : nothing}
        <p class="kind">${this.kindText(p)}${p.itinerant ? html` · <span class="badge">${this.t('itinerant')}</span>` : nothing}</p>
        <address>${p.address.street}${p.address.street ? ', ' : ''}${p.address.postcode} ${p.address.commune}</address>
        ${this.renderStatus(p.hours, p)} ${p.itinerant ? html`<p>${this.t('itinerantStops', { count: p.itinerant.stops.length })}</p>` : nothing}
        ${this.renderContact(p)} ${this.renderAccessibility(p)} ${this.renderSource(p)}
      </article>
    </li>`;
  }

  private kindText(p: ServicePoint): string {
    const lang = this.locale;
    return formatList(
      p.kinds.map((k) => SERVICE_KIND_LABELS[k]?.[lang] ?? k),
      lang,
    );
  }

  /** "Ouvert · ferme à 12 h", "Fermé · ouvre lundi à 9 h", the raw hours when not understood, nothing when unknown. */
  private statusText(hours: string | undefined, point: ServicePoint): { text: string; open?: boolean } | undefined {
    if (!hours) return undefined;
    const at = this.clock();
    const options = hoursOptions(point);
    const zone = options.timeZone;
    const status = openingStatus(hours, at, options);
    if (status.kind === 'unparsed') return { text: this.t('hoursRaw', { hours: status.raw }) };
    const change = status.change;
    if (!change) return { text: this.t(status.open ? 'openNoChange' : 'closedNoChange'), open: status.open };
    const [hh, mm] = change.time.split(':').map(Number) as [number, number];
    const time = this.locale === 'fr' ? (mm === 0 ? `${hh} h` : `${hh} h ${String(mm).padStart(2, '0')}`) : `${hh}:${String(mm).padStart(2, '0')}`;
    const today = wallParts(at, zone);
    const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    const days = Math.round((Date.parse(`${change.date}T00:00:00Z`) - Date.parse(`${todayIso}T00:00:00Z`)) / 86_400_000);
    const changeDate = new Date(`${change.date}T12:00:00Z`);
    const day =
      days === 1
        ? this.t('tomorrow')
        : days < 7
          ? formatDate(changeDate, this.locale, { weekday: 'long', timeZone: 'UTC' })
          : this.t('onDate', { date: formatDate(changeDate, this.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }) });
    if (status.open) return { text: days === 0 ? this.t('openUntil', { time }) : this.t('openUntilDay', { day, time }), open: true };
    return { text: days === 0 ? this.t('closedOpensToday', { time }) : this.t('closedOpens', { day, time }), open: false };
  }

  private renderStatus(hours: string | undefined, point: ServicePoint): TemplateResult | typeof nothing {
    const status = this.statusText(hours, point);
    if (!status) return nothing;
    const cls = status.open === undefined ? 'muted' : status.open ? 'status open' : 'status closed';
    return html`<p class=${cls}>${status.text}</p>`;
  }

  private renderContact(p: ServicePoint): TemplateResult {
    return html`${p.phone
      ? html`<p><a href="tel:${p.phone.replace(/[^\d+]/g, '')}">${this.t('phone', { phone: p.phone })}</a></p>`
      : nothing}
    ${p.website && /^https?:\/\//i.test(p.website)
      ? html`<p><a href=${p.website} rel="noopener noreferrer" aria-label=${this.t('websiteOf', { name: p.name })}>${this.t('website')}</a></p>`
      : nothing}`;
  }

  private renderAccessibility(p: ServicePoint): TemplateResult | typeof nothing {
    const a = p.accessibility;
    if (!a?.wheelchair && !a?.notes) return nothing;
    const key = a.wheelchair === 'yes' ? 'wheelchairYes' : a.wheelchair === 'limited' ? 'wheelchairLimited' : a.wheelchair === 'no' ? 'wheelchairNo' : undefined;
    return html`<p>${key ? this.t(key) : nothing}${key && a.notes ? ' · ' : nothing}${a.notes ?? nothing}</p>`;
  }

  private renderSource(p: ServicePoint): TemplateResult {
    const date = p.updated ?? p.source.date;
    const shown = /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(new Date(`${date}T12:00:00Z`), this.locale, { dateStyle: 'long', timeZone: 'UTC' }) : date;
    return html`<p class="source">${this.t('source', { name: p.source.name, licence: p.source.licence, date: shown })}</p>`;
  }

  private renderDetails(p: ServicePoint): TemplateResult {
    const lang = this.locale;
    const { lat, lon } = p.location;
    const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
    const result = this.machine.snapshot.context.results.find((r) => r.point.id === p.id);
    return html`<article class="details" part="details" aria-labelledby="details-heading">
      <p><button type="button" class="secondary" @click=${() => this.back()}>← ${this.t('back')}</button></p>
      <h3 id="details-heading" tabindex="-1">${p.name}</h3>
      <p class="kind">${this.kindText(p)}${p.itinerant ? html` · <span class="badge">${this.t('itinerant')}</span>` : nothing}</p>
      ${result?.distanceKm !== undefined ? html`<p class="distance">${this.t('distance', { distance: formatDistance(result.distanceKm * 1000, lang) })}</p>` : nothing}
      <address>${p.address.street}${p.address.street ? ', ' : ''}${p.address.postcode} ${p.address.commune}</address>
      ${p.services.length
        ? html`<p>${this.t('services', { list: formatList(p.services.map((s) => SERVICE_LABELS[s]?.[lang] ?? s), lang) })}</p>`
        : nothing}
      ${p.hours
        ? html`<section aria-labelledby="hours-heading">
            <h4 id="hours-heading">${this.t('hoursTitle')}</h4>
            ${this.renderStatus(p.hours, p)}
            <p class="muted"><code>${p.hours}</code></p>
            <p class="muted">${this.t('hoursNote')}</p>
          </section>`
        : nothing}
      ${p.itinerant ? this.renderStops(p) : nothing} ${this.renderContact(p)}
      ${p.email ? html`<p><a href="mailto:${p.email}">${this.t('email', { email: p.email })}</a></p>` : nothing}
      ${this.renderAccessibility(p)}
      <section aria-labelledby="directions-heading">
        <h4 id="directions-heading">${this.t('directions')}</h4>
        <p class="links">
          <a href="geo:${lat},${lon}">${this.t('geoLink')}</a>
          <a href=${osm} rel="noopener noreferrer">${this.t('osmLink')} <span class="visually-hidden">${this.t('osmLinkNote')}</span></a>
        </p>
      </section>
      ${this.renderSource(p)}
    </article>`;
  }

  private renderStops(p: ServicePoint): TemplateResult {
    return html`<section aria-labelledby="stops-heading">
      <h4 id="stops-heading">${this.t('stopsTitle')}</h4>
      <ul class="plain stops">
        ${(p.itinerant?.stops ?? []).map(
          (stop) => html`<li>
            <strong>${stop.name}</strong>
            <address>${stop.address.street}${stop.address.street ? ', ' : ''}${stop.address.postcode} ${stop.address.commune}</address>
            ${this.renderStatus(stop.hours, p)} ${stop.hours ? html`<p class="muted"><code>${stop.hours}</code></p>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderAttribution(view: FinderView): TemplateResult | typeof nothing {
    const attribution = this.machine.snapshot.context.data?.attribution;
    if (!attribution || (view !== 'results' && view !== 'details' && view !== 'noResult')) return nothing;
    return html`<p class="attribution">${this.t('dataAttribution', { attribution })}</p>`;
  }
}

/** Time zone and holidays of a point's hours (its own zone, else its département's). */
function hoursOptions(point: ServicePoint): { timeZone: string; departement?: string } {
  const code = point.address.insee ?? point.address.postcode;
  return { timeZone: timeZoneOf(point), ...(code ? { departement: departementOf(code) } : {}) };
}

function packInfo(pack: { items: unknown[]; sources?: { name: string; licence?: string; date?: string }[]; licence?: string; attribution?: string }): FinderDataInfo {
  const attribution =
    (pack as { attribution?: string }).attribution ??
    (pack.sources ?? [])
      .map((s) => [s.name, s.licence].filter(Boolean).join(', '))
      .filter(Boolean)
      .join(' ; ');
  return {
    count: pack.items.length,
    ...(attribution ? { attribution } : {}),
    ...(pack.licence ? { licence: pack.licence } : {}),
  };
}

type CommuneLike = { code: string; name: string; postcodes?: readonly string[]; postcode?: string; departement?: string; lat?: number; lon?: number; location?: LatLon };

function toFinderCommune(c: CommuneLike): FinderCommune {
  const postcodes = c.postcode ? [c.postcode, ...(c.postcodes ?? []).filter((p) => p !== c.postcode)] : [...(c.postcodes ?? [])];
  return {
    code: c.code,
    name: c.name,
    postcodes,
    ...(c.departement ? { departement: c.departement } : {}),
    location: c.location ?? { lat: c.lat ?? Number.NaN, lon: c.lon ?? Number.NaN },
  };
}

/** The communes of the points themselves (name, postcode, centre of their points): a fallback with no commune data. */
const pointCommunes = new WeakMap<readonly ServicePoint[], FinderCommune[]>();
function communesOfPoints(points: readonly ServicePoint[]): FinderCommune[] {
  let communes = pointCommunes.get(points);
  if (!communes) pointCommunes.set(points, (communes = groupCommunes(points)));
  return communes;
}

function groupCommunes(points: readonly ServicePoint[]): FinderCommune[] {
  const byCode = new Map<string, { name: string; postcodes: Set<string>; lat: number; lon: number; n: number }>();
  for (const p of points) {
    const code = p.address.insee ?? `${p.address.postcode}:${p.address.commune}`;
    let c = byCode.get(code);
    if (!c) byCode.set(code, (c = { name: p.address.commune, postcodes: new Set(), lat: 0, lon: 0, n: 0 }));
    c.postcodes.add(p.address.postcode);
    c.lat += p.location.lat;
    c.lon += p.location.lon;
    c.n++;
  }
  return [...byCode].map(([code, c]) => ({ code, name: c.name, postcodes: [...c.postcodes].sort(), location: { lat: c.lat / c.n, lon: c.lon / c.n } }));
}

interface Picked {
  communes: FinderCommune[];
  /** True when the communes are exactly what was typed (a postcode, or the name itself). */
  exact: boolean;
}

/**
 * From communes matching a query, those a person meant: a postcode gives every commune sharing it;
 * a name gives its exact matches (homonyms are several), else the close ones to choose from.
 * `filter`: the list is not pre-filtered by a search (the communes of the points).
 */
function pickCommunes(query: string, communes: FinderCommune[], filter = false): Picked {
  const raw = query.trim();
  const compact = raw.replace(/\s+/g, '');
  if (/^\d{5}$/.test(compact)) {
    const list = filter ? communes.filter((c) => c.postcodes?.includes(compact) || c.code === compact) : communes;
    return { communes: list, exact: list.length > 0 };
  }
  const folded = foldPlaceName(raw);
  const exact = communes.filter((c) => foldPlaceName(c.name) === folded);
  if (exact.length) return { communes: exact, exact: true };
  if (!filter) return { communes, exact: false };
  return { communes: communes.filter((c) => foldPlaceName(c.name).startsWith(folded)).slice(0, 12), exact: false };
}
