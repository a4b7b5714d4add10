/**
 * The interactive map of `<ancre-service-finder>`, used when the page sets both `map` and `tile-url`.
 *
 * Leaflet 1.9.4 is imported on first use only (its own chunk); its layout rules are
 * a small Lit stylesheet adopted by the finder's shadow root when the first map is drawn (no CSS file
 * fetched). The points are numbered like the list; a click, Enter or Space on a point opens its
 * details, as the list's button does. The list stays the complete, accessible view.
 *
 * Trusted Types: no Leaflet path that writes HTML strings is used — no popup, no tooltip, no
 * attribution control (the credit is rendered by Lit under the map), no zoom control (the +/- buttons
 * are plain DOM buttons calling `zoomIn()`/`zoomOut()`), marker icons built from elements. Leaflet
 * itself probes `innerHTML = '<svg/>'` once when its module loads: on a page enforcing Trusted Types
 * without a `default` policy that load fails, and the finder shows the still map (`static-map.ts`)
 * with the same tiles instead.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, PartType, type PartInfo } from 'lit/async-directive.js';
import type { LatLngTuple, LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { renderStaticMap } from './static-map.js';
import type { MapRenderOptions } from './types.js';

type Leaflet = typeof import('leaflet/dist/leaflet-src.esm.js');

const MAX_ZOOM = 19;
const FIT_MAX_ZOOM = 16;

let leafletLoad: Promise<Leaflet> | undefined;
/** Set when Leaflet's module failed to load: every map is then the still one. */
let leafletFailed = false;

/** Imports Leaflet once, on first use (a separate chunk in the builds). */
function loadLeaflet(): Promise<Leaflet> {
  return (leafletLoad ??= import('leaflet/dist/leaflet-src.esm.js'));
}

/**
 * The Leaflet rules the finder needs (panes, tiles, markers, zoom buttons), written for the shadow
 * root: adopted by it when the first map is drawn.
 */
export const leafletStyles = css`
  .map-live {
    isolation: isolate;
  }
  .leaflet-container {
    position: absolute;
    inset: 0;
    overflow: hidden;
    font: inherit;
    touch-action: none;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-container:focus-visible {
    outline-offset: calc(-1 * var(--_focus-width));
  }
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-layer,
  .leaflet-zoom-box {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-map-pane svg {
    z-index: 200;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-container .leaflet-tile,
  .leaflet-container .leaflet-overlay-pane svg {
    max-width: none !important;
    max-height: none !important;
    padding: 0;
  }
  .leaflet-tile {
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    box-sizing: border-box;
    z-index: 800;
    border: 2px dotted currentColor;
  }
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab,
  .leaflet-dragging .leaflet-grab .leaflet-interactive {
    cursor: grabbing;
  }
  .leaflet-marker-icon,
  .leaflet-pane > svg path,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive,
  .leaflet-pane > svg path.leaflet-interactive {
    pointer-events: auto;
    cursor: pointer;
  }
  .leaflet-marker-icon.point {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_color-surface);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1;
  }
  .leaflet-marker-icon.point:hover {
    outline: 2px solid var(--_color-text);
  }
  .leaflet-overlay-pane path.origin {
    fill: var(--_color-surface);
    fill-opacity: 1;
    stroke: var(--_color-text);
    stroke-width: 3;
  }
  .map-zoom {
    position: absolute;
    z-index: 1000;
    top: var(--_space-s);
    left: var(--_space-s);
    display: grid;
    gap: 2px;
  }
  .map-zoom button {
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    margin: 0;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    cursor: pointer;
  }
  .map-zoom button:disabled {
    color: var(--_color-text-muted);
    cursor: default;
  }
`;

function adoptStyles(node: Node): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  const sheet = leafletStyles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What decides a new map: the points, the origin and the tiles. */
function mapKey(options: MapRenderOptions): string {
  const { results, origin, tileUrl } = options;
  return JSON.stringify([tileUrl, origin, results.map((r) => [r.point.id, r.point.location.lat, r.point.location.lon])]);
}

/**
 * Draws the section (heading, map frame, credit) and owns one Leaflet map inside it: built once
 * Leaflet is loaded and the frame is in the page, rebuilt when the points change, removed
 * (`map.remove()`) when the section leaves the page or the finder is disconnected.
 */
class LeafletMapDirective extends AsyncDirective {
  private options!: MapRenderOptions;
  private readonly frame = document.createElement('div');
  private map: LeafletMap | undefined;
  /** The elements carrying the map's own labels, relabelled at every update (language, `strings`). */
  private labelled: { container: HTMLElement; zoom: HTMLElement; zoomIn: HTMLElement; zoomOut: HTMLElement } | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private key = '';
  private builds = 0;
  private failed = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('leafletMap() is a child directive');
    this.frame.className = 'map-frame map-live';
  }

  render(options: MapRenderOptions): TemplateResult {
    return renderStaticMap(options);
  }

  override update(_part: unknown, [options]: [MapRenderOptions]): TemplateResult {
    this.options = options;
    if (leafletFailed) this.failed = true;
    if (this.failed) return renderStaticMap(options);
    const key = mapKey(options);
    if (key !== this.key || !this.map) {
      this.key = key;
      this.destroy();
      if (this.isConnected) void this.build();
    }
    this.label();
    const { t, tileAttribution } = options;
    return html`<section class="map" part="map" aria-labelledby="map-heading">
      <h4 id="map-heading">${t('mapTitle')}</h4>
      ${this.frame}
      ${tileAttribution ? html`<p class="attribution">${t('mapTiles', { attribution: tileAttribution })}</p>` : nothing}
    </section>`;
  }

  protected override disconnected(): void {
    this.destroy();
  }

  protected override reconnected(): void {
    if (!this.failed) void this.build();
  }

  private async build(): Promise<void> {
    const build = ++this.builds;
    let L: Leaflet;
    try {
      L = await loadLeaflet();
    } catch (error) {
      if (build !== this.builds) return;
      console.warn('[ancre] Leaflet could not be loaded; the still map is shown instead', error);
      this.failed = leafletFailed = true;
      this.setValue(renderStaticMap(this.options));
      return;
    }
    // A newer build, a disconnection or a frame not yet in the page: nothing to draw now.
    if (build !== this.builds || !this.isConnected || !this.frame.isConnected || this.map) return;
    this.draw(L);
  }

  /** Sets the map's own labels from the finder's strings (`mapRegion`, `mapZoom`, `mapZoomIn`, `mapZoomOut`). */
  private label(): void {
    if (!this.labelled) return;
    const { t } = this.options;
    const { container, zoom, zoomIn, zoomOut } = this.labelled;
    container.setAttribute('aria-label', t('mapRegion'));
    zoom.setAttribute('aria-label', t('mapZoom'));
    zoomIn.setAttribute('aria-label', t('mapZoomIn'));
    zoomOut.setAttribute('aria-label', t('mapZoomOut'));
  }

  private draw(L: Leaflet): void {
    const { results, origin, tileUrl, onSelect } = this.options;
    adoptStyles(this.frame);

    const container = document.createElement('div');
    container.setAttribute('role', 'region');
    const zoom = document.createElement('div');
    zoom.className = 'map-zoom';
    zoom.setAttribute('role', 'group');
    const zoomIn = zoomButton('+');
    const zoomOut = zoomButton('−');
    zoom.append(zoomIn, zoomOut);
    this.frame.replaceChildren(container, zoom);
    this.labelled = { container, zoom, zoomIn, zoomOut };
    this.label();

    const motion = !reducedMotion();
    const map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      scrollWheelZoom: false,
      maxZoom: MAX_ZOOM,
      fadeAnimation: motion,
      // Zooms are immediate: Leaflet's zoom animation runs timers that outlive `map.remove()` (a
      // point chosen mid-zoom would throw), and less motion suits everybody.
      zoomAnimation: false,
      markerZoomAnimation: false,
    });
    this.map = map;
    zoomIn.addEventListener('click', () => map.zoomIn());
    zoomOut.addEventListener('click', () => map.zoomOut());
    const syncZoom = () => {
      zoomIn.disabled = map.getZoom() >= map.getMaxZoom();
      zoomOut.disabled = map.getZoom() <= map.getMinZoom();
    };
    map.on('zoomend', syncZoom);

    // The view first: Leaflet adds layers (and creates the markers' elements) once it has one.
    const bounds: LatLngTuple[] = results.map((r) => [r.point.location.lat, r.point.location.lon]);
    if (origin) bounds.push([origin.lat, origin.lon]);
    if (bounds.length === 1) map.setView(bounds[0]!, FIT_MAX_ZOOM, { animate: false });
    else if (bounds.length) map.fitBounds(bounds, { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
    else map.setView([46.6, 2.4], 5, { animate: false });
    syncZoom();

    L.tileLayer(tileUrl!, { maxZoom: MAX_ZOOM, referrerPolicy: 'no-referrer', keepBuffer: 1 }).addTo(map);
    if (origin) {
      L.circleMarker([origin.lat, origin.lon], { radius: 7, className: 'origin', interactive: false }).addTo(map);
    }
    // The nearest on top: drawn last, highest z-index.
    results.forEach((r, i) => {
      const rank = String(i + 1);
      const number = document.createElement('span');
      number.textContent = rank;
      const label = `${rank}. ${r.point.name}`;
      const marker = L.marker([r.point.location.lat, r.point.location.lon], {
        icon: L.divIcon({ html: number, className: 'point', iconSize: [28, 28], iconAnchor: [14, 14] }),
        keyboard: true,
        title: label,
        zIndexOffset: (results.length - i) * 10,
      }).addTo(map);
      marker.on('click', () => onSelect(r.point.id));
      const element = marker.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('data-point', r.point.id);
      element?.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(r.point.id);
      });
    });


    // Leaflet only follows the window's size: follow the frame's (container queries, kiosks).
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(() => this.map?.invalidateSize({ animate: false }));
      this.resizeObserver.observe(this.frame);
    }
  }

  /** Removes the map, its layers and its listeners (Leaflet's own and ours, with their elements). */
  private destroy(): void {
    this.builds++;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.map?.remove();
    this.map = undefined;
    this.labelled = undefined;
    this.frame.replaceChildren();
  }
}

function zoomButton(text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text;
  return button;
}

const leafletMap = directive(LeafletMapDirective);

/** The map block with Leaflet (the page set `tile-url`). */
export function renderLeafletMap(options: MapRenderOptions): TemplateResult {
  return html`${leafletMap(options)}`;
}
